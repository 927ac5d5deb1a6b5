package uk.org.wcf.finance.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.joda.money.BigMoney;
import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.time.FiscalPeriod;

/**
 * Year-end outturn forecasts from monthly actuals. Statistics run on Apache Commons Math in floating point inside
 * this package; every result is rounded once to the penny with the {@link RoundingPolicy} and returned as money.
 * A forecast made at P12 is the year's actuals, whatever the method.
 * <ul>
 *   <li>run rate: actuals to date x 12 / periods elapsed;</li>
 *   <li>seasonal profile: actuals to date / the share of prior years' spend that fell in the same periods;</li>
 *   <li>OLS trend: a least-squares line through the monthly actuals, the remaining months predicted, with a
 *   prediction interval (the sum of each month's interval: conservative);</li>
 *   <li>Monte Carlo (demand-led lines): count x unit cost for each remaining month, drawn from a
 *   {@link DemandModel}, P10 / P50 / P90 over the trials; the same seed gives the same figures.</li>
 * </ul>
 */
public final class Forecasting {

    private Forecasting() {
    }

    private static List<Money> upTo(List<Money> actuals, FiscalPeriod asAt) {
        if (actuals.size() < asAt.number()) {
            throw new FinanceRuleException("actuals", actuals.size() + " periods", "a forecast at " + asAt + " needs "
                    + asAt.number() + " periods of actuals");
        }
        return actuals.subList(0, asAt.number());
    }

    private static Money pence(double pounds) {
        return RoundingPolicy.PENCE.round(BigMoney.of(Gbp.GBP, BigDecimal.valueOf(pounds)));
    }

