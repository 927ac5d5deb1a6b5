package uk.org.wcf.finance.io;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.joda.money.Money;

import uk.org.wcf.finance.data.WcfData;
import uk.org.wcf.finance.dsg.Basis;
import uk.org.wcf.finance.dsg.BlockBudget;
import uk.org.wcf.finance.dsg.BlockTransfer;
import uk.org.wcf.finance.dsg.DsgBlock;
import uk.org.wcf.finance.dsg.DsgPlan;
import uk.org.wcf.finance.dsg.Growth;
import uk.org.wcf.finance.dsg.HighNeedsFunding;
import uk.org.wcf.finance.dsg.Mitigation;
import uk.org.wcf.finance.dsg.OtherIncome;
import uk.org.wcf.finance.dsg.Provision;
import uk.org.wcf.finance.dsg.SchoolsBlockTransfer;
import uk.org.wcf.finance.io.internal.csv.AmountSyntax;
import uk.org.wcf.finance.io.internal.tree.Fields;
import uk.org.wcf.finance.io.internal.tree.TreeNode;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.monitor.Approval;
import uk.org.wcf.finance.plan.SavingStatus;
import uk.org.wcf.finance.time.FiscalYear;

// Over 400 lines: the DSG plan format has a top level and five lists, each field read and checked at its line
// and column, then written back; each field's reading and writing sit together so that they cannot drift apart.
/**
 * Reads a DSG management plan from YAML or JSON (format in the finance-io README). Top level: {@code schemaVersion}
 * (1), {@code name}, {@code firstYear} (such as {@code 2019/20}), {@code years} (default 5), {@code unit}
 * ({@code thousands}, the default, or {@code pounds}: the unit of every amount but a unit cost),
 * {@code statutoryOverrideEnd} (a date), {@code transferCap} (default 0.5%), {@code opening} (the DSG reserve at
 * the start, a deficit negative; or {@code storedReserve: 2019/20} for the DSG reserve the embedded dataset stores,
 * 8,657 in deficit at 31 March 2020, which opens a plan from 2020/21), {@code highNeeds} ({@code allocation}, {@code growth}), {@code blocks} (Schools,
 * Central School Services, Early Years: {@code block}, {@code funding}, {@code expenditure}, {@code growth}),
 * {@code provisions} ({@code code}, {@code label}, {@code numbers}, {@code unitCostPounds}, either {@code growth}
 * or a {@code history} of counts by year to fit a trend to, {@code growthUncertainty}, {@code inflation}),
 * {@code mitigations} ({@code name}, {@code provision}, {@code lever} numbers or unit_cost, {@code change},
 * {@code from}, {@code profile}, {@code status}), {@code transfers} ({@code name}, {@code year}, {@code amount},
 * {@code approval}) and {@code otherIncome} ({@code name}, {@code year}, {@code amount}).
 *
 * <p>Every assumption names its basis: {@code source: ...} for a published figure, or
 * {@code illustrative: why} for one no source gives, never both; {@code opening} and {@code highNeeds} are
 * mappings with an {@code amount} or {@code allocation} and that basis. Every problem is reported at its line and
 * column, and a file with any problem yields no plan.
 */
public final class DsgPlanFile {

    /** The schema version this reader writes and reads. */
    public static final int SCHEMA_VERSION = 1;

    private static final Set<String> TOP = Set.of("schemaVersion", "name", "firstYear", "years", "unit",
            "statutoryOverrideEnd", "transferCap", "opening", "highNeeds", "blocks", "provisions", "mitigations",
            "transfers", "otherIncome");
    private static final List<String> BASIS = List.of("source", "illustrative");

    private DsgPlanFile() {
    }

    /**
     * Reads a file; the format follows its ending ({@code .yaml}, {@code .yml} or {@code .json}).
     *
     * @param path the file
     * @return the plan and any problems
     */
    public static ReadResult<DsgPlan> read(Path path) {
        return TreeNode.readFile(path, DsgPlanFile::read);
    }

