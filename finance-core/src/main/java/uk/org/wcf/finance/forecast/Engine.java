package uk.org.wcf.finance.forecast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.math3.distribution.TDistribution;
import org.joda.money.Money;

/**
 * The statistics behind {@link Forecasting#forecast}: each method's forecast of the rest of the year and the
 * standard error of that forecast, in pounds as doubles (results leave this package as money).
 *
 * <p>The spread is a predictive one: the rest of the year, m months, is m draws around the estimated level, and
 * the level itself is estimated from n months, so its variance is s^2 (m + m^2 / n) (the second term is the
 * uncertainty of the level, which dominates early in the year); the quantiles are Student's t with the degrees
 * of freedom of s. The month-to-month spread s is this year's when there are three months or more, else the
 * prior years' (as a coefficient of variation, scaled to this year's level), else two months' with one degree of
 * freedom; with one month and no prior year there is no range.
 */
final class Engine {

    /** A prior year counts (for profiles, auto's backtests and calibration) when it has actuals in this many months. */
    static final int MIN_MONTHS = 9;
    /** The smoothing constant of {@link ForecastMethod#SMOOTHING}. */
    static final double ALPHA = 0.3;

    private Engine() {
    }

    /**
     * One method's forecast of the rest of the year.
     *
     * @param remaining the forecast of the months still to come
     * @param se its standard error, NaN when the spread cannot be estimated
     * @param df the degrees of freedom of the spread
     * @param inputs the method's inputs, named
     * @param refused why the method does not apply; empty when it does
     */
    record Point(double remaining, double se, int df, Map<String, String> inputs, Optional<String> refused) {
        static Point refuse(String why) {
            return new Point(Double.NaN, Double.NaN, 0, Map.of(), Optional.of(why));
        }

        /** @param p the probability, such as 0.9 @return the t quantile times the standard error, NaN without a spread */
        double half(double p) {
            return Double.isNaN(se) || df < 1 ? Double.NaN : se == 0 ? 0 : new TDistribution(null, df).inverseCumulativeProbability(p) * se;
        }
    }

    static double[] pounds(List<Money> months) {
        double[] out = new double[months.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = months.get(i).getAmount().doubleValue();
        }
        return out;
    }

