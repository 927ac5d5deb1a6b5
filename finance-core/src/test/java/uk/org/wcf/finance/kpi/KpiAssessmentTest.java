package uk.org.wcf.finance.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.money.FinanceRuleException;

/** RAG and performance failure rules, checked against a simple reference implementation. */
class KpiAssessmentTest {

    private static final Kpi SC1 = new Kpi("KPI-SC1", "Social Care", "Referrals decided within 24 hours", 1271, 2391, "2018/19",
            new BigDecimal("52.3"), new BigDecimal("62.7"), Kpi.Direction.HIGHER_IS_BETTER, Kpi.Schedule.MONTHLY);
    private static final Kpi SC5 = new Kpi("KPI-SC5", "Social Care", "Repeat CP plans", 158, 581, "2018/19",
            new BigDecimal("17.9"), new BigDecimal("36.5"), Kpi.Direction.LOWER_IS_BETTER, Kpi.Schedule.MONTHLY);
    private static final Kpi ED6 = new Kpi("KPI-ED6", "Education", "EHCP decisions in 16 weeks", 259, 434, "2017/18",
            new BigDecimal("51.5"), new BigDecimal("67.8"), Kpi.Direction.HIGHER_IS_BETTER, Kpi.Schedule.QUARTERLY);

    @Test
    void theBaselineIsTheTargetAndLowerIsBetterWhereTheContractSaysSo() {
        assertThat(SC1.target()).isEqualByComparingTo(Kpi.percent(1271, 2391));
        assertThat(SC1.worseThanTarget(new BigDecimal("53.0"))).isTrue();
        assertThat(SC5.worseThanTarget(new BigDecimal("30"))).isTrue();
        assertThat(SC5.outOfTolerance(new BigDecimal("36.6"))).isTrue();
        assertThat(SC5.outOfTolerance(new BigDecimal("10"))).isFalse();
    }

    @Test
    void threeMonthsWorseIsRedAndThreeOutOfToleranceIsAFailureThenARepeat() {
        List<KpiValue> v = new ArrayList<>();
        int[] pct = {50, 51, 51, 60, 50, 50, 50};
        for (int i = 0; i < pct.length; i++) {
            v.add(new KpiValue("KPI-SC1", YearMonth.of(2020, 4).plusMonths(i), pct[i], 100, false));
        }
        var r = KpiAssessment.assess(Map.of("KPI-SC1", SC1), v);
        assertThat(r.ratings()).extracting(x -> x.rag().word()).containsExactly("amber", "amber", "red", "green", "amber", "amber", "red");
        assertThat(r.failures()).extracting(KpiAssessment.Failure::periods, KpiAssessment.Failure::repeat).containsExactly(
                org.assertj.core.groups.Tuple.tuple(List.of(YearMonth.of(2020, 4), YearMonth.of(2020, 5), YearMonth.of(2020, 6)), false),
                org.assertj.core.groups.Tuple.tuple(List.of(YearMonth.of(2020, 8), YearMonth.of(2020, 9), YearMonth.of(2020, 10)), true));
    }

    @Test
    void aGapBreaksARunAndANotifiedRiskExcusesIt() {
        var gap = KpiAssessment.assess(Map.of("KPI-SC1", SC1), List.of(new KpiValue("KPI-SC1", YearMonth.of(2020, 4), 50, 100, false),
                new KpiValue("KPI-SC1", YearMonth.of(2020, 5), 50, 100, false), new KpiValue("KPI-SC1", YearMonth.of(2020, 7), 50, 100, false)));
        assertThat(gap.failures()).isEmpty();
        assertThat(gap.ratings()).extracting(x -> x.rag().word()).containsExactly("amber", "amber", "amber");
        var risk = KpiAssessment.assess(Map.of("KPI-SC5", SC5), List.of(new KpiValue("KPI-SC5", YearMonth.of(2020, 4), 40, 100, false),
                new KpiValue("KPI-SC5", YearMonth.of(2020, 5), 40, 100, true), new KpiValue("KPI-SC5", YearMonth.of(2020, 6), 40, 100, false)));
        assertThat(risk.failures()).isEmpty();
        assertThat(risk.excused()).hasSize(1);
        var quarterly = KpiAssessment.assess(Map.of("KPI-ED6", ED6), List.of(new KpiValue("KPI-ED6", YearMonth.of(2020, 6), 50, 100, false),
                new KpiValue("KPI-ED6", YearMonth.of(2020, 9), 50, 100, false)));
        assertThat(quarterly.failures()).hasSize(1);
        assertThat(quarterly.ratings()).extracting(x -> x.rag().word()).containsExactly("red", "red");
    }