    /**
     * Reads a plan from a stream.
     *
     * @param file the file name, for problems
     * @param in the bytes
     * @param format JSON or YAML
     * @return the plan (empty when there were problems) and the problems
     */
    public static ReadResult<DsgPlan> read(String file, InputStream in, StructuredFormat format) {
        List<Problem> problems = new ArrayList<>();
        Optional<Fields> parsed = TreeNode.topLevel(file, TreeNode.read(file, in, format), problems, TOP, SCHEMA_VERSION);
        if (parsed.isEmpty()) {
            return ReadResult.failed(problems);
        }
        Fields top = parsed.get();
        String name = top.text("name", true);
        FiscalYear first = top.year("firstYear", true);
        Integer years = top.has("years") ? top.integer("years", false) : Integer.valueOf(5);
        Amounts.Unit unit = top.unit();
        LocalDate overrideEnd = top.date("statutoryOverrideEnd", true);
        Rate cap = top.has("transferCap") ? top.rate("transferCap", false) : SchoolsBlockTransfer.DEFAULT_CAP;

        Money opening = null;
        Basis openingBasis = null;
        TreeNode on = required(top, "opening");
        if (on != null) {
            Fields f = new Fields(file, on, problems, keys(List.of("amount", "storedReserve")));
            if (f.has("storedReserve")) {
                opening = stored(f, first);
                openingBasis = f.has("source") || f.has("illustrative") ? basis(f) : Basis.source(
                        "embedded dataset: the DSG reserve at 31 March 2020 (633 deficit at 1 April 2019 + 8,024 carried "
                                + "forward at P6 2019/20)");
            } else {
                opening = f.amount("amount", true, unit);
                openingBasis = basis(f);
            }
        }
        HighNeedsFunding highNeeds = null;
        TreeNode hn = required(top, "highNeeds");
        if (hn != null) {
            Fields f = new Fields(file, hn, problems, keys(List.of("allocation", "growth")));
            Money allocation = f.amount("allocation", true, unit);
            Rate growth = f.has("growth") ? f.rate("growth", false) : Rate.ZERO;
            Basis b = basis(f);
            highNeeds = build(f, hn, () -> new HighNeedsFunding(allocation, growth, b));
        }
        List<BlockBudget> blocks = new ArrayList<>();
        for (TreeNode item : list(top, "blocks", false)) {
            Fields f = new Fields(file, item, problems, keys(List.of("block", "funding", "expenditure", "growth")));
            DsgBlock block = f.parse("block", true, DsgBlock::parse);
            Money funding = f.amount("funding", true, unit);
            Money expenditure = f.amount("expenditure", true, unit);
            Rate growth = f.has("growth") ? f.rate("growth", false) : Rate.ZERO;
            Basis b = basis(f);
            add(blocks, build(f, item, () -> new BlockBudget(block, funding, expenditure, growth, b)));
        }
        List<Provision> provisions = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<String> named = new HashSet<>();
        for (TreeNode item : list(top, "provisions", true)) {
            Fields f = new Fields(file, item, problems, keys(List.of("code", "label", "numbers", "unitCostPounds", "growth",
                    "history", "growthUncertainty", "inflation")));
            String code = f.text("code", true);
            if (code != null) {
                named.add(code); // a type with another problem is still a type a mitigation may name
            }
            String label = f.text("label", true);
            BigDecimal numbers = f.decimal("numbers", true);
            Money unitCost = f.amount("unitCostPounds", true, Amounts.Unit.POUNDS);
            Rate uncertainty = f.has("growthUncertainty") ? f.rate("growthUncertainty", false) : Rate.ZERO;
            Rate inflation = f.has("inflation") ? f.rate("inflation", false) : Rate.ZERO;
            Growth growth = growth(f, item, uncertainty);
            Basis b = basis(f);
            Provision p = build(f, item, () -> new Provision(code, label, numbers, unitCost, growth, inflation, b));
            if (p != null) {
                if (!codes.add(p.code())) {
                    f.fail(item.map().get("code"), "code", "the provision code '" + code + "' appears twice");
                } else {
                    provisions.add(p);
                }
            }
        }
        List<Mitigation> mitigations = new ArrayList<>();
        for (TreeNode item : list(top, "mitigations", false)) {
            Fields f = new Fields(file, item, problems, keys(List.of("name", "provision", "lever", "change", "from",
                    "profile", "status")));
            String mname = f.text("name", true);
            String provision = f.text("provision", true);
            if (provision != null && !named.contains(provision)) {
                f.fail(item.map().get("provision"), "provision", "provision is '" + provision + "': it is one of the plan's "
                        + "provision codes (" + String.join(", ", new java.util.TreeSet<>(named)) + ")");
            }
            Mitigation.Lever lever = f.parse("lever", true, Mitigation.Lever::parse);
            Rate change = f.rate("change", true);
            LocalDate from = f.date("from", true);
            List<Rate> profile = f.listOf("profile", Rate::parse);
            SavingStatus status = f.has("status") ? f.parse("status", false, DsgPlanFile::status) : SavingStatus.DELIVERABLE;
            Basis b = basis(f);
            add(mitigations, build(f, item, () -> new Mitigation(mname, provision, lever, change, from, profile, status, b)));
        }
        List<BlockTransfer> transfers = new ArrayList<>();
        for (TreeNode item : list(top, "transfers", false)) {
            Fields f = new Fields(file, item, problems, keys(List.of("name", "year", "amount", "approval")));
            String tname = f.text("name", true);
            FiscalYear year = f.year("year", true);
            Money amount = f.amount("amount", true, unit);
            TreeNode an = item.map().get("approval");
            Approval approval = an == null || an.value() == null ? null : Fields.approval(file, an, problems);
            if (an != null && an.value() != null && approval == null) {
                continue; // Fields.approval has recorded what is wrong with it
            }
            Basis b = basis(f);
            add(transfers, build(f, item, () -> new BlockTransfer(tname, year, amount, Optional.ofNullable(approval), b)));
        }
        List<OtherIncome> income = new ArrayList<>();
        for (TreeNode item : list(top, "otherIncome", false)) {
            Fields f = new Fields(file, item, problems, keys(List.of("name", "year", "amount")));
            String iname = f.text("name", true);
            FiscalYear year = f.year("year", true);
            Money amount = f.amount("amount", true, unit);
            Basis b = basis(f);
            add(income, build(f, item, () -> new OtherIncome(iname, year, amount, b)));
        }
        if (!problems.isEmpty() || name == null || first == null || years == null || overrideEnd == null || cap == null
                || opening == null || openingBasis == null || highNeeds == null) {
            return ReadResult.failed(problems);
        }
        try {
            return ReadResult.of(new DsgPlan(name, first, years, opening, openingBasis, overrideEnd, cap,
                    provisions, highNeeds, blocks, mitigations, transfers, income), problems);
        } catch (FinanceRuleException e) {
            problems.add(top.node().problem(file, e.field(), e.getMessage()));
            return ReadResult.failed(problems);
        }
    }

