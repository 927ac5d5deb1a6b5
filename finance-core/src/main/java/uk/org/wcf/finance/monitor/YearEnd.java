package uk.org.wcf.finance.monitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.time.FiscalPeriod;

/**
 * Closing a year: each proposed non-DSG carry-forward in the final (P12) snapshot becomes a budget adjustment
 * of the same line next year, traced to the line and period that produced it. (DSG carry-forwards go to the DSG
 * reserve instead: {@code DsgReserve.withCarryForwardsFrom}.) A carry-forward of an underspend (+) adds to next
 * year's budget; of an overspend (-) reduces it.
 */
public final class YearEnd {

    private YearEnd() {
    }

    /**
     * A budget adjustment carried into the next year.
     *
     * @param line the line it adjusts
     * @param name the carry-forward's name
     * @param from the period of the report that proposed it
     * @param amount the change to next year's budget
     */
    public record CarryForward(String line, String name, FiscalPeriod from, Money amount) {
        /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
        @Override
        public String toString() {
            return uk.org.wcf.finance.money.Readable.of(this);
        }

        /**
         * Validates the carry-forward.
         *
         * @param line not null
         * @param name not null
         * @param from not null
         * @param amount GBP
         */
        public CarryForward {
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(from, "from");
            Gbp.requireGbp(amount, "carry-forward '" + name + "'");
        }
    }

    /**
     * The carry-forwards of a year's final non-DSG snapshot.
     *
     * @param finalSnapshot the P12 (outturn) snapshot
     * @return one carry-forward per proposed carry-forward, in line order
     */
    public static List<CarryForward> carryForwards(MonitoringSnapshot finalSnapshot) {
        if (finalSnapshot.scope() != Scope.NON_DSG) {
            throw new FinanceRuleException("snapshot " + finalSnapshot.period(), "DSG",
                    "DSG variances close to the DSG reserve, not to next year's budgets");
        }
        if (finalSnapshot.period().number() != 12) {
            throw new FinanceRuleException("snapshot", finalSnapshot.period(), "a year is closed from its P12 snapshot");
        }
        List<CarryForward> out = new ArrayList<>();
        for (MonitoringLine l : finalSnapshot.lines()) {
            for (Adjustment a : l.adjustments()) {
                if (a.isCarryForward() && !a.amount().isZero()) {
                    out.add(new CarryForward(l.line(), a.name(), finalSnapshot.period(), a.amount()));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Opens the next year: the next year's first snapshot with each carry-forward added to its line's budget.
     *
     * @param finalSnapshot this year's P12 snapshot
     * @param nextYear next year's opening snapshot (its lines at their agreed budgets)
     * @return next year's snapshot with the carry-forwards in its budgets
     * @throws FinanceRuleException when a carry-forward's line is not in next year's snapshot
     */
    public static MonitoringSnapshot open(MonitoringSnapshot finalSnapshot, MonitoringSnapshot nextYear) {
        if (!nextYear.period().year().equals(finalSnapshot.period().year().next())) {
            throw new FinanceRuleException("next year's snapshot", nextYear.period(), "is not of "
                    + finalSnapshot.period().year().next());
        }
        Map<String, Money> byLine = new LinkedHashMap<>();
        for (CarryForward c : carryForwards(finalSnapshot)) {
            byLine.merge(c.line(), c.amount(), Money::plus);
        }
        List<MonitoringLine> lines = new ArrayList<>();
        for (MonitoringLine l : nextYear.lines()) {
            Money add = byLine.remove(l.line());
            lines.add(add == null ? l : l.withNetBudget(l.netBudget().plus(add)));
        }
        if (!byLine.isEmpty()) {
            throw new FinanceRuleException("carry-forward to '" + byLine.keySet().iterator().next() + "'",
                    "no such line in " + nextYear.period(), "every carry-forward needs its line in the next year");
        }
        return nextYear.withLines(lines);
    }
}
