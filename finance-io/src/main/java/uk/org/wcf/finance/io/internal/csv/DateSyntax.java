package uk.org.wcf.finance.io.internal.csv;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import uk.org.wcf.finance.io.DateFormat;
import uk.org.wcf.finance.io.internal.ledger.LedgerReader;

/**
 * The one grammar for a date in a file, read straight from UTF-8 bytes, as UK finance systems and spreadsheets
 * write them:
 * <ul>
 *   <li>{@code 2020-04-14} (ISO, year first);</li>
 *   <li>{@code 14/04/2020} or {@code 4/4/2020}: day first, always (a UK spreadsheet never writes the month first,
 *   so {@code 04/14/2020} is not a date);</li>
 *   <li>{@code 14-Apr-2020} or {@code 14 Apr 2020}: the month's English abbreviation, in any case.</li>
 * </ul>
 * A file may declare its form ({@link DateFormat}); then every other form is refused at its cell. Dates are in
 * the financial years the library's calendar handles, 1900/01 to 2998/99. A day is checked against its month's length
 * ({@link YearMonth#lengthOfMonth()}, leap years included). {@link LedgerReader} calls the byte form on its fast
 * path; {@link #parse(String, String, DateFormat)} is the same grammar for text.
 */
public final class DateSyntax {

    /** Not a date in the form expected. */
    public static final int NOT_A_DATE = -1;
    /** A year outside 1900 to 2999. */
    public static final int YEAR_OUT_OF_RANGE = -2;
    /** Digits in the right places, but no such day (30 February, month 13). */
    public static final int NO_SUCH_DAY = -3;
    /** The first year the library handles. */
    public static final int MIN_YEAR = 1900;
    /** The last year the library handles. */
    public static final int MAX_YEAR = 2999;

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private DateSyntax() {
    }

    /**
     * Reads a date's year, month and day, checking the day only against 31: the caller checks the month's length
     * with {@link #dayExists} (the ledger reader first against its own table of the year's months).
     *
     * @param b the bytes
     * @param s the start of the cell (spaces already dropped)
     * @param e the end of the cell
     * @param format the form declared, or {@link DateFormat#AUTO}
     * @return {@code year << 9 | month << 5 | day}, or {@link #NOT_A_DATE}, {@link #YEAR_OUT_OF_RANGE} or
     *         {@link #NO_SUCH_DAY}
     */
    public static int parse(byte[] b, int s, int e, DateFormat format) {
        int n = e - s;
        if (n == 10 && b[s + 4] == '-' && b[s + 7] == '-' && (format == DateFormat.AUTO | format == DateFormat.ISO)) {
            return check(digits(b, s, s + 4), digits(b, s + 5, s + 7), digits(b, s + 8, s + 10));
        }
        if (format == DateFormat.ISO || n < 6) {
            return NOT_A_DATE;
        }
        // day first: 1 or 2 digits, a separator, the month, the same separator, four digits of year
        int d1 = s + 1 < e && b[s + 1] >= '0' && b[s + 1] <= '9' ? s + 2 : s + 1;
        int day = digits(b, s, d1);
        byte sep = b[d1];
        int y0 = e - 4;
        if (day < 0 || b[y0 - 1] != sep) {
            return NOT_A_DATE;
        }
        int year = digits(b, y0, e);
        if (sep == '/' && (format == DateFormat.AUTO || format == DateFormat.DAY_MONTH_YEAR)) {
            int m0 = d1 + 1;
            int m1 = y0 - 1;
            if (m1 - m0 < 1 || m1 - m0 > 2) {
                return NOT_A_DATE;
            }
            return check(year, digits(b, m0, m1), day);
        }
        if ((sep == '-' || sep == ' ') && (format == DateFormat.AUTO || format == DateFormat.DAY_MONTH_NAME_YEAR)
                && y0 - 1 - (d1 + 1) == 3) {
            int m = monthName(b, d1 + 1);
            return m < 0 ? NOT_A_DATE : check(year, m, day);
        }
        return NOT_A_DATE;
    }

    private static int check(int y, int m, int d) {
        if (y < 0 || m < 0 || d < 0) {
            return NOT_A_DATE;
        }
        if (m < 1 || m > 12 || d < 1 || d > 31) {
            return NO_SUCH_DAY;
        }
        if (!inRange(y, m)) {
            return YEAR_OUT_OF_RANGE;
        }
        return y << 9 | m << 5 | d;
    }

