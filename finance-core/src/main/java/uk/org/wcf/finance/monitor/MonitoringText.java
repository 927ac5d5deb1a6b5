package uk.org.wcf.finance.monitor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.joda.money.Money;

import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.report.FigureFormat;
import uk.org.wcf.finance.report.TableText;

/** Writes a monitoring report in the published layout, percentage column included. */
public final class MonitoringText {

    private MonitoringText() {
    }

    /**
     * The report's cells: a heading row, then one row per report row.
     *
     * @param report the report
     * @param policy the rounding policy
     * @param format how figures are written
     * @return the cells
     */
    public static List<String[]> cells(MonitoringReport report, RoundingPolicy policy, FigureFormat format) {
        boolean other = report.hasOtherAdjustments();
        List<String[]> out = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("Line", "Net Budget", "Forecast", "Variance before Adj.",
                "Proposed C/Fwds"));
        if (other) {
            head.add("Other Adj.");
        }
        head.addAll(List.of("Variance after Adj.", "%", "Variance Last Period", "Change"));
        out.add(head.toArray(String[]::new));
        for (MonitoringReport.Row r : report.rows()) {
            List<String> row = new ArrayList<>();
            row.add(r.label());
            List<Money> before = new ArrayList<>(List.of(r.netBudget(), r.forecast(), r.varianceBeforeAdjustments(),
                    r.proposedCarryForwards()));
            if (other) {
                before.add(r.otherAdjustments());
            }
            before.add(r.varianceAfterAdjustments());
            for (Money m : before) {
                row.add(format.format(policy.units(m)));
            }
            row.add(r.percentOfBudget(policy).map(BigDecimal::toPlainString).orElse(""));
            row.add(format.format(policy.units(r.varianceLastPeriod())));
            row.add(format.format(policy.units(r.changeSinceLastPeriod())));
            out.add(row.toArray(String[]::new));
        }
        return out;
    }

    /**
     * @param report the report
     * @param policy the rounding policy
     * @return the report as aligned text with its notes and footing
     */
    public static String text(MonitoringReport report, RoundingPolicy policy) {
        StringBuilder sb = new StringBuilder(TableText.grid(report.title() + ", " + report.period() + " ("
                + policy.unit().label() + ")", cells(report, policy, FigureFormat.PRINTED), 1));
        report.notes().forEach(n -> sb.append("Note: ").append(n).append('\n'));
        footing(report, policy, sb, "  ");
        return sb.toString();
    }

    /**
     * @param report the report
     * @param policy the rounding policy
     * @return the report as Markdown with its notes and footing
     */
    public static String markdown(MonitoringReport report, RoundingPolicy policy) {
        StringBuilder sb = new StringBuilder(TableText.markdownGrid(report.title() + ", " + report.period() + " ("
                + policy.unit().label() + ")", cells(report, policy, FigureFormat.PRINTED), 1));
        report.notes().forEach(n -> sb.append("\nNote: ").append(n).append('\n'));
        footing(report, policy, sb, "- ");
        return sb.toString();
    }

    private static void footing(MonitoringReport report, RoundingPolicy policy, StringBuilder sb, String bullet) {
        var diffs = report.table(report.hasOtherAdjustments()).round(policy).footingDifferences();
        if (!diffs.isEmpty()) {
            sb.append("Footing (totals are rounded once from exact values):\n");
            diffs.forEach(d -> sb.append(bullet).append(d.row()).append(" / ").append(d.column()).append(": total ")
                    .append(d.roundedTotal()).append(", rounded parts add to ").append(d.sumOfRoundedParts()).append('\n'));
        }
    }
}
