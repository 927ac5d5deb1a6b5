package uk.org.wcf.finance.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

import org.joda.money.BigMoney;
import org.joda.money.BigMoneyProvider;

/**
 * An exact rate, such as 2% staffing inflation, the 0.5% schools-block transfer cap or 18.6% employer pension.
 * Stored as a decimal fraction ({@code 0.02} for 2%); never a floating-point number.
 *
 * @param fraction the rate as a fraction, e.g. 0.02
 */
public record Rate(BigDecimal fraction) implements Comparable<Rate> {

    /** 0%. */
    public static final Rate ZERO = new Rate(BigDecimal.ZERO);

    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[-+]?\\d{1,6}(\\.\\d{1,10})?");

    /**
     * Validates the rate.
     *
     * @param fraction the rate as a fraction; from -1 (a 100% cut) to 10 (1,000%); normalised so that equal
     *                 rates are equal records
     */
    public Rate {
        Objects.requireNonNull(fraction, "fraction");
        if (fraction.compareTo(BigDecimal.ONE.negate()) < 0 || fraction.compareTo(BigDecimal.TEN) > 0) {
            throw new FinanceRuleException("rate", fraction.movePointRight(2).toPlainString() + "%",
                    "a rate must be between -100% and 1,000%");
        }
        fraction = fraction.stripTrailingZeros();
        if (fraction.scale() < 0) {
            fraction = fraction.setScale(0);
        }
    }

    /**
     * A rate given in percent.
     *
     * @param percent the rate in percent, e.g. {@code "2"} or {@code "18.6"}
     * @return the rate
     */
    public static Rate percent(String percent) {
        return percent(new BigDecimal(percent));
    }

    /**
     * A rate given in percent.
     *
     * @param percent the rate in percent
     * @return the rate
     */
    public static Rate percent(BigDecimal percent) {
        return new Rate(percent.movePointLeft(2));
    }

    /**
     * A rate given as a fraction.
     *
     * @param fraction the rate as a fraction, e.g. 0.02
     * @return the rate
     */
    public static Rate of(BigDecimal fraction) {
        return new Rate(fraction);
    }

    /**
     * Parses a rate written in percent, {@code "2%"} or {@code "2"}. A bare number is always percent, so
     * {@code "0.02"} is 0.02%, never 2%.
     *
     * @param text the rate, such as {@code "2%"} or {@code "18.6"}
     * @return the rate
     */
    public static Rate parse(String text) {
        String t = text.trim();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).trim();
        }
        // plain digits only, bounded: an exponent (1e999999999) would make the arithmetic fail or run for minutes
        if (t.length() > 20 || !PLAIN.matcher(t).matches()) {
            throw new FinanceRuleException("rate", text.length() > 40 ? text.substring(0, 40) + "..." : text,
                    "a rate is a percentage such as 2% or 18.6 (plain digits, at most 10 decimals, no exponent)");
        }
        return percent(new BigDecimal(t));
    }

    /** @return the rate in percent, e.g. 2 for 2% */
    public BigDecimal percentValue() {
        BigDecimal p = fraction.movePointRight(2).stripTrailingZeros();
        return p.scale() < 0 ? p.setScale(0) : p;
    }

    /**
     * The compounding factor over a number of years, exactly: (1 + r)^years.
     *
     * @param years the number of years, 0 or more
     * @return the factor
     */
    public BigDecimal compoundFactor(int years) {
        if (years < 0) {
            throw new FinanceRuleException("years", years, "compounding runs over zero or more years");
        }
        return BigDecimal.ONE.add(fraction).pow(years, MathContext.UNLIMITED);
    }

    /**
     * The rate applied to an amount, exactly (no rounding): amount x r.
     *
     * @param amount the amount
     * @return the exact product
     */
    public BigMoney of(BigMoneyProvider amount) {
        return amount.toBigMoney().multipliedBy(fraction);
    }

    /**
     * Adds another rate.
     *
     * @param other the other rate
     * @return the sum of the two rates
     */
    public Rate plus(Rate other) {
        return new Rate(fraction.add(other.fraction));
    }

    /** @return true when the rate is 0% */
    public boolean isZero() {
        return fraction.signum() == 0;
    }

    @Override
    public int compareTo(Rate other) {
        return fraction.compareTo(other.fraction);
    }

    /** @return the rate in percent, such as {@code 2%} */
    @Override
    public String toString() {
        return percentValue().toPlainString() + "%";
    }
}
