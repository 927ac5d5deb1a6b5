package uk.org.wcf.finance.io;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.joda.money.Money;

import uk.org.wcf.finance.io.internal.tree.Fields;
import uk.org.wcf.finance.io.internal.tree.TreeNode;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.monitor.Approval;
import uk.org.wcf.finance.reserve.EarmarkedReserve;
import uk.org.wcf.finance.reserve.ReserveLedger;
import uk.org.wcf.finance.reserve.ReserveMovement;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * A reserve ledger in YAML or JSON: {@code schemaVersion}, {@code year}, {@code unit}, and {@code reserves},
 * each with {@code name}, {@code opening} and {@code movements} ({@code kind}: contribution or drawdown,
 * {@code description}, {@code amount}, {@code passported}, {@code approval}: route, reference, date). Writing
 * then reading gives the same ledger.
 */
public final class ReserveLedgerFile {

    /** The schema version written and read. */
    public static final int SCHEMA_VERSION = 1;

    private static final Set<String> TOP = Set.of("schemaVersion", "year", "unit", "reserves");

    private ReserveLedgerFile() {
    }

    /**
     * @param path a .yaml, .yml or .json file
     * @return the ledger and any problems
     */
    public static ReadResult<ReserveLedger> read(Path path) {
        return TreeNode.readFile(path, ReserveLedgerFile::read);
    }

    /**
     * @param file the name, for problems
     * @param in the bytes
     * @param format JSON or YAML
     * @return the ledger (empty when there were problems) and the problems
     */
    public static ReadResult<ReserveLedger> read(String file, InputStream in, StructuredFormat format) {
        List<Problem> problems = new ArrayList<>();
        Optional<Fields> parsed = TreeNode.topLevel(file, TreeNode.read(file, in, format), problems, TOP, SCHEMA_VERSION);
        if (parsed.isEmpty()) {
            return ReadResult.failed(problems);
        }
        Fields top = parsed.get();
        FiscalYear year = top.year("year", true);
        Amounts.Unit unit = top.unit();
        List<EarmarkedReserve> reserves = new ArrayList<>();
        TreeNode list = top.node().map().get("reserves");
        if (list == null || !list.isList()) {
            top.fail(list == null ? top.node() : list, "reserves", "reserves must be a list");
        } else {
            for (TreeNode n : list.list()) {
                Fields f = new Fields(file, n, problems, Set.of("name", "opening", "movements"));
                String name = f.text("name", true);
                Money opening = f.amount("opening", true, unit);
                if (!f.ok() || year == null) {
                    continue;
                }
                try {
                    EarmarkedReserve r = EarmarkedReserve.opening(name, year, opening);
                    TreeNode ms = n.map().get("movements");
                    for (TreeNode m : ms == null ? List.<TreeNode>of() : ms.list()) {
                        Fields mf = new Fields(file, m, problems, Set.of("kind", "description", "amount", "passported", "approval"));
                        String kind = mf.text("kind", true);
                        String description = mf.has("description") ? mf.text("description", false) : "";
                        Money amount = mf.amount("amount", true, unit);
                        Boolean passported = mf.has("passported") ? mf.bool("passported", false) : Boolean.FALSE;
                        TreeNode an = m.map().get("approval");
                        Approval approval = null;
                        if (an == null) {
                            mf.fail(m, "approval", "approval is missing; every movement is agreed (route, reference, date)");
                        } else {
                            approval = Fields.approval(file, an, problems);
                        }
                        if (!mf.ok() || approval == null) {
                            continue;
                        }
                        try {
                            if ("drawdown".equalsIgnoreCase(kind)) {
                                r = r.draw(description, amount, approval, passported);
                            } else if ("contribution".equalsIgnoreCase(kind)) {
                                r = r.contribute(description, amount, approval);
                            } else {
                                mf.fail(m.map().get("kind"), "kind", "kind is '" + kind + "': it is contribution or drawdown");
                            }
                        } catch (FinanceRuleException e) {
                            mf.fail(m.map().get("amount"), "amount", e.getMessage());
                        }
                    }
                    reserves.add(r);
                } catch (FinanceRuleException e) {
                    f.fail(n, e.field(), e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            return ReadResult.failed(problems);
        }
        try {
            return ReadResult.of(new ReserveLedger(year, reserves), problems);
        } catch (FinanceRuleException e) {
            problems.add(top.node().problem(file, e.field(), e.getMessage()));
            return ReadResult.failed(problems);
        }
    }

    /**
     * Writes a ledger, amounts in pounds and pence.
     *
     * @param ledger the ledger
     * @param format JSON or YAML
     * @return the text
     */
    public static String write(ReserveLedger ledger, StructuredFormat format) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("year", ledger.year().toString());
        root.put("unit", "pounds");
        root.put("reserves", ledger.reserves().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", r.name());
            m.put("opening", r.opening().getAmount().toPlainString());
            m.put("movements", r.movements().stream().map(ReserveLedgerFile::movement).toList());
            return m;
        }).toList());
        return format.write(root);
    }

    private static Map<String, Object> movement(ReserveMovement mv) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", mv.kind().name().toLowerCase(Locale.ROOT));
        m.put("description", mv.description());
        m.put("amount", mv.amount().getAmount().toPlainString());
        m.put("passported", mv.passportedToCompany());
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("route", mv.approval().route().name().toLowerCase(Locale.ROOT));
        a.put("reference", mv.approval().reference());
        a.put("date", mv.approval().date().toString());
        m.put("approval", a);
        return m;
    }
}
