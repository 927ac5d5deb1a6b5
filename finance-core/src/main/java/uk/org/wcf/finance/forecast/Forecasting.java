package uk.org.wcf.finance.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.joda.money.BigMoney;
import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.time.FiscalPeriod;

/**
 * Year-end outturn forecasts from monthly actuals, each with its method, its inputs and, where the spread can be
 * estimated, a P10 to P90 range. Statistics run on Apache Commons Math in floating point inside this package;
 * every result is rounded once to the penny with the {@link RoundingPolicy} and returned as money. A forecast
 * made at P12 is the year's actuals, whatever the method.
 *
 * <p>The main entry is {@link #forecast(LineSeries, FiscalPeriod, ForecastMethod, Calibration)} with one of the
 * {@link ForecastMethod}s ({@link ForecastMethod#AUTO} chooses per line from the line's own backtest); its range
 * is a predictive one (see {@link Engine}) widened or narrowed by a {@link Calibration} from backtests on the
 * history. {@link #monteCarlo} simulates a demand-led line from a {@link DemandModel}; {@link Backtest} measures
 * methods on a held-out year.
 *
 * <p>No impossible forecasts: the range's P50 is the model's centre (never moved to keep draws above nil), and
 * only the ends are bounded by what the line's months allow ({@link LineKind}): a cost line's P10 is at least
 * its actuals to date, because the rest of the year of a line that has had no credits cannot be negative.
 */
public final class Forecasting {

    /**
     * AUTO prefers run rate, the simplest method: another must have had a backtest error of at most this share of
     * run rate's (5% smaller) on the same forecasts, so that a tie decided by noise does not switch methods.
     */
    static final double MARGIN = 0.95;

    private Forecasting() {
    }

    private static Money pence(double pounds) {
        return RoundingPolicy.PENCE.round(BigMoney.of(Gbp.GBP, BigDecimal.valueOf(pounds)));
    }

    private static List<Money> upTo(List<Money> actuals, FiscalPeriod asAt) {
        if (actuals.size() < asAt.number()) {
            throw new FinanceRuleException("actuals", actuals.size() + " periods", "a forecast at " + asAt + " needs "
                    + asAt.number() + " periods of actuals");
        }
        return actuals.subList(0, asAt.number());
    }

    /**
     * The outturn of a line at a period by a method, with its P10 to P90 range.
     *
     * @param series the line's actuals (at least up to {@code asAt}; later months are not used) and prior years
     * @param asAt the last period of actuals
     * @param method the method; AUTO chooses per line
     * @param calibration how much to widen each method's range ({@link Calibration#none()} for the model's own)
     * @return the forecast; its method is the one used (for AUTO, the one chosen), its inputs say why
     */
    public static Forecast forecast(LineSeries series, FiscalPeriod asAt, ForecastMethod method, Calibration calibration) {
        int n = asAt.number();
        LineSeries known = series.upTo(n);
        Money ytd = Gbp.sum(known.actuals());
        List<Money> all = new ArrayList<>(known.actuals());
        known.priorYears().forEach(all::addAll);
        LineKind kind = LineKind.of(all);
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("actuals to date", ytd.toString());
        inputs.put("periods", "" + n);
        inputs.put("prior years", "" + known.priorYears().size());
        inputs.put("line", kind.describe());
        double[] months = Engine.pounds(known.actuals());
        List<double[]> prior = known.priorYears().stream().map(Engine::pounds).toList();
        ForecastMethod used = method;
        if (method == ForecastMethod.AUTO) {
            Choice c = choose(prior, kind);
            used = c.method();
            inputs.put("chosen", c.reason());
        }
        if (n == 12) {
            inputs.put("range", "P12: the year's actuals");
            return new Forecast(known.line(), asAt, used.cliName(), inputs, kind, ytd, ytd, Optional.of(ytd), Optional.of(ytd));
        }
        Engine.Point p = Engine.point(used, months, n, prior, kind);
        if (p.refused().isPresent()) {
            inputs.put("fell back to run rate", used.cliName() + " does not apply: " + p.refused().get());
            used = ForecastMethod.RUN_RATE;
            p = Engine.point(used, months, n, prior, kind);
        }
        inputs.putAll(p.inputs());
        // run rate's centre is exact arithmetic on money, rounded once: in binary floating point a half penny (such as
        // 1.5 x an odd number of pence at P8) can fall either side
        Money outturn = used == ForecastMethod.RUN_RATE
                ? ytd.plus(RoundingPolicy.PENCE.round(BigMoney.of(Gbp.GBP, ytd.getAmount().multiply(BigDecimal.valueOf(12 - n))
                        .divide(BigDecimal.valueOf(n), java.math.MathContext.DECIMAL128))))
                : ytd.plus(pence(p.remaining()));
        double half = p.half(0.9) * calibration.scale(used);
        if (Double.isNaN(half)) {
            inputs.put("range", "none: one month and no prior year, so the spread cannot be estimated");
            return new Forecast(known.line(), asAt, used.cliName(), inputs, kind, ytd, outturn, Optional.empty(), Optional.empty());
        }
        inputs.put("range", "Student's t with " + p.df() + " degrees of freedom, P10 to P90; calibration " + calibration.describe(used));
        Money low = outturn.minus(pence(half));
        Money high = outturn.plus(pence(half));
        if (kind == LineKind.COST && low.isLessThan(ytd)) {
            low = ytd;
            inputs.put("P10", "at the actuals to date: the rest of the year of a cost line is not below nil");
        }
        if (kind == LineKind.INCOME && high.isGreaterThan(ytd)) {
            high = ytd;
            inputs.put("P90", "at the actuals to date: the rest of the year of an income line is not above nil");
        }
        return new Forecast(known.line(), asAt, used.cliName(), inputs, kind, ytd, outturn, Optional.of(low), Optional.of(high));
    }

