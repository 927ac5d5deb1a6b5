package uk.org.wcf.finance.dsg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

import uk.org.wcf.finance.dsg.internal.GrowthStatistics;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * The yearly growth in the number of children and young people in one type of provision: given, or fitted as a
 * compound trend to a history of counts (a least-squares line through the logarithm of the counts), with how well
 * the line fits. The uncertainty is the spread the Monte Carlo draws each year's growth from.
 *
 * @param rate the yearly growth rate
 * @param uncertainty the standard deviation of a year's growth rate (0% for none)
 * @param rSquared for a fitted trend, R² of the fit (0 to 1, four decimals); empty for a given rate
 * @param points for a fitted trend, the number of years of history; 0 for a given rate
 */
public record Growth(Rate rate, Rate uncertainty, Optional<BigDecimal> rSquared, int points) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /** Decimal places a fitted rate (as a fraction) is kept to: 0.0001% of growth. */
    static final int RATE_SCALE = 6;

    /**
     * Validates the growth.
     *
     * @param rate not null
     * @param uncertainty not negative
     * @param rSquared empty for a given rate; for a fit, from 0 to 1
     * @param points 0 for a given rate, at least 3 for a fit
     */
    public Growth {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(uncertainty, "uncertainty");
        Objects.requireNonNull(rSquared, "rSquared (empty for a given rate)");
        if (uncertainty.fraction().signum() < 0) {
            throw new FinanceRuleException("growth uncertainty", uncertainty, "a standard deviation may not be negative");
        }
        if (rSquared.isEmpty() != (points == 0)) {
            throw new FinanceRuleException("growth fit", points, "a fitted trend has R² and its points; a given rate has neither");
        }
    }

    /**
     * A given rate.
     *
     * @param rate the yearly growth
     * @param uncertainty its standard deviation
     * @return the growth
     */
    public static Growth given(Rate rate, Rate uncertainty) {
        return new Growth(rate, uncertainty, Optional.empty(), 0);
    }

    /**
     * Fits a compound trend to a history of counts (Commons Math least squares on the natural logarithm of the
     * count against the year). The rate is exp(slope) - 1 and the uncertainty the slope's standard error carried
     * through the same curve, both rounded half-even to {@value #RATE_SCALE} decimals of a fraction.
     *
     * @param counts the number of children at a point in each year, at least three years, each more than zero
     * @return the fitted growth
     */
    public static Growth fit(SortedMap<FiscalYear, BigDecimal> counts) {
        if (counts.size() < 3) {
            throw new FinanceRuleException("history", counts.size() + " years",
                    "a trend is fitted to at least three years of counts");
        }
        List<Integer> years = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (Map.Entry<FiscalYear, BigDecimal> e : counts.entrySet()) {
            if (e.getValue().signum() <= 0) {
                throw new FinanceRuleException("history " + e.getKey(), e.getValue().toPlainString(),
                        "a count in a history must be more than zero");
            }
            years.add(e.getKey().startYear());
            values.add(e.getValue());
        }
        GrowthStatistics.Trend t = GrowthStatistics.fitCompoundTrend(years, values, RATE_SCALE);
        return new Growth(Rate.of(t.rate()), Rate.of(t.standardDeviation()), Optional.of(t.rSquared()), counts.size());
    }

    /** @return true for a fitted trend */
    public boolean isFitted() {
        return points > 0;
    }

    /** @return how the rate was set, such as {@code 4.2% a year (fitted to 5 years, R² 0.9731)} */
    public String describe() {
        BigDecimal pct = rate.percentValue().setScale(Math.max(1, Math.min(2, rate.percentValue().scale())), RoundingMode.HALF_EVEN);
        String head = pct.toPlainString() + "% a year";
        String sd = uncertainty.isZero() ? "" : ", sd " + uncertainty.percentValue().setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
        return isFitted() ? head + " (fitted to " + points + " years, R² " + rSquared.orElseThrow().toPlainString() + sd + ")"
                : head + " (given" + sd + ")";
    }
}
