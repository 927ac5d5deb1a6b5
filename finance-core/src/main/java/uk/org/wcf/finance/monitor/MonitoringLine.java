package uk.org.wcf.finance.monitor;

import java.util.List;
import java.util.Objects;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;

/**
 * One line of a monitoring snapshot: its net budget, the forecast outturn, and the named adjustments
 * (proposed carry-forwards and others). Budgets and forecasts of income lines are negative.
 *
 * @param line the line's name as reported
 * @param group the group it reports under (a DSG block code, or a service), or empty
 * @param netBudget the net budget
 * @param forecast the forecast outturn
 * @param adjustments the adjustments, each named
 */
public record MonitoringLine(String line, String group, Money netBudget, Money forecast, List<Adjustment> adjustments) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * Validates the line.
     *
     * @param line not blank
     * @param group not null
     * @param netBudget GBP
     * @param forecast GBP
     * @param adjustments the adjustments
     */
    public MonitoringLine {
        if (line == null || line.isBlank()) {
            throw new FinanceRuleException("monitoring line", "'" + line + "'", "every line has a name");
        }
        line = line.strip();
        group = group == null ? "" : group.strip();
        Gbp.requireGbp(netBudget, "net budget of '" + line + "'");
        Gbp.requireGbp(forecast, "forecast of '" + line + "'");
        adjustments = List.copyOf(Objects.requireNonNull(adjustments, "adjustments"));
    }

    /**
     * A line without adjustments.
     *
     * @param line the name
     * @param netBudget the net budget
     * @param forecast the forecast
     * @return the line
     */
    public static MonitoringLine of(String line, Money netBudget, Money forecast) {
        return new MonitoringLine(line, "", netBudget, forecast, List.of());
    }

    /** @return forecast - net budget: an overspend is positive */
    public Money varianceBeforeAdjustments() {
        return forecast.minus(netBudget);
    }

    /** @return the sum of the proposed carry-forwards */
    public Money proposedCarryForwards() {
        return sumOfAdjustments(true);
    }

    /** @return the sum of the other adjustments */
    public Money otherAdjustments() {
        return sumOfAdjustments(false);
    }

    private Money sumOfAdjustments(boolean carryForwards) {
        Money sum = Gbp.zero();
        for (Adjustment a : adjustments) {
            if (a.isCarryForward() == carryForwards) {
                sum = sum.plus(a.amount());
            }
        }
        return sum;
    }

    /** @return variance before + carry-forwards + other adjustments */
    public Money varianceAfterAdjustments() {
        return varianceBeforeAdjustments().plus(proposedCarryForwards()).plus(otherAdjustments());
    }

    /**
     * @param newForecast the forecast
     * @return a copy with another forecast
     */
    public MonitoringLine withForecast(Money newForecast) {
        return new MonitoringLine(line, group, netBudget, newForecast, adjustments);
    }

    /**
     * @param newBudget the net budget
     * @return a copy with another net budget
     */
    public MonitoringLine withNetBudget(Money newBudget) {
        return new MonitoringLine(line, group, newBudget, forecast, adjustments);
    }

    /**
     * @param newAdjustments the adjustments
     * @return a copy with other adjustments
     */
    public MonitoringLine withAdjustments(List<Adjustment> newAdjustments) {
        return new MonitoringLine(line, group, netBudget, forecast, newAdjustments);
    }
}
