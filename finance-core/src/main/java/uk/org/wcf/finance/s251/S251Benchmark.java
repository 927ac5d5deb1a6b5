package uk.org.wcf.finance.s251;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.joda.money.BigMoney;
import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.RoundingPolicy;

/**
 * A council's figure among every council's: rank (1 = highest), how many councils have a figure, the median and
 * the quartiles by Excel's QUARTILE.INC method (for n sorted figures, quartile k is at position (n - 1) k / 4,
 * interpolated linearly between neighbours). Councils without a figure (not applicable) are left out, never
 * counted as zero. Quartiles are computed exactly and then rounded to the penny by the given rounding policy.
 */
public final class S251Benchmark {

    private S251Benchmark() {
    }

    /**
     * A council's figure for a line and measure, in pence (so that ranking compares whole numbers).
     *
     * @param la the council's code
     * @param name its name
     * @param pence its figure in pence
     */
    public record CouncilFigure(String la, String name, long pence) {
        /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
        @Override
        public String toString() {
            return uk.org.wcf.finance.money.Readable.of(this);
        }


        /**
         * @param la not null
         * @param name not null
         * @param pence any
         */
        public CouncilFigure {
            Objects.requireNonNull(la, "la");
            Objects.requireNonNull(name, "name");
        }

        /**
         * @param la the council's code
         * @param name its name
         * @param value its figure in GBP
         * @return the figure
         */
        public static CouncilFigure of(String la, String name, Money value) {
            Gbp.requireGbp(value, "value");
            return new CouncilFigure(la, name, value.getAmountMinorLong());
        }

        /** @return the figure in GBP */
        public Money value() {
            return Money.ofMinor(Gbp.GBP, pence);
        }
    }

    /**
     * Every council's figure for a line and measure, in the return's order; councils with none are left out.
     *
     * @param returns every council's return
     * @param line the line
     * @param measure the measure
     * @return the figures
     */
    public static List<CouncilFigure> figures(S251Return returns, S251Line line, Measure measure) {
        List<CouncilFigure> out = new ArrayList<>();
        for (CouncilReturn c : returns.councils()) {
            Figures f = c.lines().get(line.number());
            if (f != null && f.isApplicable(measure)) {
                out.add(new CouncilFigure(c.la(), c.name(), f.pence(measure).getAsLong()));
            }
        }
        return out;
    }

    /**
     * Each figure per head: the figure divided by the council's population aged 0 to 17, to the penny, rounded by
     * the policy's rounding mode. Councils without a population are left out.
     *
     * @param figures the councils' figures
     * @param population each council's population aged 0 to 17, by code; each more than 0
     * @param policy the rounding policy
     * @return the figures per head, in the same order
     */
    public static List<CouncilFigure> perHead(List<CouncilFigure> figures, Map<String, Long> population,
            RoundingPolicy policy) {
        List<CouncilFigure> out = new ArrayList<>();
        for (CouncilFigure f : figures) {
            Long p = population.get(f.la());
            if (p == null) {
                continue;
            }
            if (p <= 0) {
                throw new FinanceRuleException("population of " + f.la(), p, "a population is more than 0");
            }
            BigDecimal each = f.value().getAmount().divide(BigDecimal.valueOf(p), 2, policy.mode());
            out.add(CouncilFigure.of(f.la(), f.name(), Money.of(Gbp.GBP, each)));
        }
        return out;
    }

    /**
     * Ranks a council among the given figures.
     *
     * @param scope what the figures are, such as {@code all councils}
     * @param council the council (its figure, if any, is looked up among the figures)
     * @param line the line
     * @param measure the measure
     * @param perHead whether the figures are per head
     * @param figures the figures of the councils compared
     * @param policy the rounding policy for the median and quartiles (to the penny: {@link RoundingPolicy#PENCE})
     * @return the council's rank, the number of councils and the quartiles
     */
    public static BenchmarkResult rank(String scope, CouncilReturn council, S251Line line, Measure measure,
            boolean perHead, Collection<CouncilFigure> figures, RoundingPolicy policy) {
        // pence as longs: sorting and counting are exact and cheap, so ranking every council stays fast
        long[] sorted = new long[figures.size()];
        Optional<Money> value = Optional.empty();
        int n = 0;
        for (CouncilFigure f : figures) {
            sorted[n++] = f.pence();
            if (value.isEmpty() && f.la().equals(council.la())) {
                value = Optional.of(f.value());
            }
        }
        Arrays.sort(sorted);
        OptionalInt rank = OptionalInt.empty();
        if (value.isPresent()) {
            long v = value.get().getAmountMinorLong(); // once per call
            int above = 0;
            for (int i = sorted.length - 1; i >= 0 && sorted[i] > v; i--) {
                above++;
            }
            rank = OptionalInt.of(1 + above);
        }
        return new BenchmarkResult(scope, council.la(), council.name(), line, measure, perHead, value, rank,
                sorted.length, quartile(sorted, 2, policy), quartile(sorted, 1, policy), quartile(sorted, 3, policy));
    }

    /**
     * Only the figures of a group's councils.
     *
     * @param figures every council's figures
     * @param group the codes of the group's councils
     * @return the group's figures, in the same order
     */
    public static List<CouncilFigure> of(List<CouncilFigure> figures, Set<String> group) {
        return figures.stream().filter(f -> group.contains(f.la())).toList();
    }

    /**
     * Excel's QUARTILE.INC, exactly.
     *
     * @param ascending the figures, sorted from lowest to highest
     * @param quarter 0 (minimum) to 4 (maximum); 2 is the median
     * @return the quartile, exact, or empty when there are no figures
     */
    public static Optional<BigDecimal> quartileExact(List<BigDecimal> ascending, int quarter) {
        if (quarter < 0 || quarter > 4) {
            throw new FinanceRuleException("quartile", quarter, "a quartile is 0 to 4");
        }
        int n = ascending.size();
        if (n == 0) {
            return Optional.empty();
        }
        int at4 = (n - 1) * quarter; // the position times 4
        int low = at4 / 4;
        int frac = at4 % 4;
        BigDecimal x = ascending.get(low);
        if (frac == 0) {
            return Optional.of(x);
        }
        BigDecimal step = ascending.get(low + 1).subtract(x).multiply(BigDecimal.valueOf(frac))
                .divide(BigDecimal.valueOf(4)); // exact: a quarter always terminates
        return Optional.of(x.add(step));
    }

    /** QUARTILE.INC over pence, exactly: four times the quartile is a whole number of pence. */
    private static Optional<Money> quartile(long[] ascending, int quarter, RoundingPolicy policy) {
        int n = ascending.length;
        if (n == 0) {
            return Optional.empty();
        }
        int at4 = (n - 1) * quarter;
        int low = at4 / 4;
        int frac = at4 % 4;
        long x = ascending[low];
        long fourTimes = frac == 0 ? Math.multiplyExact(x, 4)
                : Math.addExact(Math.multiplyExact(x, 4), Math.multiplyExact(ascending[low + 1] - x, frac));
        BigDecimal pounds = BigDecimal.valueOf(fourTimes).divide(BigDecimal.valueOf(400)); // exact: 4 decimals at most
        return Optional.of(policy.round(BigMoney.of(Gbp.GBP, pounds)));
    }
}
