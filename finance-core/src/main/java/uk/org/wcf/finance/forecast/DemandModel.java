package uk.org.wcf.finance.forecast;

import java.math.BigDecimal;
import java.util.Objects;

import uk.org.wcf.finance.money.FinanceRuleException;

/**
 * A demand-led line's driver for a Monte Carlo outturn: the count each month (placements) and the cost per
 * unit per month, each normally distributed and never below zero.
 *
 * @param countMean mean count a month
 * @param countSd standard deviation of the count
 * @param unitCostMean mean cost per unit per month, in pounds
 * @param unitCostSd standard deviation of the unit cost
 */
public record DemandModel(BigDecimal countMean, BigDecimal countSd, BigDecimal unitCostMean, BigDecimal unitCostSd) {

    /**
     * Validates the model.
     *
     * @param countMean not negative
     * @param countSd not negative
     * @param unitCostMean not negative
     * @param unitCostSd not negative
     */
    public DemandModel {
        for (BigDecimal b : new BigDecimal[] {countMean, countSd, unitCostMean, unitCostSd}) {
            Objects.requireNonNull(b, "demand model input");
            if (b.signum() < 0) {
                throw new FinanceRuleException("demand model input", b, "counts, costs and their spreads are not negative");
            }
        }
    }
}
