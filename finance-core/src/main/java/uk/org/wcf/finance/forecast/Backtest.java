package uk.org.wcf.finance.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.time.FiscalPeriod;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * Methods measured on a held-out year: each line forecast at each chosen period from the months before it (and
 * the line's prior years), against the year's actual outturn. A line takes part when it has actuals in at least
 * nine of the year's months and its outturn is not nil (a % error of a nearly empty line says nothing); the
 * others are listed with the reason. The ranges are calibrated on the prior years of every line given.
 *
 * @param year the held-out year
 * @param cases every forecast made, by method, period and line
 * @param skipped lines left out, with the reason
 */
public record Backtest(FiscalYear year, List<Case> cases, Map<String, String> skipped) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * Copies the lists.
     *
     * @param year not null
     * @param cases the cases
     * @param skipped the lines left out
     */
    public Backtest {
        Objects.requireNonNull(year, "year");
        cases = List.copyOf(cases);
        skipped = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
    }

    /**
     * One forecast against the outturn.
     *
     * @param method the method asked for
     * @param forecast the forecast (its method is the one used)
     * @param actual the year's actual outturn
     */
    public record Case(ForecastMethod method, Forecast forecast, Money actual) {
        /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
        @Override
        public String toString() {
            return uk.org.wcf.finance.money.Readable.of(this);
        }

        /**
         * @param method not null
         * @param forecast not null
         * @param actual not nil
         */
        public Case {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(forecast, "forecast");
            if (actual.isZero()) {
                throw new FinanceRuleException("outturn of '" + forecast.line() + "'", actual, "a % error needs an outturn that is not nil");
            }
        }

        /** @return (forecast - actual) / |actual| x 100: above the outturn is positive */
        public double errorPercent() {
            return forecast.outturn().minus(actual).getAmount().doubleValue() / Math.abs(actual.getAmount().doubleValue()) * 100;
        }

        /** @return whether the P10 to P90 range held the outturn; empty when the forecast has no range */
        public Optional<Boolean> held() {
            return forecast.low().map(low -> !actual.isLessThan(low) && !actual.isGreaterThan(forecast.high().orElseThrow()));
        }
    }

    /**
     * A method's record at one period.
     *
     * @param method the method
     * @param period the period the forecasts were made at
     * @param lines how many lines
     * @param medianAbsPercent the median absolute % error
     * @param meanAbsPercent the mean absolute % error
     * @param biasPercent the mean signed % error (positive: forecasts above the outturn)
     * @param held how many ranges held the outturn
     * @param ranged how many forecasts had a range
     */
    public record Summary(ForecastMethod method, int period, int lines, double medianAbsPercent, double meanAbsPercent,
            double biasPercent, int held, int ranged) {
        /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
        @Override
        public String toString() {
            return uk.org.wcf.finance.money.Readable.of(this);
        }


        /** @return held / ranged as a percentage, NaN without ranges */
        public double heldPercent() {
            return ranged == 0 ? Double.NaN : 100.0 * held / ranged;
        }
    }

    /**
     * Runs the backtest.
     *
     * @param year the held-out year
     * @param lines each line's twelve months of the year and its prior years
     * @param methods the methods to measure
     * @param periods the periods to forecast at (1 to 11)
     * @param calibration how to scale the ranges (usually {@link Calibration#fromHistory} of the same lines)
     * @return the backtest
     */
    public static Backtest run(FiscalYear year, List<LineSeries> lines, List<ForecastMethod> methods, List<Integer> periods,
            Calibration calibration) {
        Map<String, String> skipped = new LinkedHashMap<>();
        List<LineSeries> in = new ArrayList<>();
        for (LineSeries s : lines) {
            long months = s.actuals().stream().filter(m -> !m.isZero()).count();
            if (s.actuals().size() != 12) {
                skipped.put(s.line(), "has " + s.actuals().size() + " months of the year; a backtest needs twelve");
            } else if (months < Engine.MIN_MONTHS) {
                skipped.put(s.line(), "actuals in " + months + " months of the year, fewer than " + Engine.MIN_MONTHS);
            } else if (Gbp.sum(s.actuals()).isZero()) {
                skipped.put(s.line(), "the year's outturn is nil");
            } else {
                in.add(s);
            }
        }
        for (int p : periods) {
            if (p < 1 || p > 11) {
                throw new FinanceRuleException("backtest period", "P" + p, "a forecast is tested at P1 to P11");
            }
        }
        List<Case> cases = new ArrayList<>();
        for (ForecastMethod m : methods) {
            for (int p : periods) {
                for (LineSeries s : in) {
                    cases.add(new Case(m, Forecasting.forecast(s, year.period(p), m, calibration), Gbp.sum(s.actuals())));
                }
            }
        }
        return new Backtest(year, cases, skipped);
    }

    /** @return each method's record at each period, in the order run */
    public List<Summary> summary() {
        Map<String, List<Case>> groups = new LinkedHashMap<>();
        for (Case c : cases) {
            groups.computeIfAbsent(c.method() + "@" + c.forecast().asAt().number(), k -> new ArrayList<>()).add(c);
        }
        List<Summary> out = new ArrayList<>();
        for (List<Case> g : groups.values()) {
            double[] abs = g.stream().mapToDouble(c -> Math.abs(c.errorPercent())).sorted().toArray();
            double bias = g.stream().mapToDouble(Case::errorPercent).average().orElse(Double.NaN);
            int ranged = (int) g.stream().filter(c -> c.held().isPresent()).count();
            int held = (int) g.stream().filter(c -> c.held().orElse(false)).count();
            out.add(new Summary(g.get(0).method(), g.get(0).forecast().asAt().number(), g.size(), median(abs),
                    Arrays.stream(abs).average().orElse(Double.NaN), bias, held, ranged));
        }
        return out;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** @return the summary as a Markdown table: method, period, lines, median and mean abs. % error, bias, range held */
    public String table() {
        StringBuilder sb = new StringBuilder("| method | period | lines | median abs. % error | mean abs. % error | bias % | P10-P90 held |\n");
        sb.append("|---|---|---|---|---|---|---|\n");
        for (Summary s : summary()) {
            sb.append(String.format(Locale.ROOT, "| %s | P%d | %d | %.1f | %.1f | %+.1f | %s |%n", s.method().cliName(), s.period(),
                    s.lines(), s.medianAbsPercent(), s.meanAbsPercent(), s.biasPercent(),
                    s.ranged() == 0 ? "-" : String.format(Locale.ROOT, "%d of %d (%.0f%%)", s.held(), s.ranged(), s.heldPercent())));
        }
        return sb.toString();
    }

    /** @return which method AUTO chose for each line, and why (from the cases at the last period tested) */
    public Map<String, String> autoChoices() {
        Map<String, String> out = new LinkedHashMap<>();
        cases.stream().filter(c -> c.method() == ForecastMethod.AUTO)
                .forEach(c -> out.put(c.forecast().line(), c.forecast().method() + " - " + c.forecast().inputs().getOrDefault("chosen", "")));
        return out;
    }

    /**
     * @param method a method
     * @param period a period
     * @return the cases of that method at that period
     */
    public List<Case> cases(ForecastMethod method, FiscalPeriod period) {
        return cases.stream().filter(c -> c.method() == method && c.forecast().asAt().equals(period)).toList();
    }
}
