package uk.org.wcf.finance.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.joda.money.BigMoney;
import org.joda.money.BigMoneyProvider;
import org.joda.money.Money;

/**
 * The one place where the library rounds. Reports round each figure to a unit (whole £000 by default) with a
 * named {@link RoundingMode}; totals are computed from exact values and rounded once, so a rounded total may
 * differ from the sum of its rounded parts, and the report says so.
 *
 * <p>Percentages (variance as a percentage of budget) are rounded to {@link #percentScale()} decimal places
 * with the same mode.
 *
 * @param unit the unit figures are rounded to
 * @param mode how halves and other remainders are rounded
 * @param percentScale decimal places of a percentage
 */
public record RoundingPolicy(Unit unit, RoundingMode mode, int percentScale) {

    /** Whole £000, half-up, percentages to one decimal: the published tables' policy and the default. */
    public static final RoundingPolicy THOUSANDS = new RoundingPolicy(Unit.THOUSANDS, RoundingMode.HALF_UP, 1);
    /** Whole pounds, half-up. */
    public static final RoundingPolicy POUNDS = new RoundingPolicy(Unit.POUNDS, RoundingMode.HALF_UP, 1);
    /** Pence, half-up: the policy that turns an exact intermediate result into a {@link Money}. */
    public static final RoundingPolicy PENCE = new RoundingPolicy(Unit.PENCE, RoundingMode.HALF_UP, 1);

    /** The units figures are rounded to. */
    public enum Unit {
        /** Pence (two decimal places of a pound). */
        PENCE(2, "£"),
        /** Whole pounds. */
        POUNDS(0, "£"),
        /** Whole thousands of pounds, as the published tables print them. */
        THOUSANDS(-3, "£000");

        private final int scale;
        private final String label;

        Unit(int scale, String label) {
            this.scale = scale;
            this.label = label;
        }

        /** @return the decimal scale of a pound amount rounded to this unit (2, 0 or -3) */
        public int scale() {
            return scale;
        }

        /** @return the column heading for the unit, such as {@code £000} */
        public String label() {
            return label;
        }
    }

    /**
     * Validates the policy.
     *
     * @param unit the unit
     * @param mode the rounding mode; {@code UNNECESSARY} is refused since a report must always round
     * @param percentScale decimal places of a percentage, 0 to 6
     */
    public RoundingPolicy {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(mode, "mode");
        if (mode == RoundingMode.UNNECESSARY) {
            throw new FinanceRuleException("rounding mode", mode, "a rounding policy must name a mode that rounds");
        }
        if (percentScale < 0 || percentScale > 6) {
            throw new FinanceRuleException("percentage decimal places", percentScale, "must be from 0 to 6");
        }
    }

    /**
     * A policy for a unit and mode, percentages to one decimal.
     *
     * @param unit the unit
     * @param mode the rounding mode
     * @return the policy
     */
    public static RoundingPolicy of(Unit unit, RoundingMode mode) {
        return new RoundingPolicy(unit, mode, 1);
    }

    /** @return the default policy: whole £000, half-up */
    public static RoundingPolicy defaultPolicy() {
        return THOUSANDS;
    }

    /**
     * Rounds an amount to a whole number of units, e.g. £36,752,400 to 36,752 (£000).
     *
     * @param amount the exact amount
     * @return the rounded number of units
     */
    public long units(BigMoneyProvider amount) {
        BigDecimal pounds = amount.toBigMoney().getAmount();
        return pounds.movePointRight(unit.scale).setScale(0, mode).longValueExact();
    }

    /**
     * Rounds an amount to the unit and returns it as money, e.g. £36,752,400 to £36,752,000.
     *
     * @param amount the exact amount (a {@link Money} or a {@link BigMoney})
     * @return the rounded amount
     */
    public Money round(BigMoneyProvider amount) {
        BigMoney big = amount.toBigMoney();
        if (!Gbp.GBP.equals(big.getCurrencyUnit())) {
            throw new FinanceRuleException("amount", big, "the library works in GBP only");
        }
        BigDecimal rounded = big.getAmount().movePointRight(unit.scale).setScale(0, mode).movePointLeft(unit.scale);
        return Money.of(Gbp.GBP, rounded.setScale(2, RoundingMode.UNNECESSARY));
    }

    /**
     * A ratio as a percentage rounded to {@link #percentScale()} places; empty when the denominator is zero
     * (the published reports leave that cell blank).
     *
     * @param numerator the numerator
     * @param denominator the denominator
     * @return the percentage, e.g. 2.2 for 975 / 43,442
     */
    public Optional<BigDecimal> percent(BigMoneyProvider numerator, BigMoneyProvider denominator) {
        BigDecimal den = denominator.toBigMoney().getAmount();
        if (den.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal num = numerator.toBigMoney().getAmount().movePointRight(2);
        return Optional.of(num.divide(den, percentScale, mode));
    }

    /**
     * Rounds an exact rate or ratio, e.g. a profit margin, to a number of decimal places with this policy's mode.
     *
     * @param value the exact value
     * @param scale decimal places
     * @return the rounded value
     */
    public BigDecimal round(BigDecimal value, int scale) {
        return value.setScale(scale, mode);
    }

    @Override
    public String toString() {
        return "rounded " + mode.name().toLowerCase(Locale.ROOT).replace('_', '-') + " to " + unit.label;
    }
}