    /**
     * @param y a year
     * @param m its month, 1 to 12
     * @return true when the month is in the financial years the library handles, 1900/01 to 2998/99
     */
    public static boolean inRange(int y, int m) {
        int months = y * 12 + m - 1;
        return months >= MIN_YEAR * 12 + 3 && months <= MAX_YEAR * 12 + 2;
    }

    private static int monthName(byte[] b, int s) {
        String t = new String(b, s, 3, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        for (int i = 0; i < 12; i++) {
            if (MONTHS[i].equals(t)) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * @param b the bytes
     * @param s the first
     * @param e the end
     * @return the digits' value, or -1 when there are none or one is not a digit
     */
    public static int digits(byte[] b, int s, int e) {
        if (s >= e) {
            return -1;
        }
        int v = 0;
        for (int i = s; i < e; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** @return the year of a parsed date */
    public static int year(int date) {
        return date >>> 9;
    }

    /** @return the month (1 to 12) of a parsed date */
    public static int month(int date) {
        return date >>> 5 & 15;
    }

    /** @return the day of a parsed date */
    public static int day(int date) {
        return date & 31;
    }

    /** @return true when the parsed date's day is within its month */
    public static boolean dayExists(int date) {
        return day(date) <= YearMonth.of(year(date), month(date)).lengthOfMonth();
    }

    /**
     * The rule broken, for a refusal.
     *
     * @param result the refusal from {@link #parse(byte[], int, int, DateFormat)}, or {@link #NO_SUCH_DAY} after
     *               {@link #dayExists} said no
     * @param format the form expected
     * @return the rule, to follow "date is 'text': "
     */
    public static String rule(int result, DateFormat format) {
        return switch (result) {
            case YEAR_OUT_OF_RANGE -> "outside the financial years the library handles, 1900/01 to 2998/99"
                    + " (1 April 1900 to 31 March 2999)";
            case NO_SUCH_DAY -> "not a date";
            default -> switch (format) {
                case AUTO -> "write a date as 2020-06-30, 30/06/2020 (day first) or 30-Jun-2020";
                case ISO -> "write a date as 2020-06-30 (the date format is yyyy-mm-dd)";
                case DAY_MONTH_YEAR -> "write a date as 30/06/2020, day first (the date format is dd/mm/yyyy)";
                case DAY_MONTH_NAME_YEAR -> "write a date as 30-Jun-2020 (the date format is dd-mmm-yyyy)";
            };
        };
    }

    /**
     * Parses a date in text with the same grammar.
     *
     * @param field the field's name, for the message
     * @param text the text
     * @param format the form expected
     * @return the date
     * @throws IllegalArgumentException naming the field, the value and the form
     */
    public static LocalDate parse(String field, String text, DateFormat format) {
        String t = text.strip();
        byte[] b = t.getBytes(StandardCharsets.UTF_8);
        int r = parse(b, 0, b.length, format);
        if (r >= 0 && !dayExists(r)) {
            r = NO_SUCH_DAY;
        }
        if (r < 0) {
            throw new IllegalArgumentException(field + " is '" + AmountSyntax.shorten(text) + "': " + rule(r, format));
        }
        return LocalDate.of(year(r), month(r), day(r));
    }

    private static final java.util.regex.Pattern YEAR_MONTH = java.util.regex.Pattern.compile("([+-]?[0-9]{4,9})-([0-9]{2})");

    /**
     * Parses a month written as {@code 2020-06}: ASCII digits only, a month 01 to 12, within the financial years the
     * library handles. (Java's {@code YearMonth.parse} also takes year 0, {@code +10000-06} and years beyond.)
     *
     * @param field the field's name, for the message
     * @param text the text, trimmed
     * @param example how a month is written in this file, such as {@code 2020-06}
     * @return the month
     * @throws IllegalArgumentException naming the field, the value and the form
     */
    public static java.time.YearMonth month(String field, String text, String example) {
        java.util.regex.Matcher m = YEAR_MONTH.matcher(text);
        int month = m.matches() ? Integer.parseInt(m.group(2)) : 0;
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException(field + " is '" + AmountSyntax.shorten(text) + "': write a month as " + example);
        }
        int year = Integer.parseInt(m.group(1));
        if (!inRange(year, month)) {
            throw new IllegalArgumentException(field + " is '" + AmountSyntax.shorten(text) + "': " + rule(YEAR_OUT_OF_RANGE, DateFormat.AUTO));
        }
        return java.time.YearMonth.of(year, month);
    }
}
