package uk.org.wcf.finance.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;

import uk.org.wcf.finance.dsg.DsgMonteCarlo;
import uk.org.wcf.finance.dsg.DsgProjection;
import uk.org.wcf.finance.dsg.Provision;
import uk.org.wcf.finance.money.RoundingPolicy;

/**
 * Charts of a DSG management plan (JFreeChart, through {@link Charts}): the DSG reserve at each year end by scenario
 * (a deficit is negative), with the Monte Carlo P10 and P90 paths when given; and the numbers of places by provision
 * type, stacked. Money is plotted at whole £000 rounded by the {@link RoundingPolicy}; numbers rounded half-up to
 * whole places. Write them with {@link Charts#save} or {@link Charts#bytes}.
 */
public final class DsgPlanCharts {

    private static final RoundingPolicy K = RoundingPolicy.THOUSANDS;

    private DsgPlanCharts() {
    }

    /**
     * The DSG reserve at each year end under each scenario (lines; a deficit is negative), and optionally the
     * Monte Carlo P10 and P90 of the plan as given.
     *
     * @param scenarios the scenarios, over the same years
     * @param monteCarlo the simulation, or null
     * @return the chart
     */
    public static JFreeChart cumulativeByScenario(List<DsgProjection> scenarios, DsgMonteCarlo.Result monteCarlo) {
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("no scenarios to chart");
        }
        DsgProjection first = scenarios.get(0);
        List<String> x = first.years().stream().map(y -> y.year().toString()).toList();
        Map<String, List<Long>> series = new LinkedHashMap<>();
        for (DsgProjection s : scenarios) {
            if (s.years().size() != x.size()) {
                throw new IllegalArgumentException("scenario '" + s.name() + "' covers other years than '" + first.name() + "'");
            }
            series.put(s.name(), s.years().stream().map(y -> K.units(y.closing())).toList());
        }
        if (monteCarlo != null) {
            series.put("Monte Carlo P10", monteCarlo.p10().stream().map(K::units).toList());
            series.put("Monte Carlo P90", monteCarlo.p90().stream().map(K::units).toList());
        }
        return Charts.lines("Cumulative DSG position by scenario (deficit negative)", "£000 at 31 March", x, series);
    }

    /**
     * Numbers of places by provision type and year, after mitigations, stacked.
     *
     * @param projection a plan's path
     * @return the chart
     */
    public static JFreeChart numbersByType(DsgProjection projection) {
        List<String> x = projection.years().stream().map(y -> y.year().toString()).toList();
        List<Provision> types = projection.plan().provisions();
        Map<String, List<Long>> series = new LinkedHashMap<>();
        for (int i = 0; i < types.size(); i++) {
            int k = i;
            List<Long> v = new ArrayList<>();
            for (DsgProjection.YearResult y : projection.years()) {
                v.add(K.round(y.types().get(k).numbers(), 0).longValueExact());
            }
            series.put(types.get(i).label(), v);
        }
        return Charts.stackedBars("High needs places by provision type, " + projection.name(), "places", x, series);
    }
}
