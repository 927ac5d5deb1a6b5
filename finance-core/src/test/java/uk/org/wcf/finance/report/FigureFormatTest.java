package uk.org.wcf.finance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.bigIntegers;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A printed figure is written exactly as the published tables print it, and exactly as the {@code DecimalFormat}
 * that used to write it did: separators every three digits, the figure's own decimals, negatives in brackets.
 */
class FigureFormatTest {

    /** How {@link FigureFormat#PRINTED} wrote a figure before it wrote the digits itself: the oracle. */
    private static String printedByDecimalFormat(BigDecimal figure) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        f.setMinimumFractionDigits(Math.max(figure.scale(), 0));
        f.setMaximumFractionDigits(Math.max(figure.scale(), 0));
        f.setParseBigDecimal(true);
        String body = f.format(figure.abs());
        return figure.signum() < 0 ? "(" + body + ")" : body;
    }

    /** Unscaled values near zero and the group boundaries, any long, and far beyond a long (up to ~150 digits). */
    private static Gen<BigInteger> unscaled() {
        Gen<BigInteger> small = longs().between(-2_000_000L, 2_000_000L).map(BigInteger::valueOf);
        Gen<BigInteger> anyLong = longs().all().map(BigInteger::valueOf);
        Gen<BigInteger> huge = bigIntegers().ofBytes(64);
        Gen<BigInteger> zero = longs().between(0, 0).map(BigInteger::valueOf);
        return small.mix(anyLong, 40).mix(huge, 25).mix(zero, 10);
    }

    @Test
    void aPrintedFigureIsWhatDecimalFormatWroteForAnyValueAndScale() {
        qt().withExamples(20_000).forAll(unscaled(), integers().between(-6, 8))
                .checkAssert((u, scale) -> {
                    BigDecimal figure = new BigDecimal(u, scale);
                    assertThat(FigureFormat.PRINTED.format(figure)).as("%s (scale %d)", figure, scale)
                            .isEqualTo(printedByDecimalFormat(figure));
                });
    }

    @Test
    void aPrintedWholeFigureIsWhatDecimalFormatWrote() {
        qt().withExamples(20_000).forAll(longs().all())
                .checkAssert(n -> assertThat(FigureFormat.PRINTED.format(n))
                        .isEqualTo(printedByDecimalFormat(BigDecimal.valueOf(n))));
    }

    @Test
    void aFigureBeyondADoublesDigitsIsWrittenInFullAsDecimalFormatWroteIt() {
        for (BigDecimal figure : new BigDecimal[] {new BigDecimal(BigInteger.TEN.pow(400).negate(), 3),
                new BigDecimal(BigInteger.TEN.pow(400), -5), new BigDecimal(BigInteger.ONE, 400)}) {
            assertThat(FigureFormat.PRINTED.format(figure)).isEqualTo(printedByDecimalFormat(figure));
        }
    }

    @Test
    void separatorsFallEveryThreeDigitsAndTheScaleIsKept() {
        assertThat(FigureFormat.PRINTED.format(999)).isEqualTo("999");
        assertThat(FigureFormat.PRINTED.format(1000)).isEqualTo("1,000");
        assertThat(FigureFormat.PRINTED.format(-100_000)).isEqualTo("(100,000)");
        assertThat(FigureFormat.PRINTED.format(Long.MIN_VALUE)).isEqualTo("(9,223,372,036,854,775,808)");
        assertThat(FigureFormat.PRINTED.format(new BigDecimal("-1234.50"))).isEqualTo("(1,234.50)");
        assertThat(FigureFormat.PRINTED.format(new BigDecimal("0.000"))).isEqualTo("0.000");
        assertThat(FigureFormat.PRINTED.format(new BigDecimal("-0.00"))).isEqualTo("0.00");
        assertThat(FigureFormat.PRINTED.format(new BigDecimal("-0.05"))).isEqualTo("(0.05)");
        assertThat(FigureFormat.PRINTED.format(new BigDecimal("1E+3"))).isEqualTo("1,000");
        assertThat(FigureFormat.PRINTED.format(new BigDecimal("0E+3"))).isEqualTo("0");
        assertThat(FigureFormat.PRINTED.format(new BigDecimal("-12.5E+4"))).isEqualTo("(125,000)");
    }
}
