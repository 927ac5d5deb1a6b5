package uk.org.wcf.finance.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import uk.org.wcf.finance.money.FinanceRuleException;

/**
 * A contract KPI (WCC-WCF service delivery contract, 2019): a baseline (numerator / denominator for a period),
 * which is the target; a tolerance band in percent; whether higher or lower is better; and how often it is
 * measured.
 *
 * @param code the KPI's code, such as {@code KPI-SC1}
 * @param area the area, such as Social Care
 * @param descriptor what it measures
 * @param baselineNumerator the baseline's numerator
 * @param baselineDenominator the baseline's denominator, positive
 * @param baselinePeriod the baseline's period, such as {@code 2018/19}
 * @param toleranceLow the lower bound of the tolerance band, percent
 * @param toleranceHigh the upper bound, percent
 * @param direction higher or lower is better
 * @param schedule monthly, quarterly or annual
 */
public record Kpi(String code, String area, String descriptor, long baselineNumerator, long baselineDenominator,
        String baselinePeriod, BigDecimal toleranceLow, BigDecimal toleranceHigh, Direction direction, Schedule schedule) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /** Which way is better. */
    public enum Direction {
        /** A higher value is better. */
        HIGHER_IS_BETTER,
        /** A lower value is better (KPI-SC5, KPI-SC11). */
        LOWER_IS_BETTER
    }

    /** How often a KPI is measured, and how long it may be out of tolerance before it is a performance failure. */
    public enum Schedule {
        /** Monthly: a failure after 3 consecutive months out of tolerance. */
        MONTHLY(1, 3),
        /** Quarterly: a failure after 2 consecutive quarters. */
        QUARTERLY(3, 2),
        /** Annually: a failure after one contract year. */
        ANNUALLY(12, 1);

        private final int months;
        private final int failureRun;

        Schedule(int months, int failureRun) {
            this.months = months;
            this.failureRun = failureRun;
        }

        /** @return the months one measurement covers */
        public int months() {
            return months;
        }

        /** @return how many consecutive measurements out of tolerance make a performance failure */
        public int failureRun() {
            return failureRun;
        }
    }

    /**
     * Validates the KPI.
     *
     * @param code not blank
     * @param area not null
     * @param descriptor not null
     * @param baselineNumerator 0 or more
     * @param baselineDenominator positive
     * @param baselinePeriod not null
     * @param toleranceLow not above the high bound
     * @param toleranceHigh not below the low bound
     * @param direction not null
     * @param schedule not null
     */
    public Kpi {
        if (code == null || code.isBlank()) {
            throw new FinanceRuleException("KPI code", "'" + code + "'", "every KPI has a code");
        }
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(descriptor, "descriptor");
        if (baselineDenominator <= 0 || baselineNumerator < 0) {
            throw new FinanceRuleException("baseline of " + code, baselineNumerator + "/" + baselineDenominator,
                    "a baseline is a count out of a positive total");
        }
        Objects.requireNonNull(baselinePeriod, "baselinePeriod");
        if (toleranceLow.compareTo(toleranceHigh) > 0) {
            throw new FinanceRuleException("tolerance of " + code, toleranceLow + "-" + toleranceHigh, "the low bound is above the high");
        }
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(schedule, "schedule");
    }

    /** @return the target: the baseline as a percentage, exact to 10 decimal places */
    public BigDecimal target() {
        return percent(baselineNumerator, baselineDenominator);
    }

    /**
     * @param numerator a count
     * @param denominator a positive total
     * @return the percentage, to 10 decimal places (enough that no comparison with a bound of 2 decimals is changed)
     */
    public static BigDecimal percent(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 10, RoundingMode.HALF_EVEN);
    }

    /**
     * @param value a value, percent
     * @return true when the value is worse than the target
     */
    public boolean worseThanTarget(BigDecimal value) {
        int c = value.compareTo(target());
        return direction == Direction.HIGHER_IS_BETTER ? c < 0 : c > 0;
    }

    /**
     * @param value a value, percent
     * @return true when the value is outside the tolerance band on the bad side
     */
    public boolean outOfTolerance(BigDecimal value) {
        return direction == Direction.HIGHER_IS_BETTER ? value.compareTo(toleranceLow) < 0 : value.compareTo(toleranceHigh) > 0;
    }
}