    static double sum(double[] v, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += v[i];
        }
        return s;
    }

    /** @return the prior years with actuals in at least {@link #MIN_MONTHS} months and a total that is not nil */
    static List<double[]> usable(List<double[]> prior) {
        List<double[]> out = new ArrayList<>();
        for (double[] y : prior) {
            int months = 0;
            for (double v : y) {
                months += v != 0 ? 1 : 0;
            }
            if (months >= MIN_MONTHS && sum(y, 12) != 0) {
                out.add(y);
            }
        }
        return out;
    }

    /** The month-to-month standard deviation and its degrees of freedom; NaN when it cannot be estimated. */
    private static double[] spread(double[] known, int n, List<double[]> usable) {
        double mean = sum(known, n) / n;
        if (n >= 3 || (n == 2 && usable.isEmpty())) {
            double ss = 0;
            for (int i = 0; i < n; i++) {
                ss += (known[i] - mean) * (known[i] - mean);
            }
            return new double[] {Math.sqrt(ss / (n - 1)), n - 1};
        }
        double ss = 0;
        int df = 0;
        for (double[] y : usable) {
            double ym = sum(y, 12) / 12;
            for (double v : y) {
                double cv = (v - ym) / ym;
                ss += cv * cv;
            }
            df += 11;
        }
        return df == 0 ? new double[] {Double.NaN, 0} : new double[] {Math.sqrt(ss / df) * Math.abs(mean), df};
    }

    /**
     * @param method not AUTO
     * @param known this year's months, at least n
     * @param n months known (1 to 11)
     * @param prior prior years, oldest first
     * @param kind the line's kind
     * @return the forecast of the rest of the year, or a refusal saying why the method does not apply
     */
    static Point point(ForecastMethod method, double[] known, int n, List<double[]> prior, LineKind kind) {
        int m = 12 - n;
        double ytd = sum(known, n);
        List<double[]> use = usable(prior);
        double[] sp = spread(known, n, use);
        double s = sp[0];
        int df = (int) sp[1];
        Map<String, String> in = new LinkedHashMap<>();
        switch (method) {
            case RUN_RATE -> {
                double level = ytd / n;
                in.put("mean a month", money(level));
                return new Point(m * level, s * Math.sqrt(m + (double) m * m / n), df, in, Optional.empty());
            }
            case PROFILE -> {
                if (use.isEmpty()) {
                    return Point.refuse("a profile needs a prior year with actuals in at least " + MIN_MONTHS + " months");
                }
                double toDate = 0;
                double total = 0;
                for (double[] y : use) {
                    toDate += sum(y, n);
                    total += sum(y, 12);
                }
                double prof = toDate / total;
                double w = use.size() / (use.size() + 1.0);
                double share = w * prof + (1 - w) * n / 12.0;
                if (!(share > 0.05 && share <= 2)) {
                    return Point.refuse("the prior years' share of the year spent by P" + n + " is " + pct(prof) + ": no usable profile");
                }
                in.put("prior years", "" + use.size());
                in.put("prior years' share by P" + n, pct(prof));
                in.put("share shrunk toward flat", pct(share) + " (weight " + use.size() + "/" + (use.size() + 1) + " on the prior years)");
                return new Point(ytd / share - ytd, s * Math.sqrt(m + (double) m * m / n), df, in, Optional.empty());
            }
            case SMOOTHING -> {
                double level = known[0];
                for (int i = 1; i < n; i++) {
                    level = ALPHA * known[i] + (1 - ALPHA) * level;
                }
                double nEff = Math.min(n, (2 - ALPHA) / ALPHA);
                in.put("smoothed level a month", money(level));
                in.put("alpha", "" + ALPHA);
                return new Point(m * level, s * Math.sqrt(m + m * m / nEff), df, in, Optional.empty());
            }
            case TREND -> {
                return trend(known, n, kind, in);
            }
            default -> throw new IllegalArgumentException("no point forecast for " + method);
        }
    }

    private static Point trend(double[] known, int n, LineKind kind, Map<String, String> in) {
        if (n < 3) {
            return Point.refuse("a trend needs at least three months");
        }
        int m = 12 - n;
        double xm = (n + 1) / 2.0;
        double ym = sum(known, n) / n;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (i + 1 - xm) * (i + 1 - xm);
            sxy += (i + 1 - xm) * (known[i] - ym);
        }
        double slope = sxy / sxx;
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double r = known[i] - ym - slope * (i + 1 - xm);
            sse += r * r;
        }
        int df = n - 2;
        double s = df > 0 ? Math.sqrt(sse / df) : 0;
        double seSlope = s / Math.sqrt(sxx);
        double t2 = seSlope == 0 ? Double.POSITIVE_INFINITY : (slope / seSlope) * (slope / seSlope);
        double shrink = Double.isInfinite(t2) ? 1 : t2 / (1 + t2);
        double b = slope * shrink;
        in.put("slope a month", money(slope));
        in.put("slope shrunk by its significance", money(b) + " (x " + String.format(java.util.Locale.ROOT, "%.2f", shrink) + ")");
        // a cost line's months cannot be forecast below nil, nor an income line's above: limit the slope at P12
        double at12 = ym + b * (12 - xm);
        if ((kind == LineKind.COST && at12 < 0) || (kind == LineKind.INCOME && at12 > 0)) {
            b = -ym / (12 - xm);
            in.put("slope limited", money(b) + " so that no remaining month is forecast " + (kind == LineKind.COST ? "below" : "above") + " nil");
        }
        double remaining = 0;
        double sumDx = 0;
        for (int x = n + 1; x <= 12; x++) {
            remaining += ym + b * (x - xm);
            sumDx += x - xm;
        }
        double var = s * s * (m + (double) m * m / n + sumDx * sumDx / sxx);
        return new Point(remaining, Math.sqrt(var), df, in, Optional.empty());
    }

    static String money(double pounds) {
        return String.format(java.util.Locale.ROOT, "%,.2f", pounds);
    }

    static String pct(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }

    /** The mean absolute relative error of a method backtested on each of the years, at P1 to P11, from the years before it. */
    static double[] backtestScore(ForecastMethod method, List<double[]> years, LineKind kind) {
        double total = 0;
        int cases = 0;
        for (int i = 0; i < years.size(); i++) {
            double[] y = years.get(i);
            double outturn = sum(y, 12);
            List<double[]> before = years.subList(0, i);
            for (int n = 1; n <= 11; n++) {
                Point p = point(method, y, n, before, kind);
                if (p.refused().isPresent()) {
                    continue;
                }
                total += Math.abs(sum(y, n) + p.remaining() - outturn) / Math.abs(outturn);
                cases++;
            }
        }
        return new double[] {cases == 0 ? Double.NaN : total / cases, cases};
    }
}