    /** The DSG reserve the library stores: only the close of 2019/20, which opens 2020/21. */
    private static Money stored(Fields f, FiscalYear first) {
        FiscalYear year = f.year("storedReserve", true);
        if (f.has("amount")) {
            f.fail(f.node().map().get("amount"), "amount", "give amount or storedReserve, not both");
            return null;
        }
        if (year == null) {
            return null;
        }
        if (!year.equals(FiscalYear.of(2019))) {
            f.fail(f.node().map().get("storedReserve"), "storedReserve", "storedReserve is " + year
                    + ": the embedded dataset stores the DSG reserve of 2019/20 only");
            return null;
        }
        if (first != null && !first.equals(year.next())) {
            f.fail(f.node().map().get("storedReserve"), "storedReserve", "the reserve stored for " + year + " closes on "
                    + year.end() + ", so it opens a plan whose firstYear is " + year.next() + ", not " + first);
            return null;
        }
        return WcfData.dsgReserve2019().closing();
    }

    private static <T> void add(List<T> list, T value) {
        if (value != null) {
            list.add(value);
        }
    }

    private static Set<String> keys(List<String> fields) {
        Set<String> s = new HashSet<>(BASIS);
        s.addAll(fields);
        return s;
    }

    private static TreeNode required(Fields top, String key) {
        TreeNode n = top.node().map().get(key);
        if (n == null || n.value() == null) {
            top.fail(top.node(), key, key + " is missing; it is required here");
            return null;
        }
        return n;
    }

    private static List<TreeNode> list(Fields top, String key, boolean required) {
        TreeNode n = top.node().map().get(key);
        if (n == null || n.value() == null) {
            if (required) {
                top.fail(top.node(), key, key + " is missing; it is required here");
            }
            return List.of();
        }
        if (!n.isList()) {
            top.fail(n, key, key + " must be a list");
            return List.of();
        }
        return n.list();
    }

    /** A constructor that may throw a FinanceRuleException. */
    @FunctionalInterface
    private interface Maker<T> {
        T make();
    }

    private static <T> T build(Fields f, TreeNode at, Maker<T> maker) {
        if (!f.ok()) {
            return null;
        }
        try {
            return maker.make();
        } catch (FinanceRuleException e) {
            // point at the value the rule is about where the field names one of the item's keys ("change of 'M'")
            TreeNode value = at.map().get(e.field().split(" ")[0]);
            f.fail(value != null ? value : at, e.field(), e.getMessage());
            return null;
        }
    }

    private static Basis basis(Fields f) {
        boolean source = f.has("source");
        boolean illustrative = f.has("illustrative");
        if (source == illustrative) {
            f.fail(f.node(), source ? "illustrative" : "source", source
                    ? "give source or illustrative, not both: a figure is either published or illustrative"
                    : "source is missing: name the published source, or write illustrative: and why the figure was chosen");
            return null;
        }
        String text = f.text(source ? "source" : "illustrative", true);
        return text == null ? null : source ? Basis.source(text) : Basis.illustrative(text);
    }

