package uk.org.wcf.finance.time;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.joda.money.BigMoney;
import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.RoundingPolicy;

/**
 * A run of whole months, first and last inclusive, used for part-years: the 2019/20 contract ran six months
 * (October 2019 to March 2020); a variation effective 1 June 2020 covers ten months of 2020/21.
 *
 * @param first the first month
 * @param last the last month (inclusive)
 */
public record MonthSpan(YearMonth first, YearMonth last) {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    /**
     * Validates the span.
     *
     * @param first the first month
     * @param last the last month, not before the first
     */
    public MonthSpan {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new FinanceRuleException("month span", first + " to " + last, "the last month is before the first");
        }
    }

    /**
     * @param first the first month
     * @param last the last month (inclusive)
     * @return the span
     */
    public static MonthSpan of(YearMonth first, YearMonth last) {
        return new MonthSpan(first, last);
    }

    /**
     * The months of a financial year from an effective date to 31 March; a date after the 1st starts the count
     * at the next month (a variation from 15 June counts from July).
     *
     * @param year the financial year
     * @param effective the effective date, within the year
     * @return the months from the effective date to the year end
     */
    public static MonthSpan fromDate(FiscalYear year, LocalDate effective) {
        if (!year.contains(effective)) {
            throw new FinanceRuleException("effective date", effective, "must fall within " + year);
        }
        YearMonth start = YearMonth.from(effective);
        if (effective.getDayOfMonth() != 1) {
            start = start.plusMonths(1);
        }
        YearMonth end = YearMonth.from(year.end());
        if (start.isAfter(end)) {
            throw new FinanceRuleException("effective date", effective, "leaves no whole month in " + year);
        }
        return of(start, end);
    }

    /** @return the number of months, first and last included */
    public int months() {
        return (int) ChronoUnit.MONTHS.between(first, last) + 1;
    }

    /** @return true for a span of twelve months */
    public boolean isFullYear() {
        return months() == 12;
    }

    /**
     * @param month a month
     * @return true when the span includes it
     */
    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }

    /**
     * The part-year share of an annual amount, annual x months / 12, rounded once with the given policy.
     *
     * @param annual the full-year amount
     * @param policy the rounding policy (normally {@link RoundingPolicy#PENCE})
     * @return the part-year amount
     */
    public Money shareOf(Money annual, RoundingPolicy policy) {
        return policy.round(exactShareOf(annual));
    }

    /**
     * The part-year share of an annual amount, exactly (to 20 significant places beyond the penny).
     *
     * @param annual the full-year amount
     * @return annual x months / 12
     */
    public BigMoney exactShareOf(Money annual) {
        BigDecimal share = annual.getAmount().multiply(BigDecimal.valueOf(months()))
                .divide(TWELVE, 20, java.math.RoundingMode.HALF_EVEN);
        return BigMoney.of(annual.getCurrencyUnit(), share);
    }

    /** @return e.g. {@code 2019-10..2020-03 (6 months)} */
    @Override
    public String toString() {
        return first + ".." + last + " (" + months() + " months)";
    }
}