    /**
     * Forecasts every line, the ranges calibrated on the prior years of all of them.
     *
     * @param lines the lines
     * @param asAt the last period of actuals
     * @param method the method
     * @return one forecast per line, in order
     */
    public static List<Forecast> forecastAll(List<LineSeries> lines, FiscalPeriod asAt, ForecastMethod method) {
        Calibration c = Calibration.fromHistory(lines);
        return lines.stream().map(l -> forecast(l, asAt, method, c)).toList();
    }

    /**
     * AUTO's choice for a line and why.
     *
     * @param method the method chosen
     * @param reason why, with the backtest's figures
     */
    record Choice(ForecastMethod method, String reason) {
    }

    /** Backtests run rate, profile and smoothing on the line's prior years; the best if it beat run rate, else run rate. */
    static Choice choose(List<double[]> prior, LineKind kind) {
        List<double[]> years = Engine.usable(prior);
        if (years.isEmpty()) {
            return new Choice(ForecastMethod.RUN_RATE, "run-rate: no prior year with actuals in at least " + Engine.MIN_MONTHS
                    + " months to test the methods on");
        }
        ForecastMethod best = ForecastMethod.RUN_RATE;
        double bestRatio = 1;
        StringBuilder scores = new StringBuilder();
        for (ForecastMethod m : List.of(ForecastMethod.PROFILE, ForecastMethod.SMOOTHING)) {
            double mine = 0;
            double runRate = 0;
            int cases = 0;
            for (int i = 0; i < years.size(); i++) {
                double[] y = years.get(i);
                double outturn = Engine.sum(y, 12);
                for (int n = 1; n <= 11; n++) {
                    Engine.Point p = Engine.point(m, y, n, years.subList(0, i), kind);
                    if (p.refused().isPresent()) {
                        continue;
                    }
                    Engine.Point r = Engine.point(ForecastMethod.RUN_RATE, y, n, years.subList(0, i), kind);
                    mine += Math.abs(p.remaining() + Engine.sum(y, n) - outturn) / Math.abs(outturn);
                    runRate += Math.abs(r.remaining() + Engine.sum(y, n) - outturn) / Math.abs(outturn);
                    cases++;
                }
            }
            scores.append(scores.length() == 0 ? "" : "; ");
            if (cases == 0) {
                scores.append(m.cliName()).append(" not testable (needs an earlier prior year)");
                continue;
            }
            scores.append(m.cliName()).append(' ').append(Engine.pct(mine / cases)).append(" against run-rate's ")
                    .append(Engine.pct(runRate / cases)).append(" over ").append(cases).append(" forecasts");
            double ratio = runRate == 0 ? (mine == 0 ? 1 : Double.POSITIVE_INFINITY) : mine / runRate;
            if (ratio <= MARGIN && ratio < bestRatio) {
                best = m;
                bestRatio = ratio;
            }
        }
        String what = best == ForecastMethod.RUN_RATE ? "run-rate: no other method's error was 5% or more below run-rate's"
                : best.cliName() + ": the smallest error, 5% or more below run-rate's,";
        return new Choice(best, what + " in backtests on this line's " + years.size() + " prior year" + (years.size() == 1 ? "" : "s")
                + " (mean abs. error at P1-P11: " + scores + ")");
    }