    private static Growth growth(Fields f, TreeNode item, Rate uncertainty) {
        boolean given = f.has("growth");
        boolean history = item.map().containsKey("history");
        if (given == history) {
            f.fail(item, given ? "history" : "growth", given ? "give growth or a history to fit it to, not both"
                    : "growth is missing: give a yearly rate, or a history of counts by year to fit a trend to");
            return null;
        }
        if (given) {
            Rate rate = f.rate("growth", true);
            return rate == null || uncertainty == null ? null : Growth.given(rate, uncertainty);
        }
        // a count is a plain, bounded decimal: an exponent (1e999999999) would make the trend fit run for minutes
        Map<FiscalYear, BigDecimal> counts = f.mapOf("history", FiscalYear::parse, t -> AmountSyntax.decimal(t, "a count"));
        if (!f.ok()) {
            return null;
        }
        try {
            Growth fitted = Growth.fit(new TreeMap<>(counts));
            // the fit's spread is its own unless the file gives one
            return f.has("growthUncertainty") && uncertainty != null
                    ? new Growth(fitted.rate(), uncertainty, fitted.rSquared(), fitted.points()) : fitted;
        } catch (FinanceRuleException e) {
            f.fail(item.map().get("history"), "history", e.getMessage());
            return null;
        }
    }

    private static SavingStatus status(String text) {
        try {
            return SavingStatus.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status is '" + text + "': it is proposed, planned or deliverable");
        }
    }

    /**
     * Writes a plan, amounts in pounds and pence, so that reading it back gives the same plan. A fitted growth is
     * written as its fitted rate (the history is not kept in the model).
     *
     * @param plan the plan
     * @param format JSON or YAML
     * @return the text
     */
    public static String write(DsgPlan plan, StructuredFormat format) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("name", plan.name());
        root.put("firstYear", plan.firstYear().toString());
        root.put("years", plan.years());
        root.put("unit", "pounds");
        root.put("statutoryOverrideEnd", plan.statutoryOverrideEnd().toString());
        root.put("transferCap", plan.transferCap().toString());
        Map<String, Object> opening = new LinkedHashMap<>();
        opening.put("amount", pounds(plan.opening()));
        basis(plan.openingBasis(), opening);
        root.put("opening", opening);
        Map<String, Object> hn = new LinkedHashMap<>();
        hn.put("allocation", pounds(plan.highNeeds().allocation()));
        hn.put("growth", plan.highNeeds().growth().toString());
        basis(plan.highNeeds().basis(), hn);
        root.put("highNeeds", hn);
        root.put("blocks", plan.blocks().stream().map(b -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("block", b.block().code());
            m.put("funding", pounds(b.funding()));
            m.put("expenditure", pounds(b.expenditure()));
            m.put("growth", b.growth().toString());
            basis(b.basis(), m);
            return m;
        }).toList());
        root.put("provisions", plan.provisions().stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", p.code());
            m.put("label", p.label());
            m.put("numbers", p.numbers().toPlainString());
            m.put("unitCostPounds", pounds(p.unitCost()));
            m.put("growth", p.growth().rate().toString());
            m.put("growthUncertainty", p.growth().uncertainty().toString());
            m.put("inflation", p.inflation().toString());
            basis(p.basis(), m);
            return m;
        }).toList());
        root.put("mitigations", plan.mitigations().stream().map(x -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", x.name());
            m.put("provision", x.provision());
            m.put("lever", x.lever().code());
            m.put("change", x.change().toString());
            m.put("from", x.from().toString());
            m.put("profile", x.profile().stream().map(Rate::toString).toList());
            m.put("status", x.status().name().toLowerCase(Locale.ROOT));
            basis(x.basis(), m);
            return m;
        }).toList());
        root.put("transfers", plan.transfers().stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", t.name());
            m.put("year", t.year().toString());
            m.put("amount", pounds(t.amount()));
            t.approval().ifPresent(approval -> {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("route", approval.route().name().toLowerCase(Locale.ROOT));
                a.put("reference", approval.reference());
                a.put("date", approval.date().toString());
                m.put("approval", a);
            });
            basis(t.basis(), m);
            return m;
        }).toList());
        root.put("otherIncome", plan.otherIncome().stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", i.name());
            m.put("year", i.year().toString());
            m.put("amount", pounds(i.amount()));
            basis(i.basis(), m);
            return m;
        }).toList());
        return format.write(root);
    }

    private static String pounds(Money m) {
        return m.getAmount().toPlainString();
    }

    private static void basis(Basis b, Map<String, Object> m) {
        m.put(b.illustrative() ? "illustrative" : "source", b.source());
    }
}
