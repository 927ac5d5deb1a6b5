package uk.org.wcf.finance.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

import uk.org.wcf.finance.money.FinanceRuleException;

/**
 * A measured value of a KPI, dated by the last month it covers (a quarterly KPI by the last month of its
 * quarter, an annual one by the last month of its year).
 *
 * @param kpi the KPI's code
 * @param month the last month covered
 * @param numerator the count
 * @param denominator the total, positive
 * @param riskNotified true when a risk was notified with a mitigation plan for this period
 */
public record KpiValue(String kpi, YearMonth month, long numerator, long denominator, boolean riskNotified) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * Validates the value.
     *
     * @param kpi not null
     * @param month not null
     * @param numerator 0 to the denominator
     * @param denominator positive
     * @param riskNotified whether a risk was notified
     */
    public KpiValue {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(month, "month");
        if (denominator <= 0 || numerator < 0 || numerator > denominator) {
            throw new FinanceRuleException("value of " + kpi + " for " + month, numerator + "/" + denominator,
                    "a KPI value is a count from 0 to a positive total");
        }
    }

    /** @return the value as a percentage */
    public BigDecimal percent() {
        return Kpi.percent(numerator, denominator);
    }
}
