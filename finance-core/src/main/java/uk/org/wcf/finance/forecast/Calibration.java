package uk.org.wcf.finance.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.joda.money.Money;

/**
 * How much to widen (or narrow) each method's P10 to P90 range so that it held the outturn 80% of the time in
 * backtests on the history: the empirical errors of earlier years. For every line's prior year with actuals in
 * at least nine months, each method forecasts that year at P2 to P11 from the years before it, and the error is
 * divided by the method's own half-range (cases whose half-range is under 1% of the outturn, such as a
 * fixed contract's or a quarter spread evenly over its months, are left out: pennies over nothing is no evidence); the scale is the 80th percentile of those ratios (1 when the model's
 * range held 80% exactly). With fewer than {@value #MIN_CASES} cases there is not enough evidence and the scale
 * is 1: the model's range as it is.
 *
 * @param scales the scale by method (run rate, profile, smoothing, trend)
 * @param cases the backtest cases behind each scale
 */
public record Calibration(Map<ForecastMethod, Double> scales, Map<ForecastMethod, Integer> cases) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /** The fewest backtest cases from which a scale is taken. */
    public static final int MIN_CASES = 20;
    /** Backtest cases whose half-range is under this share of the outturn are not used (see the class comment). */
    static final double MIN_HALF_RANGE = 0.01;

    /**
     * Validates and copies the scales.
     *
     * @param scales positive, finite
     * @param cases not negative
     */
    public Calibration {
        scales = Map.copyOf(scales);
        cases = Map.copyOf(cases);
        scales.forEach((m, s) -> {
            if (!(s > 0) || s.isInfinite()) {
                throw new IllegalArgumentException("calibration scale of " + m + " is " + s + ": a scale is positive and finite");
            }
        });
    }

    /** @return no calibration: every method's range as its model gives it */
    public static Calibration none() {
        return new Calibration(Map.of(), Map.of());
    }

    /**
     * Calibrates from the prior years of every line that has them, whether or not it is forecast now.
     *
     * @param lines the lines, with their prior years
     * @return the calibration
     */
    public static Calibration fromHistory(Collection<LineSeries> lines) {
        Map<ForecastMethod, Double> scales = new EnumMap<>(ForecastMethod.class);
        Map<ForecastMethod, Integer> counts = new EnumMap<>(ForecastMethod.class);
        for (ForecastMethod m : List.of(ForecastMethod.RUN_RATE, ForecastMethod.PROFILE, ForecastMethod.SMOOTHING, ForecastMethod.TREND)) {
            List<Double> ratios = new ArrayList<>();
            for (LineSeries s : lines) {
                List<double[]> years = new ArrayList<>();
                List<Money> all = new ArrayList<>();
                s.priorYears().forEach(y -> {
                    years.add(Engine.pounds(y));
                    all.addAll(y);
                });
                LineKind kind = LineKind.of(all);
                List<double[]> usable = Engine.usable(years);
                for (int i = 0; i < usable.size(); i++) {
                    double[] y = usable.get(i);
                    double outturn = Engine.sum(y, 12);
                    for (int n = 2; n <= 11; n++) {
                        Engine.Point p = Engine.point(m, y, n, usable.subList(0, i), kind);
                        double half = p.refused().isEmpty() ? p.half(0.9) : Double.NaN;
                        // a range under 1% of the outturn (months as regular as a fixed contract's, or a quarter
                        // spread evenly over its months) would turn pennies of error into huge ratios: no evidence
                        if (half > MIN_HALF_RANGE * Math.abs(outturn)) {
                            ratios.add(Math.abs(outturn - Engine.sum(y, n) - p.remaining()) / half);
                        }
                    }
                }
            }
            counts.put(m, ratios.size());
            if (ratios.size() >= MIN_CASES) {
                double[] r = ratios.stream().mapToDouble(Double::doubleValue).toArray();
                Arrays.sort(r);
                scales.put(m, new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(r, 80));
            }
        }
        return new Calibration(scales, counts);
    }

    /**
     * @param method a method other than auto
     * @return its scale: 1 when not calibrated
     */
    public double scale(ForecastMethod method) {
        Objects.requireNonNull(method, "method");
        return scales.getOrDefault(method, 1.0);
    }

    /**
     * @param method a method
     * @return how its range was calibrated, for a forecast's inputs
     */
    public String describe(ForecastMethod method) {
        int n = cases.getOrDefault(method, 0);
        return scales.containsKey(method)
                ? String.format(java.util.Locale.ROOT, "x %.2f, the 80th percentile of %d backtest errors on the history over the model's half-range", scales.get(method), n)
                : "none: " + n + " backtest cases on the history, fewer than " + MIN_CASES + "; the model's range as it is";
    }
}
