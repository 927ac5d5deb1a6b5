package uk.org.wcf.finance.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
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
import uk.org.wcf.finance.ledger.Actuals;
import uk.org.wcf.finance.ledger.LedgerLines;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * Actuals by monitoring line and period, from either of the files the tool writes for them, by the file's ending:
 * <ul>
 *   <li>{@code .json}, {@code .yaml}, {@code .yml}: what {@code import} writes ({@link LedgerImport#write}): {@code year},
 *   {@code unit} (pounds), optional {@code ledger} (the ledger file imported), {@code lines} (each {@code line},
 *   {@code periods} P1 to P12 and their {@code total}, which must be their sum, and optional {@code ledgerLines}: by
 *   period, the ledger's lines summed into it) and {@code unmapped} postings (kept aside: they are on no line);</li>
 *   <li>{@code .csv}: monthly actuals as {@link MonthlyActualsCsv} reads them ({@code line,month,actual}, or the
 *   file {@code actuals} writes; the file {@code import} writes may add {@code ledger,ledger_lines}); months of
 *   earlier years are the lines' history.</li>
 * </ul>
 * Each line keeps where it was read (the file's line of its entry, or its rows), so that a figure made from it can
 * say where it came from, and, from a file {@code import} wrote, which lines of the ledger were summed into each
 * period ({@link LineActuals#provenance()}), so that a figure can name the ledger's own lines.
 */
public final class LineActualsFile {

    private static final Set<String> TOP = Set.of("schemaVersion", "year", "unit", "ledger", "lines", "unmapped");
    private static final Set<String> LINE = Set.of("line", "periods", "total", "ledgerLines");

    private LineActualsFile() {
    }

    /**
     * What was read.
     *
     * @param file the file's name as given
     * @param year the year of the actuals
     * @param lines this year's twelve periods by line, in file order
     * @param history earlier years by line, each of twelve periods, oldest first (from a CSV only)
     * @param locations where each line was read in the file, such as {@code line 12} or {@code rows of 2024-04 to 2025-03}
     * @param unmapped the total of the postings the import could not map to a line (zero for a CSV)
     * @param provenance the ledger file and, by line and period of this year, its lines summed into the actual, as
     *        {@code import} wrote them ({@link Actuals.Provenance#NONE} for a file without them)
     */
    public record LineActuals(String file, FiscalYear year, Map<String, List<Money>> lines,
            Map<String, List<List<Money>>> history, Map<String, String> locations, Money unmapped,
            Actuals.Provenance provenance) {
    }

    /**
     * Reads the file.
     *
     * @param path the file
     * @param year the year wanted: a JSON or YAML file of another year is a problem; a CSV gives this year's months
     * @return the actuals (empty when there were problems) and the problems
     */
    public static ReadResult<LineActuals> read(Path path, FiscalYear year) {
        String file = path.toString();
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return csv(path, year);
        }
        if (!(lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml"))) {
            return ReadResult.failed(List.of(Problem.ofFile(file, "actuals are read from the .json or .yaml "
                    + "'import' writes, or a .csv of monthly actuals by line; this file ends otherwise")));
        }
        return TreeNode.readFile(path, (f, in, format) -> structured(f, in, format, year));
    }

    private static ReadResult<LineActuals> structured(String file, InputStream in, StructuredFormat format,
            FiscalYear wanted) {
        List<Problem> problems = new ArrayList<>();
        Optional<Fields> parsed = TreeNode.topLevel(file, TreeNode.read(file, in, format), problems, TOP, 1);
        if (parsed.isEmpty()) {
            return ReadResult.failed(problems);
        }
        Fields top = parsed.get();
        FiscalYear y = top.year("year", true);
        if (y != null && !y.equals(wanted)) {
            top.fail(top.node().map().get("year"), "year", "year is " + y + "; the actuals wanted are of " + wanted);
        }
        Amounts.Unit unit = top.has("unit") ? top.unit() : Amounts.Unit.POUNDS;
        Map<String, List<Money>> lines = new LinkedHashMap<>();
        Map<String, String> at = new LinkedHashMap<>();
        Map<String, List<LedgerLines>> traced = new LinkedHashMap<>();
        String ledger = top.has("ledger") ? top.text("ledger", false) : "";
        TreeNode list = top.node().map().get("lines");
        if (list == null || !list.isList()) {
            top.fail(list == null ? top.node() : list, "lines", "lines must be a list");
        } else {
            for (TreeNode item : list.list()) {
                Fields f = new Fields(file, item, problems, LINE);
                String name = f.text("line", true);
                Money total = f.amount("total", false, unit);
                List<LedgerLines> from = ledgerLines(file, item.map().get("ledgerLines"), f, problems);
                TreeNode p = item.map().get("periods");
                List<Money> periods = new ArrayList<>();
                if (p == null || !p.isMap()) {
                    f.fail(p == null ? item : p, "periods", "periods must be a mapping of P1 to P12 to amounts");
                } else {
                    Set<String> keys = new java.util.LinkedHashSet<>();
                    for (int k = 1; k <= 12; k++) {
                        keys.add("P" + k);
                    }
                    Fields pf = new Fields(file, p, problems, keys);
                    for (int k = 1; k <= 12; k++) {
                        Money m = pf.amount("P" + k, true, unit);
                        periods.add(m == null ? Gbp.zero() : m);
                    }
                    if (!pf.ok()) {
                        f.fail(p, "periods", "the periods above are not valid");
                        problems.remove(problems.size() - 1);
                    }
                }
                if (f.ok() && total != null && !Gbp.sum(periods).equals(total)) {
                    f.fail(item.map().get("total"), "total", "total is " + total.getAmount().toPlainString()
                            + " but P1 to P12 add up to " + Gbp.sum(periods).getAmount().toPlainString());
                }
                if (f.ok() && name != null) {
                    if (lines.putIfAbsent(name, periods) != null) {
                        f.fail(item, "line", "the line '" + name + "' is listed twice");
                    } else {
                        at.put(name, "line " + item.line());
                        if (from != null) {
                            traced.put(name, from);
                        }
                    }
                }
            }
        }
        Money unmapped = Gbp.zero();
        TreeNode um = top.node().map().get("unmapped");
        if (um != null && um.isList()) {
            for (TreeNode u : um.list()) {
                Fields f = new Fields(file, u, problems, Set.of("costCentre", "code", "postings", "total"));
                Money t = f.amount("total", true, unit);
                unmapped = t == null ? unmapped : unmapped.plus(t);
            }
        }
        if (!problems.isEmpty()) {
            return ReadResult.failed(problems);
        }
        if (!traced.isEmpty() && ledger.isEmpty()) {
            top.fail(top.node(), "ledger", "lines have ledgerLines but the file names no ledger; give the ledger file they are lines of");
            return ReadResult.failed(problems);
        }
        return ReadResult.of(new LineActuals(file, y, lines, Map.of(), at, unmapped,
                ledger.isEmpty() ? Actuals.Provenance.NONE : new Actuals.Provenance(ledger, traced)), problems);
    }

    /** A line's {@code ledgerLines}: P1 to P12 (those without postings left out), or null when it has none. */
    private static List<LedgerLines> ledgerLines(String file, TreeNode node, Fields line, List<Problem> problems) {
        if (node == null || node.value() == null) {
            return null;
        }
        if (!node.isMap()) {
            line.fail(node, "ledgerLines", "ledgerLines must be a mapping of P1 to P12 to lines of the ledger, such as '2, 5, 9-14'");
            return null;
        }
        Set<String> keys = new java.util.LinkedHashSet<>();
        for (int k = 1; k <= 12; k++) {
            keys.add("P" + k);
        }
        Fields pf = new Fields(file, node, problems, keys);
        List<LedgerLines> out = new ArrayList<>();
        for (int k = 1; k <= 12; k++) {
            LedgerLines l = pf.parse("P" + k, false, LedgerLines::parse);
            out.add(l == null ? LedgerLines.NONE : l);
        }
        return pf.ok() ? out : null;
    }

    private static ReadResult<LineActuals> csv(Path path, FiscalYear year) {
        String file = path.toString();
        Map<String, Map<YearMonth, Money>> months;
        List<Problem> problems;
        MonthlyActualsCsv.LedgerColumns[] ledger = new MonthlyActualsCsv.LedgerColumns[1];
        try (InputStream in = InputFiles.open(path)) {
            ReadResult<Map<String, Map<YearMonth, Money>>> r = MonthlyActualsCsv.read(file, in, c -> ledger[0] = c);
            months = r.value().orElseThrow();
            problems = r.problems();
        } catch (NoSuchFileException e) {
            return ReadResult.failed(List.of(Problem.ofFile(file, "no such file")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            return ReadResult.failed(problems);
        }
        List<Problem> out = new ArrayList<>();
        FiscalYear first = year;
        for (Map<YearMonth, Money> m : months.values()) {
            for (YearMonth ym : m.keySet()) {
                FiscalYear fy = uk.org.wcf.finance.time.FiscalPeriod.containing(ym).year();
                if (fy.compareTo(year) > 0) {
                    out.add(Problem.ofFile(file, "a row is of " + ym + ", after the year " + year + "; the file holds the year "
                            + "and earlier years only"));
                    return ReadResult.failed(out);
                }
                first = fy.compareTo(first) < 0 ? fy : first;
            }
        }
        Map<String, List<Money>> lines = new LinkedHashMap<>();
        Map<String, List<List<Money>>> history = new LinkedHashMap<>();
        Map<String, String> at = new LinkedHashMap<>();
        for (Map.Entry<String, Map<YearMonth, Money>> e : months.entrySet()) {
            lines.put(e.getKey(), twelve(e.getValue(), year));
            List<List<Money>> prior = new ArrayList<>();
            for (FiscalYear y = first; y.compareTo(year) < 0; y = y.next()) {
                prior.add(twelve(e.getValue(), y));
            }
            if (!prior.isEmpty()) {
                history.put(e.getKey(), prior);
            }
            at.put(e.getKey(), "rows of '" + e.getKey() + "', " + year.period(1).month() + " on");
        }
        Map<String, List<LedgerLines>> traced = new LinkedHashMap<>();
        ledger[0].lines().forEach((line, byMonth) -> {
            List<LedgerLines> twelve = new ArrayList<>();
            for (int p = 1; p <= 12; p++) {
                twelve.add(byMonth.getOrDefault(year.period(p).month(), LedgerLines.NONE));
            }
            if (twelve.stream().anyMatch(l -> !l.isEmpty())) {
                traced.put(line, twelve);
            }
        });
        Actuals.Provenance provenance = ledger[0].ledger().isEmpty() ? Actuals.Provenance.NONE
                : new Actuals.Provenance(ledger[0].ledger(), traced);
        return ReadResult.of(new LineActuals(file, year, lines, history, at, Gbp.zero(), provenance), out);
    }

    private static List<Money> twelve(Map<YearMonth, Money> m, FiscalYear y) {
        List<Money> out = new ArrayList<>();
        for (int p = 1; p <= 12; p++) {
            out.add(m.getOrDefault(y.period(p).month(), Gbp.zero()));
        }
        return out;
    }
}
