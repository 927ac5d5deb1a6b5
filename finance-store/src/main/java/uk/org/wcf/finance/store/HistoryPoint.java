package uk.org.wcf.finance.store;

import java.util.Objects;

import org.joda.money.Money;

import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.time.FiscalPeriod;

/**
 * A line at one closed period, from the period's latest stored version.
 *
 * @param period the period
 * @param version the snapshot version it comes from
 * @param netBudget the net budget
 * @param forecast the forecast outturn
 * @param actualsToDate actuals from P1 to the period
 * @param varianceAfterAdjustments the variance after adjustments
 */
public record HistoryPoint(FiscalPeriod period, int version, Money netBudget, Money forecast, Money actualsToDate,
        Money varianceAfterAdjustments) {

    /**
     * Validates the point.
     *
     * @param period not null
     * @param version at least 1
     * @param netBudget GBP
     * @param forecast GBP
     * @param actualsToDate GBP
     * @param varianceAfterAdjustments GBP
     */
    public HistoryPoint {
        Objects.requireNonNull(period, "period");
        Gbp.requireGbp(netBudget, "net budget");
        Gbp.requireGbp(forecast, "forecast");
        Gbp.requireGbp(actualsToDate, "actuals to date");
        Gbp.requireGbp(varianceAfterAdjustments, "variance after adjustments");
    }

    /** @return forecast - net budget */
    public Money varianceBeforeAdjustments() {
        return forecast.minus(netBudget);
    }
}
