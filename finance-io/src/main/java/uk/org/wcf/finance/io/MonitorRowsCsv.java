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
 * whole numbers; {@code proposed_carry_forwards} and {@code other_adjustments} may be absent (0); a value in
 * brackets is negative; {@code #} lines are comments. Each line name appears once.
 *
 * <p><b>Output</b>: {@code line,net_budget,forecast,variance_before_adjustments,proposed_carry_forwards,
 * other_adjustments,variance_after_adjustments,variance_after_adjustments_pct,variance_last_period,
 * change_since_last_period}: one row per line in input order, then the total row; plain integers, the percentage
 * to one decimal ({@code -2.1}, {@code 0.0}), empty where the net budget is 0.
 */
public final class MonitorRowsCsv {

    /** The input columns that must be present. */
    public static final List<String> REQUIRED = List.of("line", "net_budget", "forecast", "variance_last_period");
    /** The input columns that may be absent (meaning 0). */
    public static final List<String> OPTIONAL = List.of("proposed_carry_forwards", "other_adjustments");
    /** The output columns. */
    public static final List<String> OUTPUT = List.of("line", "net_budget", "forecast", "variance_before_adjustments",
            "proposed_carry_forwards", "other_adjustments", "variance_after_adjustments",
            "variance_after_adjustments_pct", "variance_last_period", "change_since_last_period");

    private MonitorRowsCsv() {
    }

    /** The rows of a file: the lines, and each line's variance last period. */
    private record Line(MonitoringLine line, Money last) {
    }

    /**
     * Reads rows into a report.
     *
     * @param file the file name, for problems
     * @param in the CSV
     * @param period the period of the report
     * @param totalLabel the label of the total row
     * @return the report (empty when there were problems) and the problems
     */
    public static ReadResult<Optional<MonitoringReport>> read(String file, InputStream in, FiscalPeriod period,
            String totalLabel) {
        Map<String, Long> seen = new HashMap<>();
        ReadResult<List<Line>> rows;
        try (CsvTable t = CsvTable.open(file, in, REQUIRED, OPTIONAL)) {
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
                if (name.equals(totalLabel)) {
                    row.fail("line", "the line '" + name + "' has the total's label; the total is computed, not typed");
                    return null;
                }
                List<Adjustment> adj = new ArrayList<>();
                if (!cf.isZero()) {
                    adj.add(Adjustment.carryForward("Proposed carry-forwards", cf));
                }
                if (!other.isZero()) {
                    adj.add(Adjustment.of(Adjustment.Kind.OTHER, "Other adjustments", other, null));
                }
                return new Line(new MonitoringLine(name, "", budget, forecast, adj), last);
            });
        }
        List<Problem> problems = new ArrayList<>(rows.problems());
        if (rows.values().isEmpty() && problems.isEmpty()) {
            problems.add(Problem.ofFile(file, "the file has a header but no rows"));
        }
        if (!problems.isEmpty()) {
            return new ReadResult<>(Optional.empty(), problems);
        }
        Map<String, Money> last = new LinkedHashMap<>();
        rows.values().forEach(l -> last.put(l.line().line(), l.last()));
        MonitoringSnapshot s = MonitoringSnapshot.nonDsg(totalLabel, period, rows.values().stream().map(Line::line).toList(),
                totalLabel);
        return new ReadResult<>(Optional.of(MonitoringReport.of(s, last)), problems);
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
