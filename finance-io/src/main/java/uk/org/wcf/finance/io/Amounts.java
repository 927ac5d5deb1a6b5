package uk.org.wcf.finance.io;

import java.nio.charset.StandardCharsets;

import org.joda.money.Money;

import uk.org.wcf.finance.io.internal.csv.AmountSyntax;
import uk.org.wcf.finance.io.internal.ledger.LedgerReader;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;

/**
 * Reads amounts as finance staff and ledgers write them: {@code 1234.56}, {@code 1,234.56}, {@code £1,234},
 * {@code -975} or {@code (975)} for a negative. Anything else, more than two decimals of a pound, or a figure
 * of a trillion pounds or more is refused with a message that says why. The grammar is {@link AmountSyntax}'s,
 * the same one the streaming {@link LedgerReader} uses.
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
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        boolean thousands = unit == Unit.THOUSANDS;
        long pence = AmountSyntax.pence(b, 0, b.length, thousands);
        if (AmountSyntax.failed(pence)) {
            throw new FinanceRuleException("amount", "'" + AmountSyntax.shorten(text) + "'", AmountSyntax.rule(pence, thousands));
        }
        return Money.ofMinor(Gbp.GBP, pence);
    }
}