    /**
     * Run rate.
     *
     * @param line the line
     * @param actuals monthly actuals from P1 (at least up to {@code asAt})
     * @param asAt the last period of actuals
     * @return the forecast
     */
    public static Forecast runRate(String line, List<Money> actuals, FiscalPeriod asAt) {
        Money ytd = Gbp.sum(upTo(actuals, asAt));
        BigDecimal exact = ytd.getAmount().multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(asAt.number()), 20,
                RoundingMode.HALF_EVEN);
        Money outturn = RoundingPolicy.PENCE.round(BigMoney.of(Gbp.GBP, exact));
        return new Forecast(line, asAt, "run rate", Map.of("actuals to date", ytd.toString(), "periods", "" + asAt.number()),
                outturn, null, null);
    }

    /**
     * Seasonal profile from prior years.
     *
     * @param line the line
     * @param actuals monthly actuals from P1
     * @param priorYears each prior year's twelve monthly actuals
     * @param asAt the last period of actuals
     * @return the forecast
     */
    public static Forecast seasonal(String line, List<Money> actuals, List<List<Money>> priorYears, FiscalPeriod asAt) {
        Money ytd = Gbp.sum(upTo(actuals, asAt));
        Money priorToDate = Gbp.zero();
        Money priorTotal = Gbp.zero();
        for (List<Money> y : priorYears) {
            if (y.size() != 12) {
                throw new FinanceRuleException("a prior year of '" + line + "'", y.size() + " periods", "needs twelve");
            }
            priorToDate = priorToDate.plus(Gbp.sum(y.subList(0, asAt.number())));
            priorTotal = priorTotal.plus(Gbp.sum(y));
        }
        if (priorToDate.isZero() || priorTotal.isZero()) {
            throw new FinanceRuleException("prior years of '" + line + "'", priorTotal, "a seasonal profile needs prior spend to date");
        }
        BigDecimal exact = ytd.getAmount().multiply(priorTotal.getAmount()).divide(priorToDate.getAmount(), 20, RoundingMode.HALF_EVEN);
        Money outturn = RoundingPolicy.PENCE.round(BigMoney.of(Gbp.GBP, exact));
        return new Forecast(line, asAt, "seasonal profile", Map.of("actuals to date", ytd.toString(), "prior years",
                "" + priorYears.size(), "prior share to date", priorToDate + " of " + priorTotal), outturn, null, null);
    }

    /**
     * OLS trend with a prediction interval.
     *
     * @param line the line
     * @param actuals monthly actuals from P1
     * @param asAt the last period of actuals (at least P3)
     * @param confidence the interval's confidence, such as 0.9
     * @return the forecast
     */
    public static Forecast olsTrend(String line, List<Money> actuals, FiscalPeriod asAt, double confidence) {
        List<Money> known = upTo(actuals, asAt);
        Money ytd = Gbp.sum(known);
        int n = known.size();
        if (n == 12) {
            return new Forecast(line, asAt, "OLS trend", Map.of("actuals to date", ytd.toString()), ytd, ytd, ytd);
        }
        if (n < 3) {
            throw new FinanceRuleException("OLS trend for '" + line + "'", asAt, "needs at least three periods of actuals");
        }
        SimpleRegression reg = new SimpleRegression();
        for (int i = 0; i < n; i++) {
            reg.addData(i + 1, known.get(i).getAmount().doubleValue());
        }
        double t = new TDistribution(n - 2).inverseCumulativeProbability(0.5 + confidence / 2);
        double s = Math.sqrt(reg.getMeanSquareError());
        double mean = (n + 1) / 2.0;
        double sxx = reg.getXSumSquares();
        double predicted = 0;
        double half = 0;
        for (int x = n + 1; x <= 12; x++) {
            predicted += reg.predict(x);
            half += t * s * Math.sqrt(1 + 1.0 / n + (x - mean) * (x - mean) / sxx);
        }
        double base = ytd.getAmount().doubleValue();
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("actuals to date", ytd.toString());
        inputs.put("slope a month", pence(reg.getSlope()).toString());
        inputs.put("intercept", pence(reg.getIntercept()).toString());
        inputs.put("confidence", BigDecimal.valueOf(confidence).toPlainString());
        return new Forecast(line, asAt, "OLS trend", inputs, pence(base + predicted), pence(base + predicted - half),
                pence(base + predicted + half));
    }

    /**
     * Monte Carlo outturn of a demand-led line.
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
        Money ytd = Gbp.sum(upTo(actuals, asAt));
        if (trials < 1) {
            throw new FinanceRuleException("trials", trials, "a simulation needs at least one trial");
        }
        int remaining = 12 - asAt.number();
        RandomGenerator rng = new Well19937c(seed);
        double cm = demand.countMean().doubleValue();
        double cs = demand.countSd().doubleValue();
        double um = demand.unitCostMean().doubleValue();
        double us = demand.unitCostSd().doubleValue();
        NormalDistribution count = cs > 0 ? new NormalDistribution(rng, cm, cs) : null;
        NormalDistribution unit = us > 0 ? new NormalDistribution(rng, um, us) : null;
        double[] totals = new double[trials];
        for (int i = 0; i < trials; i++) {
            double sum = 0;
            for (int m = 0; m < remaining; m++) {
                double c = count == null ? cm : Math.max(0, count.sample());
                double u = unit == null ? um : Math.max(0, unit.sample());
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
        inputs.put("count a month", demand.countMean() + " (sd " + demand.countSd() + ")");
        inputs.put("unit cost a month", demand.unitCostMean() + " (sd " + demand.unitCostSd() + ")");
        inputs.put("trials", "" + trials);
        inputs.put("seed", "" + seed);
        return new Forecast(line, asAt, "Monte Carlo (P50; P10 to P90)", inputs, p50, p10, p90);
    }

    /** A forecasting method, for backtests. */
    @FunctionalInterface
    public interface Method {
        /**
         * @param actuals the actuals known so far
         * @param asAt the period of the last of them
         * @return the forecast
         */
        Forecast forecast(List<Money> actuals, FiscalPeriod asAt);
    }

    /**
     * The error of a method on a held-out year, period by period: the forecast made at each period from the
     * periods before it, against the year's actual outturn.
     *
     * @param method the method
     * @param year the held-out year's twelve monthly actuals
     * @param firstPeriod the first period to forecast at (3 for an OLS trend)
     * @param periodOf the period a number stands for in the held-out year
     * @return forecast - actual outturn, by period from {@code firstPeriod} to 12
     */
    public static Map<FiscalPeriod, Money> backtest(Method method, List<Money> year, int firstPeriod,
            IntFunction<FiscalPeriod> periodOf) {
        if (year.size() != 12) {
            throw new FinanceRuleException("held-out year", year.size() + " periods", "a backtest needs twelve");
        }
        Money actual = Gbp.sum(year);
        Map<FiscalPeriod, Money> errors = new LinkedHashMap<>();
        for (int n = firstPeriod; n <= 12; n++) {
            FiscalPeriod at = periodOf.apply(n);
            errors.put(at, method.forecast(new ArrayList<>(year.subList(0, n)), at).outturn().minus(actual));
        }
        return errors;
    }
}
