package uk.org.wcf.finance.monitor;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.time.FiscalPeriod;

/**
 * The monitoring position at a period: each line's net budget, forecast outturn and named adjustments.
 * Immutable; stored and loaded by finance-io so that the next period's report takes "variance last period"
 * from it.
 *
 * <p>A DSG snapshot also has the grant line (income, so its budget and forecast are negative or zero); the
 * net DSG position is the sub-total of the lines plus the grant.
 *
 * @param title the report's title (names and labels are stripped of surrounding spaces)
 * @param period the period
 * @param scope DSG or non-DSG
 * @param lines the expenditure lines, in report order; for DSG each line's group is its block's code
 * @param grant the DSG grant line; empty for a non-DSG snapshot
 * @param subTotalLabel the label of the lines' sub-total (DSG), such as {@code DSG - Sub Total}
 * @param totalLabel the label of the total (non-DSG) or of the net DSG position
 */
public record MonitoringSnapshot(String title, FiscalPeriod period, Scope scope, List<MonitoringLine> lines,
        Optional<MonitoringLine> grant, String subTotalLabel, String totalLabel) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /** The codes of the four DSG blocks (see {@code uk.org.wcf.finance.dsg.DsgBlock}). */
    private static final List<String> DSG_BLOCKS = List.of("schools", "central_school_services", "high_needs", "early_years");

    /**
     * Validates the snapshot.
     *
     * @param title not blank
     * @param period not null
     * @param scope not null
     * @param lines at least one, names unique
     * @param grant required for DSG (not positive), absent otherwise
     * @param subTotalLabel not blank
     * @param totalLabel not blank
     */
    public MonitoringSnapshot {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(grant, "grant (empty for a non-DSG snapshot)");
        lines = List.copyOf(lines);
        title = title == null || title.isBlank() ? "Monitoring " + period : title.strip();
        subTotalLabel = subTotalLabel == null || subTotalLabel.isBlank() ? "Sub Total" : subTotalLabel.strip();
        totalLabel = totalLabel == null || totalLabel.isBlank() ? "Total" : totalLabel.strip();
        if (lines.isEmpty()) {
            throw new FinanceRuleException("monitoring snapshot " + period, "empty", "a snapshot has at least one line");
        }
        Set<String> names = new HashSet<>();
        for (MonitoringLine l : lines) {
            if (!names.add(l.line())) {
                throw new FinanceRuleException("line '" + l.line() + "' of " + period, "listed twice",
                        "each line appears once in a snapshot");
            }
        }
        if (scope == Scope.DSG) {
            if (grant.isEmpty()) {
                throw new FinanceRuleException("DSG snapshot " + period, "without a grant line",
                        "a DSG report has the grant as a negative income line");
            }
            MonitoringLine g = grant.get();
            if (g.netBudget().isPositive() || g.forecast().isPositive()) {
                throw new FinanceRuleException("grant line '" + g.line() + "'", g.netBudget() + " / " + g.forecast(),
                        "the grant is income: its budget and forecast are negative (or zero)");
            }
            for (MonitoringLine l : lines) {
                if (!DSG_BLOCKS.contains(l.group())) {
                    throw new FinanceRuleException("DSG block of '" + l.line() + "'", "'" + l.group() + "'",
                            "a DSG line belongs to a block: " + String.join(", ", DSG_BLOCKS));
                }
            }
            if (names.contains(g.line())) {
                throw new FinanceRuleException("grant line '" + g.line() + "'", "also an expenditure line",
                        "the grant line appears once");
            }
        } else if (grant.isPresent()) {
            throw new FinanceRuleException("non-DSG snapshot " + period, "with a grant line",
                    "only a DSG report has a grant line");
        }
    }

    /**
     * A non-DSG snapshot.
     *
     * @param title the title
     * @param period the period
     * @param lines the lines
     * @param totalLabel the total's label
     * @return the snapshot
     */
    public static MonitoringSnapshot nonDsg(String title, FiscalPeriod period, List<MonitoringLine> lines,
            String totalLabel) {
        return new MonitoringSnapshot(title, period, Scope.NON_DSG, lines, Optional.empty(), null, totalLabel);
    }

    /**
     * A DSG snapshot.
     *
     * @param title the title
     * @param period the period
     * @param lines the DSG lines
     * @param grant the grant line
     * @param subTotalLabel the sub-total's label
     * @param netLabel the net DSG position's label
     * @return the snapshot
     */
    public static MonitoringSnapshot dsg(String title, FiscalPeriod period, List<MonitoringLine> lines,
            MonitoringLine grant, String subTotalLabel, String netLabel) {
        return new MonitoringSnapshot(title, period, Scope.DSG, lines, Optional.of(grant), subTotalLabel, netLabel);
    }

    /**
     * @param name a line's name (the grant line included)
     * @return the line
     */
    public Optional<MonitoringLine> line(String name) {
        if (grant.isPresent() && grant.get().line().equals(name)) {
            return grant;
        }
        for (MonitoringLine l : lines) {
            if (l.line().equals(name)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** @return the lines' total net budget (the sub-total, without the grant) */
    public Money netBudget() {
        return Gbp.sum(lines.stream().map(MonitoringLine::netBudget));
    }

    /** @return the variance after adjustments of the whole report: the total, or the net DSG position */
    public Money varianceAfterAdjustments() {
        Money v = Gbp.sum(lines.stream().map(MonitoringLine::varianceAfterAdjustments));
        return grant.map(g -> v.plus(g.varianceAfterAdjustments())).orElse(v);
    }

    /**
     * @param newLines the lines
     * @return a copy with other lines
     */
    public MonitoringSnapshot withLines(List<MonitoringLine> newLines) {
        return new MonitoringSnapshot(title, period, scope, newLines, grant, subTotalLabel, totalLabel);
    }

    /**
     * @param newPeriod the period
     * @return a copy for another period
     */
    public MonitoringSnapshot withPeriod(FiscalPeriod newPeriod) {
        return new MonitoringSnapshot(title, newPeriod, scope, lines, grant, subTotalLabel, totalLabel);
    }
}
