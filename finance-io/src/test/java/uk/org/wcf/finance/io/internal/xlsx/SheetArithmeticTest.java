package uk.org.wcf.finance.io.internal.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;

import org.apache.poi.ss.util.NumberToTextConverter;
import org.junit.jupiter.api.Test;

/** Division and multiplication in a sheet work on each number as Excel shows it, 15 significant digits, as POI rounds them. */
class SheetArithmeticTest {

    private static void assertFifteenDigitsAsPoi(double x) {
        BigDecimal poi = new BigDecimal(NumberToTextConverter.toText(x));
        assertThat(SheetArithmetic.fifteenDigits(x)).as("%s (%s)", x, Long.toHexString(Double.doubleToRawLongBits(x)))
                .isEqualByComparingTo(poi);
    }

    @Test
    void anyNumberBelowTenToTheFifteenIsRoundedAsPoiShowsIt() {
        // a double of any digits, at any scale a figure, a quotient or a percentage takes
        qt().withExamples(20_000).forAll(longs().between(1, (1L << 53) - 1), integers().between(-40, 15), integers().between(0, 1))
                .checkAssert((significand, exponent10, negative) -> {
                    double x = significand / (double) (1L << 53) * Math.pow(10, exponent10) * (negative == 1 ? -1 : 1);
                    if (Math.abs(x) < 1e15) {
                        assertFifteenDigitsAsPoi(x);
                    }
                });
        qt().withExamples(5_000).forAll(doubles().between(-1e15, 1e15)).checkAssert(SheetArithmeticTest::assertFifteenDigitsAsPoi);
    }

    @Test
    void numbersAtATieAndJustBelowOneAreRoundedAsPoiShowsThem() {
        for (double x : new double[] {0, 1, 100, 0.1, 0.3, 0.1 + 0.2, 1e14, 1e14 - 0.05, 1e14 - 0.5, 1e15 - 0.5, 1e15 - 1, 999999.9999999999,
                123499.9999999999, 1.234999999999999e-8, 9.999999999999999e-9, 100000000000000.5, 2.5e-5, 1.0000000000000005,
                1.2345678901234567E14, 0.1234567890123455, Double.MIN_NORMAL, Double.MIN_VALUE}) {
            assertFifteenDigitsAsPoi(x);
            assertFifteenDigitsAsPoi(-x);
            assertFifteenDigitsAsPoi(Math.nextUp(x));
            assertFifteenDigitsAsPoi(Math.nextDown(Math.abs(x) + Double.MIN_NORMAL));
        }
    }

    @Test
    void aSumOrANegationThatIsZeroIsPositiveZeroADifferenceIsAsComputed() {
        assertThat(Double.doubleToRawLongBits(SheetArithmetic.add(-0.0, -0.0))).isZero();
        assertThat(Double.doubleToRawLongBits(SheetArithmetic.negate(0.0))).isZero();
        assertThat(Double.doubleToRawLongBits(SheetArithmetic.subtract(-0.0, 0.0))).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(SheetArithmetic.add(0.1, 0.2)).isEqualTo(0.30000000000000004);
        // 975 / 43,442 x 100 as Excel shows the quotient: 0.0224437180608628 x 100
        assertThat(SheetArithmetic.multiply(SheetArithmetic.divide(975, 43_442), 100)).isEqualTo(2.24437180608628);
        assertThat(SheetArithmetic.add(Double.MAX_VALUE, Double.MAX_VALUE)).isNaN();
    }
}
