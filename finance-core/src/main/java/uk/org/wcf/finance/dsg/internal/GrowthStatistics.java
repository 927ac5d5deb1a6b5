package uk.org.wcf.finance.dsg.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The floating-point statistics behind the DSG plan's growth rates (Commons Math), kept here so that doubles never
 * reach the model: every result leaves as a {@link BigDecimal} rounded half-even (no bias) to a stated scale.
 */
public final class GrowthStatistics {

    private GrowthStatistics() {
    }

    /**
     * A compound trend fitted to counts.
     *
     * @param rate the yearly growth as a fraction
     * @param standardDeviation the standard error of the growth rate, as a fraction
     * @param rSquared R² of the least-squares line through the logarithm of the counts
     */
    public record Trend(BigDecimal rate, BigDecimal standardDeviation, BigDecimal rSquared) {
    }

    /**
     * Fits a least-squares line through ln(count) against the year: the rate is exp(slope) - 1 and its standard
     * deviation the slope's standard error carried through the same curve.
     *
     * @param years the years (such as 2019 for 2019/20), at least three
     * @param counts the counts, each more than zero, one per year
     * @param scale decimal places of the rate and its standard deviation
     * @return the trend, R² to four decimals
     */
    public static Trend fitCompoundTrend(List<Integer> years, List<BigDecimal> counts, int scale) {
        SimpleRegression r = new SimpleRegression();
        for (int i = 0; i < years.size(); i++) {
            r.addData(years.get(i), Math.log(counts.get(i).doubleValue()));
        }
        double slope = r.getSlope();
        double se = Double.isNaN(r.getSlopeStdErr()) ? 0 : r.getSlopeStdErr();
        double r2 = Double.isNaN(r.getRSquare()) ? 1 : r.getRSquare();
        return new Trend(exact(Math.expm1(slope), scale), exact(Math.exp(slope) * se, scale), exact(r2, 4));
    }

    private static BigDecimal exact(double v, int scale) {
        return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_EVEN);
    }

    /** Seeded normal draws (a Well19937c generator), one stream for a whole simulation. */
    public static final class NormalDraws {
        private final NormalDistribution standard;

        private NormalDraws(long seed) {
            this.standard = new NormalDistribution(new Well19937c(seed), 0, 1);
        }

        /**
         * @param seed the seed: the same seed gives the same draws
         * @return a stream of draws
         */
        public static NormalDraws of(long seed) {
            return new NormalDraws(seed);
        }

        /**
         * A draw from a normal distribution.
         *
         * @param mean the mean
         * @param standardDeviation the standard deviation
         * @param scale decimal places the draw is rounded to, half-even
         * @return the draw
         */
        public BigDecimal draw(BigDecimal mean, BigDecimal standardDeviation, int scale) {
            return exact(mean.doubleValue() + standardDeviation.doubleValue() * standard.sample(), scale);
        }
    }
}
