package uk.org.wcf.finance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.time.FiscalYear;

/** Period totals, budget against actual and actuals, in the model. */
class LedgerModelTest {

    private static final FiscalYear Y = FiscalYear.of(2020);

    @Test
    void periodTotalsAddInPenceAndKnowWhatWasSeen() {
        PeriodTotals t = PeriodTotals.create();
        t.add(0, 1, 150);
        t.add(0, 1, -50);
        t.add(200, 12, 7);
        assertThat(t.pence(0, 1)).isEqualTo(100);
        assertThat(t.amount(0, 1)).isEqualTo(Gbp.pounds("1.00"));
        assertThat(t.seen(0, 1)).isTrue();
        assertThat(t.seen(0, 2)).isFalse();
        assertThat(t.seen(999, 1)).isFalse();
        assertThat(t.pence(999, 1)).isZero();
        assertThat(t.pence(200, 12)).isEqualTo(7);
        assertThat(t.keys()).isEqualTo(201);
        assertThat(t.yearPence(0)).isEqualTo(100);
        t.add(0, 2, 0);
        assertThat(t.seen(0, 2)).isTrue();
        assertThatThrownBy(() -> t.pence(0, 13)).isInstanceOf(FinanceRuleException.class)
                .hasMessage("period is 13: a period is P1 (April) to P12 (March)");
        assertThatThrownBy(() -> t.pence(0, 0)).isInstanceOf(FinanceRuleException.class);
        PeriodTotals big = PeriodTotals.create();
        big.add(0, 1, Long.MAX_VALUE);
        assertThatThrownBy(() -> big.add(0, 1, 1)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void budgetAgainstActualJoinsByNameAndSortsByCostCentreThenMonth() {
        PeriodTotals b = PeriodTotals.create();
        b.add(0, 2, 1000);
        b.add(1, 1, 500);
        PeriodTotals a = PeriodTotals.create();
        a.add(0, 1, 300);
        a.add(1, 2, 25);
        var rows = BudgetVsActual.join(Y, b, List.of("cc2", "cc1"), a, List.of("cc1", "cc3"));
        assertThat(rows).extracting(r -> r.costCentre() + " " + r.period().label() + " " + r.budgetPence() + " " + r.actualPence() + " "
                + r.variancePence()).containsExactly("cc1 P1 500 300 -200", "cc2 P2 1000 0 -1000", "cc3 P2 0 25 25");
        assertThat(rows.get(0).variance()).isEqualTo(Gbp.pounds("-2.00"));
        assertThat(rows.get(0).budget()).isEqualTo(Gbp.pounds("5.00"));
        assertThat(rows.get(0).actual()).isEqualTo(Gbp.pounds("3.00"));
    }

    @Test
    void actualsGiveYearToDateRunRateAndFeedASnapshot() {
        Actuals a = new Actuals(Y, Map.of("Placements", Collections.nCopies(12, Gbp.pounds(100))),
                List.of(new Actuals.Unmapped("cc9", "E9", 2, Gbp.pounds("7.50")), new Actuals.Unmapped("cc8", "E8", 1, Gbp.pounds("2.50"))));
        assertThat(a.yearToDate("Placements", Y.period(3))).isEqualTo(Gbp.pounds(300));
        assertThat(a.runRateOutturn("Placements", Y.period(5))).isEqualTo(Gbp.pounds(1200));
        assertThat(a.unmappedTotal()).isEqualTo(Gbp.pounds(10));
        assertThat(a.toString()).contains("Placements").contains("1,200.00").contains("P1 100.00").contains("Unmapped, kept: 10.00")
                .contains("cc9 E9: 2 postings, 7.50");
        assertThatThrownBy(() -> a.yearToDate("Fostering", Y.period(3))).isInstanceOf(FinanceRuleException.class)
                .hasMessageContaining("has no actuals");
        assertThatThrownBy(() -> a.yearToDate("Placements", FiscalYear.of(2021).period(3))).isInstanceOf(FinanceRuleException.class)
                .hasMessage("period is 2021/22 P3: the actuals are for 2020/21");
        assertThatThrownBy(() -> new Actuals(Y, Map.of("x", List.of(Gbp.zero())), List.of())).isInstanceOf(FinanceRuleException.class);
        MonitoringSnapshot s = MonitoringSnapshot.nonDsg("t", Y.period(4), List.of(MonitoringLine.of("Placements", Gbp.pounds(1), Gbp.zero())), "Total");
        assertThat(a.feed(s, Y.period(4)).line("Placements").orElseThrow().forecast()).isEqualTo(Gbp.pounds(1200));
        assertThatThrownBy(() -> a.feed(s, FiscalYear.of(2019).period(4))).isInstanceOf(FinanceRuleException.class);
    }
}
