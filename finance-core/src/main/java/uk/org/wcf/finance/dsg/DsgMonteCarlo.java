package uk.org.wcf.finance.dsg;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.joda.money.Money;

import uk.org.wcf.finance.dsg.internal.GrowthStatistics;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * Monte Carlo on a plan's growth rates: in each run, each provision type's growth into each year after the first
 * is drawn from a normal distribution around its rate with its uncertainty as standard deviation (Commons Math,
 * a seeded Well19937c generator, so a seed gives the same paths every time). Draws are kept to
 * {@value #DRAW_SCALE} decimals of a fraction, rounded half-even, and numbers of places are never floored, so
 * rounding adds no bias. The result is the P10, P50 and P90 DSG reserve at each year end (nearest rank on the
 * exact balances, so each percentile is a balance one run produced).
 */
public final class DsgMonteCarlo {

    /** Decimal places a drawn growth rate (as a fraction) is kept to. */
    public static final int DRAW_SCALE = 8;

    /**
     * The percentile paths.
     *
     * @param plan the plan's name
     * @param runs the number of runs
     * @param seed the seed
     * @param years the plan's years
     * @param p10 the 10th percentile balance at each year end (the worse deficits are lower)
     * @param p50 the median
     * @param p90 the 90th percentile
     * @param illustrative whether any of the plan's assumptions is illustrative
     */
    public record Result(String plan, int runs, long seed, List<FiscalYear> years, List<Money> p10, List<Money> p50,
            List<Money> p90, boolean illustrative) {
        /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
        @Override
        public String toString() {
            return uk.org.wcf.finance.money.Readable.of(this);
        }


        /**
         * Copies the lists.
         *
         * @param plan not null
         * @param runs the runs
         * @param seed the seed
         * @param years the years
         * @param p10 one balance per year
         * @param p50 one balance per year
         * @param p90 one balance per year
         * @param illustrative whether the plan has illustrative assumptions
         */
        public Result {
            years = List.copyOf(years);
            p10 = List.copyOf(p10);
            p50 = List.copyOf(p50);
            p90 = List.copyOf(p90);
        }

        /** @return the paths as a table: rows P10, P50, P90; a column per year */
        public FigureTable table() {
            FigureTable.Builder b = FigureTable.builder("dsg-plan-monte-carlo", "DSG reserve at 31 March, Monte Carlo on "
                    + "growth rates (" + runs + " runs, seed " + seed + "), " + plan + (illustrative ? " [contains ILLUSTRATIVE assumptions]" : ""));
            years.forEach(y -> b.column("y" + y.startYear(), y.toString()));
            b.row("p10", "", "P10 (deficit negative)", p10.toArray(Money[]::new));
            b.row("p50", "", "P50", p50.toArray(Money[]::new));
            b.row("p90", "", "P90", p90.toArray(Money[]::new));
            return b.build();
        }
    }

    private DsgMonteCarlo() {
    }

    /**
     * Runs the simulation.
     *
     * @param plan the plan
     * @param runs the number of runs, 1 to 100,000
     * @param seed the seed
     * @return the percentile paths
     */
    public static Result run(DsgPlan plan, int runs, long seed) {
        Objects.requireNonNull(plan, "plan");
        if (runs < 1 || runs > 100_000) {
            throw new FinanceRuleException("runs", runs, "a simulation has 1 to 100,000 runs");
        }
        GrowthStatistics.NormalDraws normal = GrowthStatistics.NormalDraws.of(seed);
        List<FiscalYear> years = plan.planYears();
        List<List<Money>> byYear = new ArrayList<>();
        years.forEach(y -> byYear.add(new ArrayList<>()));
        for (int r = 0; r < runs; r++) {
            Map<String, Rate> draws = new HashMap<>();
            for (Provision p : plan.provisions()) {
                for (FiscalYear y : years.subList(1, years.size())) {
                    draws.put(p.code() + "@" + y, draw(p, normal));
                }
            }
            DsgProjection path = plan.project((p, y) -> draws.get(p.code() + "@" + y));
            for (int i = 0; i < years.size(); i++) {
                byYear.get(i).add(path.years().get(i).closing());
            }
        }
        List<Money> p10 = new ArrayList<>();
        List<Money> p50 = new ArrayList<>();
        List<Money> p90 = new ArrayList<>();
        for (List<Money> values : byYear) {
            List<Money> sorted = values.stream().sorted().toList();
            p10.add(nearestRank(sorted, 10));
            p50.add(nearestRank(sorted, 50));
            p90.add(nearestRank(sorted, 90));
        }
        return new Result(plan.name(), runs, seed, years, p10, p50, p90, plan.hasIllustrative());
    }

    private static Rate draw(Provision p, GrowthStatistics.NormalDraws draws) {
        if (p.growth().uncertainty().isZero()) {
            return p.growth().rate();
        }
        BigDecimal v = draws.draw(p.growth().rate().fraction(), p.growth().uncertainty().fraction(), DRAW_SCALE);
        // a fall of 100% or more would leave fewer than no children: hold the draw just above it
        return Rate.of(v.max(new BigDecimal("-0.99")));
    }

    /**
     * The nearest-rank percentile: the value at rank ceil(p / 100 x n), 1-based.
     *
     * @param sorted the values in ascending order
     * @param percent the percentile, 1 to 99
     * @return the value
     */
    static Money nearestRank(List<Money> sorted, int percent) {
        int n = sorted.size();
        int rank = (int) ((percent * (long) n + 99) / 100);
        return sorted.get(Math.max(1, Math.min(n, rank)) - 1);
    }
}
