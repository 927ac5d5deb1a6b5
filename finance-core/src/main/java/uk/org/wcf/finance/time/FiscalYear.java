package uk.org.wcf.finance.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.org.wcf.finance.money.FinanceRuleException;

/**
 * A UK public-sector financial year, 1 April to 31 March, written as finance staff write it: {@code 2020/21}.
 *
 * @param startYear the calendar year in which the financial year starts (2020 for 2020/21)
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    private static final Pattern FORM = Pattern.compile("(?:FY)?\\s*(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})");

    /**
     * Validates the year.
     *
     * @param startYear from 1900 to 2999
     */
    public FiscalYear {
        if (startYear < 1900 || startYear > 2998) {
            throw new FinanceRuleException("financial year", startYear, "must start between 1900 and 2998");
        }
    }

    /**
     * The financial year starting in a calendar year.
     *
     * @param startYear the calendar year of 1 April
     * @return the financial year
     */
    public static FiscalYear of(int startYear) {
        return new FiscalYear(startYear);
    }

    /**
     * The financial year a date falls in.
     *
     * @param date the date
     * @return the financial year containing it
     */
    public static FiscalYear containing(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    /**
     * The financial year a month falls in.
     *
     * @param month the month
     * @return the financial year containing it
     */
    public static FiscalYear containing(YearMonth month) {
        return containing(month.atDay(1));
    }

    /**
     * Parses {@code 2020/21} (also {@code 2020-21}, {@code 2020/2021} and {@code FY2020/21}).
     *
     * @param text the year
     * @return the financial year
     * @throws FinanceRuleException if the text is not a financial year or its two years do not follow on
     */
    public static FiscalYear parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new FinanceRuleException("financial year", "'" + text + "'",
                    "write a financial year as 2020/21");
        }
        int start = Integer.parseInt(m.group(1));
        String endText = m.group(2);
        int end = endText.length() == 2 ? Integer.parseInt(endText) : Integer.parseInt(endText) % 100;
        if ((start + 1) % 100 != end || (endText.length() == 4 && Integer.parseInt(endText) != start + 1)) {
            throw new FinanceRuleException("financial year", "'" + text + "'",
                    "the second year must follow the first, as in " + of(start));
        }
        return of(start);
    }

    /** @return 1 April of the start year */
    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    /** @return 31 March of the following year (inclusive) */
    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    /**
     * @param date a date
     * @return true when the date is in this year
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /**
     * A period of this year.
     *
     * @param number 1 (April) to 12 (March)
     * @return the period
     */
    public FiscalPeriod period(int number) {
        return FiscalPeriod.of(this, number);
    }

    /** @return the twelve months of the year as a span */
    public MonthSpan months() {
        return MonthSpan.of(YearMonth.of(startYear, Month.APRIL), YearMonth.of(startYear + 1, Month.MARCH));
    }

    /**
     * @param years years to add (may be negative)
     * @return the year that many years later
     */
    public FiscalYear plusYears(int years) {
        return of(startYear + years);
    }

    /** @return the next financial year */
    public FiscalYear next() {
        return plusYears(1);
    }

    /** @return the previous financial year */
    public FiscalYear previous() {
        return plusYears(-1);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    // equals and hashCode as the record's own (RecordMethodsTest), written out: a record's are linked at first use
    // through ObjectMethods.bootstrap, method handles spun at run time that the class-data archive cannot hold
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof FiscalYear y && startYear == y.startYear;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(startYear);
    }

    /** @return the year as {@code 2020/21} */
    @Override
    public String toString() {
        // not String.format("%02d"): a Formatter per call (every budget line's key is built from a year), and its
        // digits follow the default locale's, where these are always ASCII
        int end = (startYear + 1) % 100;
        return startYear + (end < 10 ? "/0" : "/") + end;
    }
}
