package uk.org.wcf.finance.io.internal.xlsx;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * The arithmetic of Apache POI's formula evaluator (5.x), which the XLSX writer uses for the cached results of its
 * formulas, so that a file it writes holds the results POI computes (and {@code XlsxCachedResultsTest} checks
 * bit for bit).
 *
 * <ul>
 * <li>{@code +} and {@code -} are double arithmetic, left to right; a sum ({@code +}) or a negation that is zero is
 * +0.0 (never -0.0); a difference is as Java computes it.</li>
 * <li>{@code /} and {@code *} work on each operand as Excel shows it, 15 significant digits ({@link #fifteenDigits}),
 * in decimal: the quotient to 34 digits ({@link MathContext#DECIMAL128}), the product exactly, then the nearest
 * double.</li>
 * <li>A result that is not finite is an error (#NUM! in the sheet), here {@link Double#NaN}, which every operation
 * passes on.</li>
 * </ul>
 */
public final class SheetArithmetic {

    private static final long FRACTION_BITS = 0x000F_FFFF_FFFF_FFFFL;

    private SheetArithmetic() {
    }

    /**
     * @param a the left operand
     * @param b the right operand
     * @return {@code a+b} as the evaluator gives it
     */
    public static double add(double a, double b) {
        return result(a + b, true);
    }

    /**
     * @param a the left operand
     * @param b the right operand
     * @return {@code a-b} as the evaluator gives it
     */
    public static double subtract(double a, double b) {
        return result(a - b, false);
    }

    /**
     * @param a the operand
     * @return {@code -a} as the evaluator gives it
     */
    public static double negate(double a) {
        return a == 0 ? 0.0 : -a;
    }

    /**
     * @param a the dividend
     * @param b the divisor, not zero (the caller's formula tests it)
     * @return {@code a/b} as the evaluator gives it
     */
    public static double divide(double a, double b) {
        if (b == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.NaN;
        }
        return result(fifteenDigits(a).divide(fifteenDigits(b), MathContext.DECIMAL128).doubleValue(), true);
    }

    /**
     * @param a the left operand
     * @param b the right operand
     * @return {@code a*b} as the evaluator gives it
     */
    public static double multiply(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.NaN;
        }
        return result(fifteenDigits(a).multiply(fifteenDigits(b)).doubleValue(), true);
    }

    private static double result(double r, boolean zeroIsPositive) {
        if (!Double.isFinite(r)) {
            return Double.NaN;
        }
        return r == 0 && zeroIsPositive ? 0.0 : r;
    }

    /**
     * A double as Excel shows it in a cell without a format, to 15 significant digits, rounded the way POI's
     * {@code NumberToTextConverter} rounds: the exact value, scaled by a power of ten to a whole part of 15 digits,
     * is first rounded (half up) to 64 significant bits, then half up to a whole number. The two steps differ from
     * one rounding only for a value within 2<sup>-14</sup> of a unit below a tie, which the first step lifts to the
     * tie. A value too small for a normal double is 0.
     *
     * <p>At 10<sup>15</sup> and above, POI divides by an approximation of the power of ten; this rounds the exact
     * value instead, which can differ in the 15th digit only within that margin of a tie (a figure in £000 is
     * nowhere near: 10<sup>15</sup> £000 is a million times the UK's public spending).
     *
     * @param x a finite double
     * @return its value to 15 significant digits
     */
    public static BigDecimal fifteenDigits(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("not a finite number: " + x);
        }
        if (x < 0) {
            return fifteenDigits(-x).negate();
        }
        if (x < Double.MIN_NORMAL) {
            return BigDecimal.ZERO;
        }
        BigDecimal exact = new BigDecimal(x);
        int exponent10 = exact.precision() - exact.scale() - 1; // 10^exponent10 <= x < 10^(exponent10+1)
        int shift = 14 - exponent10; // x * 10^shift has a whole part of 15 digits
        if (shift < 0) {
            return exact.movePointLeft(-shift).setScale(0, java.math.RoundingMode.HALF_UP).movePointRight(-shift);
        }
        long bits = Double.doubleToRawLongBits(x);
        // x = significand * 2^exponent2 exactly (a normal double: the implicit leading bit set)
        BigInteger significand = BigInteger.valueOf((bits & FRACTION_BITS) | (FRACTION_BITS + 1));
        int exponent2 = (int) (bits >>> 52) - 1075;
        // x * 10^shift = significand * 5^shift * 2^(exponent2 + shift), exactly
        BigInteger n = significand.multiply(BigInteger.valueOf(5).pow(shift));
        int e = exponent2 + shift;
        int excess = n.bitLength() - 64;
        if (excess > 0) {
            n = n.add(BigInteger.ONE.shiftLeft(excess - 1)).shiftRight(excess);
            e += excess;
        }
        BigInteger whole = e >= 0 ? n.shiftLeft(e) : n.add(BigInteger.ONE.shiftLeft(-e - 1)).shiftRight(-e);
        return new BigDecimal(whole).movePointLeft(shift);
    }
}
