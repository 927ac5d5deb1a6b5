package uk.org.wcf.finance.io;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.joda.money.Money;

import uk.org.wcf.finance.io.internal.csv.CsvTable;
import uk.org.wcf.finance.io.write.Csv;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.monitor.Adjustment;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringReport;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.time.FiscalPeriod;

/**
 * A monitoring report typed as rows, and the report written back as CSV.
 *
 * <p><b>Input</b>: a header naming, in any order,
 * {@code line,net_budget,forecast,proposed_carry_forwards,other_adjustments,variance_last_period}; GBP thousands,
 * whole numbers; each money column may also be named with its unit ({@code net_budget_gbp_thousands}); {@code proposed_carry_forwards} and {@code other_adjustments} may be absent (0); a value in
 * brackets is negative; {@code #} lines are comments. Each line name appears once. The computed columns of the
 * output may be present too (so that this class reads what it writes): each is checked against the figures it is
 * computed from, and a row with the total's label must foot to the lines (it is then dropped, the total being
 * computed). A row labelled as a sub-total ({@code DSG - Sub Total}, as the DSG report writes it) must foot to the
 * lines above it and is then dropped too. A row that looks like a total under another label (its label says total, or its budget and forecast
 * are the sum of the other lines) is refused, since it would be counted twice.
 *
 * <p><b>Output</b>: {@code line,net_budget,forecast,variance_before_adjustments,proposed_carry_forwards,
 * other_adjustments,variance_after_adjustments,variance_after_adjustments_pct,variance_last_period,
 * change_since_last_period} ({@link #OUTPUT}), the columns issue #5 spelled for {@code monitor --format csv} and kept
 * exactly for users' scripts (so, unlike the tool's other CSVs, the money columns do not carry {@code _gbp_thousands}:
 * they are all GBP thousands): one row per line in input order, then the total row; plain integers, the percentage
 * to one decimal ({@code -2.1}, {@code 0.0}), empty where the net budget is 0.
 */
public final class MonitorRowsCsv {

    /** The input columns that must be present. */
    public static final List<String> REQUIRED = List.of("line", "net_budget", "forecast", "variance_last_period");
    /**
     * The input columns that may be absent: the adjustments (meaning 0), and the computed columns this class
     * writes, which, when present, are checked against the figures they are computed from.
     */
    public static final List<String> OPTIONAL = List.of("proposed_carry_forwards", "other_adjustments",
            "variance_before_adjustments", "variance_after_adjustments", "variance_after_adjustments_pct",
            "change_since_last_period");
    /** The sign rule, stated wherever a typed figure disagrees with it. */
    public static final String SIGN_RULE = "variance after adjustments = variance before + proposed carry-forwards "
            + "+ other adjustments (a carry-forward of an overspend is negative)";
    /** The money columns (GBP thousands), which a file may also name with their unit ({@code net_budget_gbp_thousands}). */
    public static final List<String> MONEY = List.of("net_budget", "forecast", "variance_before_adjustments",
            "proposed_carry_forwards", "other_adjustments", "variance_after_adjustments", "variance_last_period",
            "change_since_last_period");
    /** The output columns at £000, exactly as specified for {@code monitor --format csv}. */
    public static final List<String> OUTPUT = List.of("line", "net_budget", "forecast", "variance_before_adjustments",
            "proposed_carry_forwards", "other_adjustments", "variance_after_adjustments", "variance_after_adjustments_pct",
            "variance_last_period", "change_since_last_period");

    private MonitorRowsCsv() {
    }

    /** The rows of a file: the lines, each line's variance last period, and its file line. */
    private record Line(MonitoringLine line, Money last, long fileLine, Money[] figures) {
    }

    /** The typed figures that a total must foot to, in the order of {@link #FOOTED}. */
    private static final List<String> FOOTED = List.of("net_budget", "forecast", "proposed_carry_forwards", "other_adjustments",
            "variance_last_period");