    @Test
    void anUnknownKpiOrATwiceGivenPeriodIsRefused() {
        assertThatThrownBy(() -> KpiAssessment.assess(Map.of("KPI-SC1", SC1), List.of(new KpiValue("KPI-XX", YearMonth.of(2020, 4), 1, 2, false))))
                .isInstanceOf(FinanceRuleException.class).hasMessage("KPI is 'KPI-XX': unknown; the KPIs are [KPI-SC1]");
        assertThatThrownBy(() -> new KpiValue("KPI-SC1", YearMonth.of(2020, 4), 3, 2, false)).isInstanceOf(FinanceRuleException.class);
    }

    // ------------------------------------------------------------ against a reference implementation

    @Test
    void ratingsAndFailuresAgreeWithAReferenceImplementation() {
        qt().forAll(lists().of(integers().between(30, 70)).ofSizeBetween(1, 30), lists().of(booleans().all()).ofSize(30),
                lists().of(booleans().all()).ofSize(30), integers().between(0, 2)).checkAssert((pcts, gaps, risks, which) -> {
            Kpi k = List.of(SC1, SC5, ED6).get(which);
            int step = k.schedule().months();
            List<KpiValue> values = new ArrayList<>();
            YearMonth m = YearMonth.of(2020, 6);
            for (int i = 0; i < pcts.size(); i++) {
                values.add(new KpiValue(k.code(), m, pcts.get(i), 100, risks.get(i) && i % 5 == 0));
                m = m.plusMonths(gaps.get(i) && i % 7 == 3 ? step * 2L : step);
            }
            var r = KpiAssessment.assess(Map.of(k.code(), k), values);
            // reference: look back over the values before each one
            List<String> expectedRag = new ArrayList<>();
            List<List<YearMonth>> expectedFailures = new ArrayList<>();
            int lastEnd = -1;
            for (int i = 0; i < values.size(); i++) {
                KpiValue v = values.get(i);
                boolean worse = k.worseThanTarget(v.percent());
                int months = 0;
                for (int j = i; j >= 0 && k.worseThanTarget(values.get(j).percent())
                        && (j == i || values.get(j).month().plusMonths(step).equals(values.get(j + 1).month())); j--) {
                    months += step;
                }
                expectedRag.add(!worse ? "green" : months >= 3 ? "red" : "amber");
                int n = k.schedule().failureRun();
                int start = i - n + 1;
                if (start > lastEnd && start >= 0) {
                    boolean allOut = true;
                    for (int j = start; j <= i; j++) {
                        allOut &= k.outOfTolerance(values.get(j).percent());
                        if (j > start) {
                            allOut &= values.get(j - 1).month().plusMonths(step).equals(values.get(j).month());
                        }
                    }
                    if (allOut) {
                        lastEnd = i;
                        boolean excused = values.subList(start, i + 1).stream().anyMatch(KpiValue::riskNotified);
                        if (!excused) {
                            expectedFailures.add(values.subList(start, i + 1).stream().map(KpiValue::month).toList());
                        }
                    }
                }
            }
            assertThat(r.ratings()).extracting(x -> x.rag().word()).containsExactlyElementsOf(expectedRag);
            assertThat(r.failures()).extracting(KpiAssessment.Failure::periods).containsExactlyElementsOf(expectedFailures);
        });
    }
}
