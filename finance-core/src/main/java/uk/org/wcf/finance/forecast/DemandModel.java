package uk.org.wcf.finance.forecast;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;

/**
 * A demand-led line's driver for a Monte Carlo outturn ({@link Forecasting#monteCarlo}): the count each month
 * (placements) and the amount per unit per month. A net-income line has a negative unit amount. Fitted from
 * actuals ({@link #fit(List)}, {@link #fit(List, List)}), the model remembers how many months it was fitted
 * from, so that a simulation allows for not knowing the true means and spreads.
 *
 * @param countMean mean count a month, not negative
 * @param countSd standard deviation of the count, not negative
 * @param unitCostMean mean amount per unit per month, in pounds (negative for income)
 * @param unitCostSd standard deviation of the unit amount, not negative
 * @param observations the months the model was fitted from; 0 when its figures are taken as known
 */
public record DemandModel(BigDecimal countMean, BigDecimal countSd, BigDecimal unitCostMean, BigDecimal unitCostSd, int observations) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    private static final MathContext MC = MathContext.DECIMAL64;

    /**
     * Validates the model.
     *
     * @param countMean not negative
     * @param countSd not negative
     * @param unitCostMean any sign
     * @param unitCostSd not negative
     * @param observations not negative, and not 1 (a spread needs two)
     */
    public DemandModel {
        Objects.requireNonNull(unitCostMean, "unit cost mean");
        for (BigDecimal b : new BigDecimal[] {countMean, countSd, unitCostSd}) {
            Objects.requireNonNull(b, "demand model input");
            if (b.signum() < 0) {
                throw new FinanceRuleException("demand model input", b, "a count and the spreads are not negative");
            }
        }
        if (observations < 0 || observations == 1) {
            throw new FinanceRuleException("observations", observations, "none (figures known) or at least two months");
        }
    }

    /**
     * A model whose figures are taken as known (no allowance for estimating them).
     *
     * @param countMean mean count a month
     * @param countSd its standard deviation
     * @param unitCostMean mean amount per unit a month (negative for income)
     * @param unitCostSd its standard deviation
     */
    public DemandModel(BigDecimal countMean, BigDecimal countSd, BigDecimal unitCostMean, BigDecimal unitCostSd) {
        this(countMean, countSd, unitCostMean, unitCostSd, 0);
    }

    /**
     * @param countMean mean count a month
     * @param countSd its standard deviation
     * @param unitCostMean mean amount per unit a month (negative for income)
     * @param unitCostSd its standard deviation
     * @return a model whose figures are taken as known
     */
    public static DemandModel of(BigDecimal countMean, BigDecimal countSd, BigDecimal unitCostMean, BigDecimal unitCostSd) {
        return new DemandModel(countMean, countSd, unitCostMean, unitCostSd, 0);
    }

    /**
     * Fits a model from monthly spend alone: a count of one a month, the amount a month with the months' mean and
     * sample standard deviation. A net-income line (negative months) gives a negative mean.
     *
     * @param monthlySpend at least two months
     * @return the model, remembering the number of months
     */
    public static DemandModel fit(List<Money> monthlySpend) {
        if (monthlySpend.size() < 2) {
            throw new FinanceRuleException("monthly spend", monthlySpend.size() + " months", "a fit needs at least two months");
        }
        BigDecimal[] v = monthlySpend.stream().map(Money::getAmount).toArray(BigDecimal[]::new);
        return new DemandModel(BigDecimal.ONE, BigDecimal.ZERO, mean(v), sd(v), v.length);
    }

    /**
     * Fits a model from monthly counts and spend: the counts' mean and spread, and the amount per unit (each
     * month's spend over its count).
     *
     * @param counts each month's count, not negative, at least two months
     * @param monthlySpend each month's spend, as many months as counts
     * @return the model, remembering the number of months
     */
    public static DemandModel fit(List<BigDecimal> counts, List<Money> monthlySpend) {
        if (counts.size() != monthlySpend.size() || counts.size() < 2) {
            throw new FinanceRuleException("counts and spend", counts.size() + " and " + monthlySpend.size() + " months",
                    "a fit needs the same months of each, at least two");
        }
        BigDecimal[] c = counts.toArray(BigDecimal[]::new);
        BigDecimal[] u = new BigDecimal[c.length];
        for (int i = 0; i < c.length; i++) {
            if (c[i].signum() <= 0) {
                throw new FinanceRuleException("count of month " + (i + 1), c[i], "a fit by unit needs a count above nil every month");
            }
            u[i] = monthlySpend.get(i).getAmount().divide(c[i], MC);
        }
        return new DemandModel(mean(c), sd(c), mean(u), sd(u), c.length);
    }

    private static BigDecimal mean(BigDecimal[] v) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal b : v) {
            s = s.add(b);
        }
        return s.divide(BigDecimal.valueOf(v.length), MC).setScale(4, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal sd(BigDecimal[] v) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal b : v) {
            s = s.add(b);
        }
        BigDecimal m = s.divide(BigDecimal.valueOf(v.length), MC);
        BigDecimal ss = BigDecimal.ZERO;
        for (BigDecimal b : v) {
            ss = ss.add(b.subtract(m).pow(2));
        }
        return ss.divide(BigDecimal.valueOf(v.length - 1L), MC).sqrt(MC).setScale(4, RoundingMode.HALF_EVEN);
    }
}
