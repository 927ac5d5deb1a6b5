package uk.org.wcf.finance.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Stream;

import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Factories and checks for sterling amounts. Every amount in the library is a Joda-Money {@link Money} in GBP
 * at the currency's scale (pence); intermediate results that need more decimals are {@link BigMoney}.
 * Nothing here rounds: a value that does not fit in pence is refused, not rounded.
 */
public final class Gbp {

    /** The only currency the library accepts. */
    public static final CurrencyUnit GBP = CurrencyUnit.GBP;

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private static final Money ZERO = Money.zero(GBP);

    private Gbp() {
    }

    /** @return £0.00 */
    public static Money zero() {
        return ZERO;
    }

    /**
     * An amount in pounds, exactly.
     *
     * @param pounds the amount in pounds, at most two decimal places
     * @return the amount
     * @throws FinanceRuleException if the amount has more than two decimal places
     */
    public static Money pounds(BigDecimal pounds) {
        Objects.requireNonNull(pounds, "pounds");
        if (pounds.stripTrailingZeros().scale() > 2) {
            throw new FinanceRuleException("amount", pounds.toPlainString(),
                    "an amount in pounds may have at most two decimal places (pence)");
        }
        return Money.of(GBP, pounds.setScale(2, RoundingMode.UNNECESSARY));
    }

    /**
     * An amount in pounds, exactly, from text such as {@code "1234.56"} or {@code "-7"}.
     *
     * @param pounds the amount in pounds
     * @return the amount
     */
    public static Money pounds(String pounds) {
        return pounds(new BigDecimal(pounds));
    }

    /**
     * A whole number of pounds.
     *
     * @param pounds the amount in pounds
     * @return the amount
     */
    public static Money pounds(long pounds) {
        return Money.of(GBP, BigDecimal.valueOf(pounds));
    }

    /**
     * An amount given in GBP thousands (£000), as the published tables give it.
     *
     * @param thousands the amount in thousands, at most five decimal places (pence)
     * @return the amount in pounds
     */
    public static Money thousands(BigDecimal thousands) {
        return pounds(thousands.multiply(THOUSAND));
    }

    /**
     * A whole number of GBP thousands (£000).
     *
     * @param thousands the amount in thousands
     * @return the amount in pounds
     */
    public static Money thousands(long thousands) {
        return Money.of(GBP, BigDecimal.valueOf(thousands).multiply(THOUSAND));
    }

    /**
     * The exact sum of amounts; zero for none.
     *
     * @param amounts the amounts, all in GBP
     * @return their sum
     */
    public static Money sum(Collection<Money> amounts) {
        return sum(amounts.stream());
    }

    /**
     * The exact sum of amounts; zero for none.
     *
     * @param amounts the amounts, all in GBP
     * @return their sum
     */
    public static Money sum(Stream<Money> amounts) {
        return amounts.reduce(ZERO, Money::plus);
    }

    /**
     * Checks that an amount is in GBP.
     *
     * @param amount the amount
     * @param field what the amount is, for the message
     * @return the amount
     * @throws FinanceRuleException if the amount is in another currency
     */
    public static Money requireGbp(Money amount, String field) {
        Objects.requireNonNull(amount, field);
        if (!GBP.equals(amount.getCurrencyUnit())) {
            throw new FinanceRuleException(field, amount,
                    "the library works in GBP only; convert the amount before it is loaded");
        }
        return amount;
    }

    /**
     * Checks that an amount is in GBP and not negative.
     *
     * @param amount the amount
     * @param field what the amount is, for the message
     * @param rule why it may not be negative, such as {@code "a budget line may not be negative"}
     * @return the amount
     */
    public static Money requireNonNegative(Money amount, String field, String rule) {
        requireGbp(amount, field);
        if (amount.isNegative()) {
            throw new FinanceRuleException(field, amount, rule);
        }
        return amount;
    }

    /**
     * The amount in GBP thousands, exactly (for explanations, never for display).
     *
     * @param amount the amount
     * @return the amount divided by 1,000, without rounding
     */
    public static BigDecimal inThousands(Money amount) {
        return amount.getAmount().movePointLeft(3).stripTrailingZeros();
    }

    /**
     * A short readable form of an amount, for people: pounds and pence with separators, brackets for a negative
     * ({@code £5,982,377.21}, {@code (£633,000.00)}). Not for files: CSV forms and exact values are separate.
     *
     * @param amount an amount
     * @return the readable form
     */
    public static String readable(Money amount) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("£#,##0.00;(£#,##0.00)",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.UK));
        return f.format(amount.getAmount());
    }
}
