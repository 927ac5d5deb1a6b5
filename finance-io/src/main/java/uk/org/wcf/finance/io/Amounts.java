package uk.org.wcf.finance.io;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;

/**
 * Reads amounts as finance staff and ledgers write them: {@code 1234.56}, {@code 1,234.56}, {@code £1,234},
 * {@code -975} or {@code (975)} for a negative. Anything else, more than two decimals of a pound, or a figure
 * above a trillion pounds is refused with a message that says why.
 */
public final class Amounts {

    /** The unit a file gives amounts in. */
    public enum Unit {
        /** Pounds and pence. */
        POUNDS,
        /** GBP thousands (£000), as the published tables give them. */
        THOUSANDS;

        /**
         * @param text {@code thousands} or {@code pounds}, in any case
         * @return the unit
         * @throws IllegalArgumentException naming the two units otherwise
         */
        public static Unit parse(String text) {
            return switch (text.toLowerCase(java.util.Locale.ROOT)) {
                case "thousands" -> THOUSANDS;
                case "pounds" -> POUNDS;
                default -> throw new IllegalArgumentException("unit is '" + text + "': it is thousands or pounds");
            };
        }
    }

    private static final Pattern FORM = Pattern.compile(
            "(-)?\\(?\\s*(-)?£?\\s*((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*\\)?");
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    private Amounts() {
    }

    /**
     * Parses an amount.
     *
     * @param text the cell
     * @param unit the unit of the file
     * @return the amount in pounds
     * @throws FinanceRuleException when the text is not an amount
     */
    public static Money parse(String text, Unit unit) {
        String t = text.strip();
        Matcher m = FORM.matcher(t);
        boolean brackets = t.startsWith("(") && t.endsWith(")");
        if (!m.matches() || (t.startsWith("(") != t.endsWith(")")) || (m.group(1) != null && m.group(2) != null)
                || (brackets && (m.group(1) != null || m.group(2) != null))) {
            throw new FinanceRuleException("amount", "'" + text + "'",
                    "not an amount; write it as 1234.56, 1,234.56, -975 or (975)");
        }
        BigDecimal v = new BigDecimal(m.group(3).replace(",", ""));
        if (brackets || m.group(1) != null || m.group(2) != null) {
            v = v.negate();
        }
        BigDecimal pounds = unit == Unit.THOUSANDS ? v.movePointRight(3) : v;
        if (pounds.abs().compareTo(LIMIT) >= 0) {
            throw new FinanceRuleException("amount", "'" + text + "'",
                    "is a trillion pounds or more; check the unit of the file");
        }
        if (pounds.stripTrailingZeros().scale() > 2) {
            throw new FinanceRuleException("amount", "'" + text + "'", unit == Unit.THOUSANDS
                    ? "has more than five decimals of £000 (less than a penny)"
                    : "has more than two decimals (less than a penny)");
        }
        return Gbp.pounds(pounds);
    }
}
