package uk.org.wcf.finance.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.org.wcf.finance.money.FinanceRuleException;

/**
 * A monitoring period of a financial year: P1 is April, P12 is March.
 *
 * @param year the financial year
 * @param number 1 to 12
 */
public record FiscalPeriod(FiscalYear year, int number) implements Comparable<FiscalPeriod> {

    private static final Pattern NUMBER = Pattern.compile("[Pp]?\\s*0?(\\d{1,2})");
    private static final Pattern FULL = Pattern.compile("(.+?)\\s+([Pp]\\s*\\d{1,2})");

    /**
     * Validates the period.
     *
     * @param year the financial year
     * @param number 1 (April) to 12 (March)
     */
    public FiscalPeriod {
        Objects.requireNonNull(year, "year");
        checkNumber(number, String.valueOf(number));
    }

    private static int checkNumber(int number, String text) {
        if (number < 1 || number > 12) {
            throw new FinanceRuleException("period", text,
                    "a period is P1 (April) to P12 (March)");
        }
        return number;
    }

    /**
     * @param year the financial year
     * @param number 1 (April) to 12 (March)
     * @return the period
     */
    public static FiscalPeriod of(FiscalYear year, int number) {
        return new FiscalPeriod(year, number);
    }

    /**
     * The period a date falls in.
     *
     * @param date the date
     * @return the period
     */
    public static FiscalPeriod containing(LocalDate date) {
        return containing(YearMonth.from(date));
    }

    /**
     * The period of a month.
     *
     * @param month the month
     * @return the period
     */
    public static FiscalPeriod containing(YearMonth month) {
        int n = (month.getMonthValue() + 8) % 12 + 1;
        return new FiscalPeriod(FiscalYear.containing(month), n);
    }

    /**
     * Parses a period number written {@code P6}, {@code p06} or {@code 6}.
     *
     * @param text the period number
     * @return 1 to 12
     */
    public static int parseNumber(String text) {
        Matcher m = NUMBER.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new FinanceRuleException("period", "'" + text + "'", "write a period as P1 to P12");
        }
        return checkNumber(Integer.parseInt(m.group(1)), "'" + text + "'");
    }

    /**
     * Parses {@code 2019/20 P6}.
     *
     * @param text the year and period
     * @return the period
     */
    public static FiscalPeriod parse(String text) {
        Matcher m = FULL.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new FinanceRuleException("period", "'" + text + "'", "write a period as 2019/20 P6");
        }
        return of(FiscalYear.parse(m.group(1)), parseNumber(m.group(2)));
    }

    /** @return the calendar month of the period */
    public YearMonth month() {
        return YearMonth.of(year.startYear(), 4).plusMonths(number - 1L);
    }

    /** @return the first day of the period */
    public LocalDate firstDay() {
        return month().atDay(1);
    }

    /** @return the last day of the period */
    public LocalDate lastDay() {
        return month().atEndOfMonth();
    }

    /** @return the previous period (P12 of the previous year before P1) */
    public FiscalPeriod previous() {
        return containing(month().minusMonths(1));
    }

    /** @return the next period (P1 of the next year after P12) */
    public FiscalPeriod next() {
        return containing(month().plusMonths(1));
    }

    /** @return the period number as {@code P6} */
    public String label() {
        return "P" + number;
    }

    @Override
    public int compareTo(FiscalPeriod other) {
        int c = year.compareTo(other.year);
        return c != 0 ? c : Integer.compare(number, other.number);
    }

    // equals and hashCode as the record's own (RecordMethodsTest), written out: a record's are linked at first use
    // through ObjectMethods.bootstrap, method handles spun at run time that the class-data archive cannot hold
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof FiscalPeriod p && year.equals(p.year) && number == p.number;
    }

    @Override
    public int hashCode() {
        return 31 * year.hashCode() + Integer.hashCode(number);
    }

    /** @return {@code 2019/20 P6} */
    @Override
    public String toString() {
        return year + " " + label();
    }
}