    /**
     * Run rate: actuals to date plus their monthly mean for each remaining month, with its predictive range
     * (uncalibrated).
     *
     * @param line the line
     * @param actuals monthly actuals from P1 (at least up to {@code asAt})
     * @param asAt the last period of actuals
     * @return the forecast
     */
    public static Forecast runRate(String line, List<Money> actuals, FiscalPeriod asAt) {
        return forecast(LineSeries.of(line, upTo(actuals, asAt), List.of()), asAt, ForecastMethod.RUN_RATE, Calibration.none());
    }

    /**
     * Seasonal profile from prior years, shrunk toward flat (see {@link ForecastMethod#PROFILE}). A prior year may
     * have fewer than twelve months (from P1); the months it lacks are nil.
     *
     * @param line the line
     * @param actuals monthly actuals from P1
     * @param priorYears prior years' monthly actuals from P1, oldest first
     * @param asAt the last period of actuals
     * @return the forecast (run rate, saying why, when no prior year is usable)
     */
    public static Forecast seasonal(String line, List<Money> actuals, List<List<Money>> priorYears, FiscalPeriod asAt) {
        List<List<Money>> years = new ArrayList<>();
        for (List<Money> y : priorYears) {
            if (y.size() > 12) {
                throw new FinanceRuleException("a prior year of '" + line + "'", y.size() + " periods", "a year has twelve");
            }
            List<Money> full = new ArrayList<>(y);
            while (full.size() < 12) {
                full.add(Gbp.zero());
            }
            years.add(full);
        }
        return forecast(LineSeries.of(line, upTo(actuals, asAt), years), asAt, ForecastMethod.PROFILE, Calibration.none());
    }