    /**
     * Reads rows into a report.
     *
     * @param file the file name, for problems
     * @param in the CSV
     * @param period the period of the report
     * @param totalLabel the label of the total row
     * @return the report (empty when there were problems) and the problems
     */
    public static ReadResult<MonitoringReport> read(String file, InputStream in, FiscalPeriod period,
            String totalLabel) {
        Map<String, Long> seen = new HashMap<>();
        ReadResult<List<Line>> rows;
        List<String> header;
        try (CsvTable t = CsvTable.open(file, in, REQUIRED, OPTIONAL, Csv.unitSuffix(RoundingPolicy.Unit.THOUSANDS), MONEY)) {
            header = t.header();
            rows = t.readAll(row -> {
                String name = row.required("line");
                Money budget = thousands(row, "net_budget", true);
                Money forecast = thousands(row, "forecast", true);
                Money cf = thousands(row, "proposed_carry_forwards", false);
                Money other = thousands(row, "other_adjustments", false);
                Money last = thousands(row, "variance_last_period", true);
                if (!row.ok()) {
                    return null;
                }
                Long first = seen.putIfAbsent(name, row.line());
                if (first != null) {
                    row.fail("line", "duplicate line: '" + name + "' is already on line " + first);
                    return null;
                }
                Money before = forecast.minus(budget);
                Money after = before.plus(cf).plus(other);
                check(row, "variance_before_adjustments", before, "forecast - net budget");
                check(row, "variance_after_adjustments", after, SIGN_RULE);
                check(row, "change_since_last_period", after.minus(last), "variance after adjustments - variance last period");
                if (row.has("variance_after_adjustments_pct") && !row.text("variance_after_adjustments_pct").isBlank()) {
                    BigDecimal typed = row.decimal("variance_after_adjustments_pct");
                    Optional<BigDecimal> computed = RoundingPolicy.THOUSANDS.percent(after, budget);
                    if (typed != null && (computed.isEmpty() || computed.get().compareTo(typed) != 0)) {
                        row.fail("variance_after_adjustments_pct", "variance_after_adjustments_pct is " + typed.toPlainString()
                                + " but the figures give " + computed.map(BigDecimal::toPlainString).orElse("none (the net budget is 0)")
                                + ": variance after adjustments as a % of net budget, to one decimal");
                    }
                }
                if (!row.ok()) {
                    return null;
                }
                List<Adjustment> adj = new ArrayList<>();
                if (!cf.isZero()) {
                    adj.add(Adjustment.carryForward("Proposed carry-forwards", cf));
                }
                if (!other.isZero()) {
                    adj.add(Adjustment.of(Adjustment.Kind.OTHER, "Other adjustments", other));
                }
                return new Line(new MonitoringLine(name, "", budget, forecast, adj), last, row.line(),
                        new Money[] {budget, forecast, cf, other, last});
            });
        }
        List<Problem> problems = new ArrayList<>(rows.problems());
        List<Line> lines = new ArrayList<>(rows.value().orElseThrow());
        // a typed total: with the total's label, it must foot and is then dropped (the total is computed); a row
        // that looks like a total under another label would be counted twice, so it is refused with the fix
        Line typedTotal = lines.stream().filter(l -> l.line().line().equals(totalLabel)).findFirst().orElse(null);
        boolean clean = problems.isEmpty(); // footing means nothing while rows are missing
        if (typedTotal != null) {
            lines.remove(typedTotal);
        }
        // a sub-total (a label saying sub total, as the DSG report's "DSG - Sub Total" row that monitor --format csv
        // writes): it must foot to the lines above it and is then dropped, the report computing its own totals
        if (clean) {
            List<Line> above = new ArrayList<>();
            for (Line l : List.copyOf(lines)) {
                if (!l.line().line().toLowerCase(java.util.Locale.ROOT).matches("(.*\\W)?sub[ -]?totals?(\\W.*)?")) {
                    above.add(l);
                    continue;
                }
                lines.remove(l);
                Money[] sums = sums(above, null);
                for (int i = 0; i < FOOTED.size(); i++) {
                    if (header.contains(FOOTED.get(i)) && !l.figures()[i].isEqual(sums[i])) {
                        problems.add(Problem.ofCell(file, l.fileLine(), header.indexOf(FOOTED.get(i)) + 1, FOOTED.get(i),
                                "the sub-total row '" + l.line().line() + "' has " + FOOTED.get(i) + " " + k(l.figures()[i])
                                        + " but the lines above it add to " + k(sums[i]) + " (£000)"));
                    }
                }
            }
            clean = problems.isEmpty();
        }
        if (typedTotal != null && clean) {
            Money[] sums = sums(lines, null);
            for (int i = 0; i < FOOTED.size(); i++) {
                if (header.contains(FOOTED.get(i)) && !typedTotal.figures()[i].isEqual(sums[i])) {
                    problems.add(Problem.ofCell(file, typedTotal.fileLine(), header.indexOf(FOOTED.get(i)) + 1, FOOTED.get(i),
                            "the total row '" + totalLabel + "' has " + FOOTED.get(i) + " " + k(typedTotal.figures()[i])
                                    + " but the lines add to " + k(sums[i]) + " (£000)"));
                }
            }
        }
        if (lines.size() > 1 && clean) {
            for (Line l : lines) {
                Money[] others = sums(lines, l);
                boolean labelled = l.line().line().toLowerCase(java.util.Locale.ROOT).matches("(.*\\W)?totals?(\\W.*)?");
                boolean sums = lines.size() > 2 && !l.figures()[0].isZero() && l.figures()[0].isEqual(others[0])
                        && l.figures()[1].isEqual(others[1]);
                if (labelled || sums) {
                    problems.add(Problem.ofCell(file, l.fileLine(), header.indexOf("line") + 1, "line", "'" + l.line().line()
                            + "' looks like a total row (" + (labelled ? "its label says total" : "its figures are the sum of the other lines")
                            + ") and would be counted twice: the total is computed; give --total '" + l.line().line()
                            + "' or remove the row"));
                }
            }
        }
        if (rows.value().orElseThrow().isEmpty() && problems.isEmpty()) {
            problems.add(Problem.ofFile(file, "the file has a header but no rows"));
        }
        if (!problems.isEmpty()) {
            return ReadResult.failed(problems);
        }
        Map<String, Money> last = new LinkedHashMap<>();
        lines.forEach(l -> last.put(l.line().line(), l.last()));
        MonitoringSnapshot s = MonitoringSnapshot.nonDsg(totalLabel, period, lines.stream().map(Line::line).toList(),
                totalLabel);
        return ReadResult.of(MonitoringReport.of(s, last), problems);
    }

