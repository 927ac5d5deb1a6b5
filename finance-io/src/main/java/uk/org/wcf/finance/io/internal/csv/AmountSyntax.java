package uk.org.wcf.finance.io.internal.csv;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import uk.org.wcf.finance.io.Amounts;
import uk.org.wcf.finance.io.internal.ledger.LedgerReader;

/**
 * The one grammar for an amount of money in a file, read straight from UTF-8 bytes. {@link Amounts} (every
 * CSV, YAML and JSON reader) and {@link LedgerReader} (the streaming ledger path) both call it, so the two can
 * never drift apart:
 * <pre>
 * amount  = [spaces] ( "(" figure ")" | ["-"] figure ) [spaces]      spaces: ' ' or tab
 * figure  = ["£"] whole ["." decimals]
 * whole   = 1*3digit *("," 3digit) | 1*digit
 * </pre>
 * Bounds: less than a trillion pounds either way (an amount that big in a council's ledger is a column in the
 * wrong unit); at most two decimals of a pound, five of £000 (a penny), beyond which only zeros may follow.
 * No exponent, no sign inside brackets, no space after the sign or the pound sign. The value is computed in a
 * long with every step bounded, so it can never wrap.
 */
public final class AmountSyntax {

    /** Not an amount at all. */
    public static final long NOT_AN_AMOUNT = Long.MIN_VALUE;
    /** More decimals than a penny. */
    public static final long SUB_PENNY = Long.MIN_VALUE + 1;
    /** A trillion pounds or more. */
    public static final long TOO_LARGE = Long.MIN_VALUE + 2;
    /** The bound, in pence: a trillion pounds. */
    public static final long LIMIT_PENCE = 100_000_000_000_000L;

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d{1,10})?");

    private AmountSyntax() {
    }

    /**
     * @param result a value from {@link #pence}
     * @return true when it is one of the refusals rather than an amount
     */
    public static boolean failed(long result) {
        return result <= TOO_LARGE;
    }

    /**
     * Reads an amount.
     *
     * @param b the bytes
     * @param s the first byte of the cell
     * @param e the end of the cell
     * @param thousands true when the figure is in GBP thousands, false for pounds
     * @return the amount in pence, or {@link #NOT_AN_AMOUNT}, {@link #SUB_PENNY} or {@link #TOO_LARGE}
     */
    public static long pence(byte[] b, int s, int e, boolean thousands) {
        while (s < e && (b[s] == ' ' || b[s] == '\t')) {
            s++;
        }
        while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
            e--;
        }
        boolean neg = false;
        if (s < e && b[s] == '(') {
            if (b[e - 1] != ')') {
                return NOT_AN_AMOUNT;
            }
            neg = true;
            s++;
            e--;
        } else if (s < e && b[s] == '-') {
            neg = true;
            s++;
        }
        if (s + 1 < e && b[s] == (byte) 0xC2 && b[s + 1] == (byte) 0xA3) {
            s += 2;
        }
        int maxFrac = thousands ? 5 : 2;
        long v = 0;
        int whole = 0;
        int frac = -1;
        int group = -1;
        boolean large = false;
        boolean subPenny = false;
        for (int k = s; k < e; k++) {
            byte c = b[k];
            if (c >= '0' && c <= '9') {
                if (frac >= 0) {
                    if (++frac > maxFrac) {
                        subPenny |= c != '0';
                        continue;
                    }
                } else {
                    whole++;
                    if (group >= 0 && ++group > 3) {
                        return NOT_AN_AMOUNT;
                    }
                }
                if (!large) {
                    v = v * 10 + (c - '0');
                    large = v >= LIMIT_PENCE;
                }
            } else if (c == '.' && frac < 0 && whole > 0 && (group < 0 || group == 3)) {
                frac = 0;
            } else if (c == ',' && frac < 0 && whole > 0 && (group < 0 ? whole <= 3 : group == 3)) {
                group = 0;
            } else {
                return NOT_AN_AMOUNT;
            }
        }
        if (whole == 0 || frac == 0 || (group >= 0 && frac < 0 && group != 3)) {
            return NOT_AN_AMOUNT;
        }
        for (int f = Math.max(frac, 0); f < maxFrac && !large; f++) {
            v *= 10;
            large = v >= LIMIT_PENCE;
        }
        if (large) {
            return TOO_LARGE;
        }
        if (subPenny) {
            return SUB_PENNY;
        }
        return neg ? -v : v;
    }

    /**
     * The rule broken, for a refusal from {@link #pence}.
     *
     * @param result the refusal
     * @param thousands whether the figure was in £000
     * @return the rule, to follow "amount is 'text': "
     */
    public static String rule(long result, boolean thousands) {
        if (result == TOO_LARGE) {
            return "a trillion pounds or more, beyond what the library reads (less than £1,000,000,000,000); check the"
                    + " column and its unit";
        }
        if (result == SUB_PENNY) {
            return thousands ? "has more than five decimals of £000 (less than a penny)"
                    : "has more than two decimals (less than a penny)";
        }
        return "not an amount; write it as 1234.56, 1,234.56, -975 or (975)";
    }

    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("-?[0-9]{1,15}");

    /**
     * A whole number as written in a file: plain ASCII digits, an optional leading minus, at most 15 digits. (Java's
     * own {@code Long.valueOf} also takes full-width and Arabic-Indic digits, and a leading plus: one grammar here.)
     *
     * @param text the text, trimmed
     * @param field the field's name, for the message
     * @return the number
     * @throws IllegalArgumentException naming the field, the value and the form
     */
    public static long whole(String text, String field) {
        if (!WHOLE.matcher(text).matches()) {
            throw new IllegalArgumentException(field + " is '" + shorten(text) + "': write a whole number such as 12"
                    + " (digits 0-9 only, at most 15)");
        }
        return Long.parseLong(text);
    }

    /**
     * A plain decimal number read from a file (not money): digits with an optional minus and decimals, at most
     * 15 digits before the point and 10 after; no exponent, so that no figure in a file can make the arithmetic
     * run for minutes or fail.
     *
     * @param text the text, stripped
     * @param field the field's name, for the message
     * @return the number
     * @throws IllegalArgumentException naming the field, the value and the form
     */
    public static BigDecimal decimal(String text, String field) {
        if (text.length() > 40 || !PLAIN_DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException(field + " is '" + shorten(text) + "': write a plain number such as"
                    + " 12.5 (at most 15 digits before the point and 10 after, no exponent)");
        }
        return new BigDecimal(text);
    }

    /** @return the text, cut to 60 characters for a message */
    public static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
