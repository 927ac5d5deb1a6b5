package uk.org.wcf.finance.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import uk.org.wcf.finance.money.FinanceRuleException;

/**
 * RAG ratings and performance failures of KPI values (WCC-WCF contract; scrutiny panel, 13 November 2019).
 * <ul>
 *   <li>RAG: green at or better than target (the baseline); amber worse than target but not for 3 consecutive
 *   months; red worse than target for 3 consecutive months. A quarterly value covers 3 months and an annual one
 *   12, so one of those worse than target is red; monthly values need 3 in a row.</li>
 *   <li>Performance failure: out of tolerance for 3 consecutive monthly values, 2 consecutive quarterly values,
 *   or one annual value, unless a risk was notified with a mitigation plan for a period of the run. A failure
 *   within 6 months of the end of the previous one is a repeat failure.</li>
 * </ul>
 * Consecutive means adjacent periods of the schedule: a missing period breaks a run.
 */
public final class KpiAssessment {

    /** A RAG rating. */
    public enum Rag {
        /** At or better than target. */
        GREEN,
        /** Worse than target, not yet for 3 consecutive months. */
        AMBER,
        /** Worse than target for 3 consecutive months. */
        RED;

        /** @return the word used in reports: green, amber or red */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One rated value.
     *
     * @param kpi the KPI
     * @param value the value
     * @param rag the rating
     * @param outOfTolerance whether the value is outside the tolerance band on the bad side
     */
    public record Rating(Kpi kpi, KpiValue value, Rag rag, boolean outOfTolerance) {
        /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
        @Override
        public String toString() {
            return uk.org.wcf.finance.money.Readable.of(this);
        }

    }

    /**
     * A performance failure: the run of values out of tolerance that caused it.
     *
     * @param kpi the KPI
     * @param periods the months of the values in the run
     * @param repeat true when within 6 months of the end of the previous failure
     */
    public record Failure(Kpi kpi, List<YearMonth> periods, boolean repeat) {
        /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
        @Override
        public String toString() {
            return uk.org.wcf.finance.money.Readable.of(this);
        }

        /**
         * Copies the periods.
         *
         * @param kpi the KPI
         * @param periods the periods
         * @param repeat whether a repeat
         */
        public Failure {
            periods = List.copyOf(periods);
        }
    }

    /**
     * The assessment.
     *
     * @param ratings every value rated, by KPI then month
     * @param failures the performance failures, by KPI then month
     * @param excused runs out of tolerance that a notified risk excused
     */
    public record Result(List<Rating> ratings, List<Failure> failures, List<Failure> excused) {
        /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
        @Override
        public String toString() {
            return uk.org.wcf.finance.money.Readable.of(this);
        }

        /**
         * Copies the lists.
         *
         * @param ratings the ratings
         * @param failures the failures
         * @param excused the excused runs
         */
        public Result {
            ratings = List.copyOf(ratings);
            failures = List.copyOf(failures);
            excused = List.copyOf(excused);
        }
    }

    private KpiAssessment() {
    }

    /**
     * Rates values and finds failures.
     *
     * @param kpis the KPIs by code
     * @param values the values, any order
     * @return the assessment
     * @throws FinanceRuleException for a value of an unknown KPI, or two values of a KPI for one month
     */
    public static Result assess(Map<String, Kpi> kpis, List<KpiValue> values) {
        Map<String, TreeMap<YearMonth, KpiValue>> byKpi = new TreeMap<>();
        for (KpiValue v : values) {
            if (!kpis.containsKey(v.kpi())) {
                throw new FinanceRuleException("KPI", "'" + v.kpi() + "'", "unknown; the KPIs are " + new TreeSet<>(kpis.keySet()));
            }
            if (byKpi.computeIfAbsent(v.kpi(), k -> new TreeMap<>()).put(v.month(), v) != null) {
                throw new FinanceRuleException("KPI " + v.kpi() + " for " + v.month(), "given twice", "give each period once");
            }
        }
        List<Rating> ratings = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        List<Failure> excused = new ArrayList<>();
        for (var e : byKpi.entrySet()) {
            Kpi kpi = kpis.get(e.getKey());
            int step = kpi.schedule().months();
            int worseMonths = 0;
            List<KpiValue> run = new ArrayList<>();
            YearMonth previous = null;
            YearMonth lastFailureEnd = null;
            for (KpiValue v : e.getValue().values()) {
                boolean adjacent = previous != null && previous.plusMonths(step).equals(v.month());
                BigDecimal pct = v.percent();
                boolean worse = kpi.worseThanTarget(pct);
                worseMonths = worse ? (adjacent ? worseMonths : 0) + step : 0;
                Rag rag = !worse ? Rag.GREEN : worseMonths >= 3 ? Rag.RED : Rag.AMBER;
                boolean out = kpi.outOfTolerance(pct);
                ratings.add(new Rating(kpi, v, rag, out));
                if (!out || !adjacent) {
                    run.clear();
                }
                if (out) {
                    run.add(v);
                    if (run.size() == kpi.schedule().failureRun()) {
                        List<YearMonth> months = run.stream().map(KpiValue::month).toList();
                        if (run.stream().anyMatch(KpiValue::riskNotified)) {
                            excused.add(new Failure(kpi, months, false));
                        } else {
                            boolean repeat = lastFailureEnd != null && !v.month().isAfter(lastFailureEnd.plusMonths(6));
                            failures.add(new Failure(kpi, months, repeat));
                            lastFailureEnd = v.month();
                        }
                        run.clear();
                    }
                }
                previous = v.month();
            }
        }
        ratings.sort(Comparator.comparing((Rating r) -> r.kpi().code()).thenComparing(r -> r.value().month()));
        return new Result(ratings, failures, excused);
    }
}