    private static Money[] sums(List<Line> lines, Line except) {
        Money[] sums = new Money[FOOTED.size()];
        java.util.Arrays.fill(sums, Gbp.zero());
        for (Line l : lines) {
            if (l != except) {
                for (int i = 0; i < sums.length; i++) {
                    sums[i] = sums[i].plus(l.figures()[i]);
                }
            }
        }
        return sums;
    }

    private static String k(Money m) {
        return m.getAmount().movePointLeft(3).stripTrailingZeros().toPlainString();
    }

    /** A computed column, when typed, must agree with the figures it is computed from. */
    private static void check(CsvTable.Row row, String column, Money computed, String rule) {
        if (!row.has(column) || row.text(column).isBlank()) {
            return;
        }
        Money typed = thousands(row, column, true);
        if (typed != null && !typed.isEqual(computed)) {
            row.fail(column, column + " is " + k(typed) + " but the row's figures give " + k(computed) + ": " + rule);
        }
    }

    private static Money thousands(CsvTable.Row row, String column, boolean required) {
        if (!required && !row.has(column)) {
            return Gbp.zero();
        }
        String t = row.required(column);
        if (t == null) {
            return null;
        }
        Money m;
        try {
            m = Amounts.parse(t, Amounts.Unit.THOUSANDS);
        } catch (IllegalArgumentException e) {
            row.fail(column, e.getMessage());
            return null;
        }
        if (m.getAmount().remainder(BigDecimal.valueOf(1000)).signum() != 0) {
            row.fail(column, column + " is '" + t + "': GBP thousands are whole numbers here");
            return null;
        }
        return m;
    }

    /**
     * Writes a report as CSV.
     *
     * @param report the report
     * @param policy the rounding policy (whole £000, one-decimal percentages)
     * @return the CSV text
     */
    public static String write(MonitoringReport report, RoundingPolicy policy) {
        if (policy.unit() != RoundingPolicy.Unit.THOUSANDS) {
            throw new IllegalArgumentException("monitoring rows are written at £000 (the unit they are read in), not "
                    + policy.unit().label());
        }
        StringBuilder sb = new StringBuilder(Csv.line(OUTPUT));
        for (MonitoringReport.Row r : report.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(Csv.text(r.label()));
            for (Money m : List.of(r.netBudget(), r.forecast(), r.varianceBeforeAdjustments(), r.proposedCarryForwards(),
                    r.otherAdjustments(), r.varianceAfterAdjustments())) {
                cells.add(Long.toString(policy.units(m)));
            }
            cells.add(r.percentOfBudget(policy).map(BigDecimal::toPlainString).orElse(""));
            cells.add(Long.toString(policy.units(r.varianceLastPeriod())));
            cells.add(Long.toString(policy.units(r.changeSinceLastPeriod())));
            sb.append(Csv.rawLine(cells));
        }
        return sb.toString();
    }
}