    /**
     * A shrunk linear trend (see {@link ForecastMethod#TREND}) with a prediction interval.
     *
     * @param line the line
     * @param actuals monthly actuals from P1
     * @param asAt the last period of actuals (from P3; earlier it falls back to run rate and says so)
     * @param confidence the interval's two-sided confidence, such as 0.8 for P10 to P90
     * @return the forecast
     */
    public static Forecast olsTrend(String line, List<Money> actuals, FiscalPeriod asAt, double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new FinanceRuleException("confidence", confidence, "a confidence is between 0 and 1, such as 0.8");
        }
        Calibration c = Calibration.none();
        Forecast f = forecast(LineSeries.of(line, upTo(actuals, asAt), List.of()), asAt, ForecastMethod.TREND, c);
        if (f.low().isEmpty() || asAt.number() == 12) {
            return f;
        }
        // the same centre, the interval at the confidence asked for rather than P10 to P90
        double half80 = f.high().orElseThrow().minus(f.outturn()).getAmount().doubleValue();
        int df = Math.max(1, asAt.number() - 2);
        double k = new TDistribution(df).inverseCumulativeProbability(0.5 + confidence / 2)
                / new TDistribution(df).inverseCumulativeProbability(0.9);
        Money low = f.outturn().minus(pence(half80 * k));
        if (f.kind() == LineKind.COST && low.isLessThan(f.actualsToDate())) {
            low = f.actualsToDate();
        }
        Map<String, String> in = new LinkedHashMap<>(f.inputs());
        in.put("confidence", BigDecimal.valueOf(confidence).toPlainString());
        return new Forecast(line, asAt, f.method(), in, f.kind(), f.actualsToDate(), f.outturn(), Optional.of(low),
                Optional.of(f.outturn().plus(pence(half80 * k))));
    }

    /**
     * Monte Carlo outturn of a demand-led line: for each trial, the rest of the year month by month as count x
     * unit cost. Counts are log-normal with the model's mean and spread (never below nil, the mean kept); unit
     * costs are normal (a net-income line has a negative mean). Where the model was fitted from n observations,
     * each trial first draws the means and spreads themselves (Student's t for a mean, chi-squared for a spread),
     * so that the range allows for not knowing them. No draw is floored, so the P50 is not lifted; only the P10
     * of a cost line is held at the actuals to date. The same seed gives the same figures.
     *
     * @param line the line
     * @param actuals monthly actuals from P1
     * @param asAt the last period of actuals
     * @param demand the count and unit cost model for the remaining months
     * @param trials how many simulated years (100,000 for a report)
     * @param seed the seed: the same seed gives the same figures
     * @return the forecast: P50 outturn, P10 low, P90 high
     */
    public static Forecast monteCarlo(String line, List<Money> actuals, FiscalPeriod asAt, DemandModel demand, int trials, long seed) {
        List<Money> known = upTo(actuals, asAt);
        Money ytd = Gbp.sum(known);
        if (trials < 1) {
            throw new FinanceRuleException("trials", trials, "a simulation needs at least one trial");
        }
        List<Money> signs = new ArrayList<>(known);
        signs.add(Gbp.pounds(demand.unitCostMean().signum())); // only its sign counts
        LineKind kind = LineKind.of(signs);
        int remaining = 12 - asAt.number();
        RandomGenerator rng = new Well19937c(seed);
        double cm = demand.countMean().doubleValue();
        double cs = demand.countSd().doubleValue();
        double um = demand.unitCostMean().doubleValue();
        double us = demand.unitCostSd().doubleValue();
        int obs = demand.observations();
        // Student's t drawn as z / sqrt(chi2 / df): the t distribution's own sampler inverts its CDF, far slower
        GammaDistribution chi = obs > 1 ? new GammaDistribution(rng, (obs - 1) / 2.0, 2) : null; // chi-squared, df obs - 1
        NormalDistribution z = new NormalDistribution(rng, 0, 1);
        double[] totals = new double[trials];
        for (int i = 0; i < trials; i++) {
            double cMean = cm;
            double cSd = cs;
            double uMean = um;
            double uSd = us;
            if (chi != null) {
                cMean = Math.abs(cm + cs / Math.sqrt(obs) * z.sample() / Math.sqrt(chi.sample() / (obs - 1)));
                uMean = um + us / Math.sqrt(obs) * z.sample() / Math.sqrt(chi.sample() / (obs - 1));
                cSd = cs * Math.sqrt((obs - 1) / chi.sample());
                uSd = us * Math.sqrt((obs - 1) / chi.sample());
            }
            LogNormalDistribution count = cSd > 0 && cMean > 0 ? logNormal(rng, cMean, cSd) : null;
            double sum = 0;
            for (int m = 0; m < remaining; m++) {
                double c = count == null ? cMean : count.sample();
                double u = uSd > 0 ? uMean + uSd * z.sample() : uMean;
                sum += c * u;
            }
            totals[i] = sum;
        }
        Arrays.sort(totals);
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        p.setData(totals);
        double base = ytd.getAmount().doubleValue();
        Money p10 = pence(base + p.evaluate(10));
        Money p50 = pence(base + p.evaluate(50));
        Money p90 = pence(base + p.evaluate(90));
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("actuals to date", ytd.toString());
        inputs.put("count a month", demand.countMean() + " (sd " + demand.countSd() + ", log-normal)");
        inputs.put("unit cost a month", demand.unitCostMean() + " (sd " + demand.unitCostSd() + ", normal)");
        inputs.put("observations", obs == 0 ? "none: means and spreads taken as known" : obs + ": means and spreads drawn each trial");
        inputs.put("trials", "" + trials);
        inputs.put("seed", "" + seed);
        inputs.put("line", kind.describe());
        if (remaining == 0) {
            p10 = ytd;
            p50 = ytd;
            p90 = ytd;
        }
        if (kind == LineKind.COST && p10.isLessThan(ytd)) {
            p10 = ytd;
            p50 = p50.isLessThan(ytd) ? ytd : p50;
        }
        if (kind == LineKind.INCOME && p90.isGreaterThan(ytd)) {
            p90 = ytd;
            p50 = p50.isGreaterThan(ytd) ? ytd : p50;
        }
        p90 = p90.isLessThan(p50) ? p50 : p90; // only after a bound moved the P50 up to the actuals to date
        p10 = p10.isGreaterThan(p50) ? p50 : p10;
        return new Forecast(line, asAt, "monte-carlo", inputs, kind, ytd, p50, Optional.of(p10), Optional.of(p90));
    }

    private static LogNormalDistribution logNormal(RandomGenerator rng, double mean, double sd) {
        double s2 = Math.log(1 + sd * sd / (mean * mean));
        return new LogNormalDistribution(rng, Math.log(mean) - s2 / 2, Math.sqrt(s2), LogNormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
    }
}
