package uk.org.wcf.finance.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;

import uk.org.wcf.finance.dsg.DsgMonteCarlo;
import uk.org.wcf.finance.dsg.DsgProjection;
import uk.org.wcf.finance.dsg.Provision;
import uk.org.wcf.finance.money.RoundingPolicy;

/**
 * Charts of a DSG management plan (XChart): the DSG reserve at each year end by scenario (a deficit is negative),
 * with the Monte Carlo P10 and P90 paths when given; and the numbers of places by provision type, stacked. Money
 * is plotted at whole £000 rounded by the {@link RoundingPolicy}; numbers rounded half-up to whole places.
 * Write them with {@link Charts#save} or {@link Charts#bytes}.
 */
public final class DsgPlanCharts {

    private static final RoundingPolicy K = RoundingPolicy.THOUSANDS;

    private DsgPlanCharts() {
    }

    private static CategoryChart chart(String title, String yTitle) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        CategoryChart c = new CategoryChartBuilder().width(1000).height(560).title(title).yAxisTitle(yTitle).build();
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideSW);
        c.getStyler().setDecimalPattern("#,##0");
        return c;
    }

    /**
     * The DSG reserve at each year end under each scenario (lines; a deficit is negative), and optionally the
     * Monte Carlo P10 and P90 of the plan as given.
     *
     * @param scenarios the scenarios, over the same years
     * @param monteCarlo the simulation, or null
     * @return the chart
     */
    public static CategoryChart cumulativeByScenario(List<DsgProjection> scenarios, DsgMonteCarlo.Result monteCarlo) {
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("no scenarios to chart");
        }
        DsgProjection first = scenarios.get(0);
        CategoryChart c = chart("Cumulative DSG position by scenario (deficit negative)", "£000 at 31 March");
        c.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        List<String> x = first.years().stream().map(y -> y.year().toString()).toList();
        for (DsgProjection s : scenarios) {
            if (s.years().size() != x.size()) {
                throw new IllegalArgumentException("scenario '" + s.name() + "' covers other years than '" + first.name() + "'");
            }
            c.addSeries(s.name(), x, s.years().stream().map(y -> (double) K.units(y.closing())).toList());
        }
        if (monteCarlo != null) {
            c.addSeries("Monte Carlo P10", x, monteCarlo.p10().stream().map(m -> (double) K.units(m)).toList());
            c.addSeries("Monte Carlo P90", x, monteCarlo.p90().stream().map(m -> (double) K.units(m)).toList());
        }
        return c;
    }

    /**
     * Numbers of places by provision type and year, after mitigations, stacked.
     *
     * @param projection a plan's path
     * @return the chart
     */
    public static CategoryChart numbersByType(DsgProjection projection) {
        CategoryChart c = chart("High needs places by provision type, " + projection.name(), "places");
        c.getStyler().setStacked(true);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        List<String> x = projection.years().stream().map(y -> y.year().toString()).toList();
        List<Provision> types = projection.plan().provisions();
        for (int i = 0; i < types.size(); i++) {
            int k = i;
            List<Double> v = new ArrayList<>();
            for (DsgProjection.YearResult y : projection.years()) {
                v.add(K.round(y.types().get(k).numbers(), 0).doubleValue());
            }
            c.addSeries(types.get(i).label(), x, v);
        }
        return c;
    }
}
