package uk.org.wcf.finance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.ledger.PeriodTotals;
import uk.org.wcf.finance.money.Allocation;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringReport;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.monitor.MonitoringText;
import uk.org.wcf.finance.plan.DemandGrowth;
import uk.org.wcf.finance.plan.LineRef;
import uk.org.wcf.finance.structure.Service;
import uk.org.wcf.finance.structure.SubjectiveGroup;
import uk.org.wcf.finance.time.FiscalYear;

/** The edges of the rules: boundaries, refusals and the smaller views. */
class EdgesTest {

    @Test
    void aTableRefusesDuplicateKeysUnknownPartsAndMissingFigures() {
        assertThatThrownBy(() -> FigureTable.builder("t", "T").column("a", "A").column("a", "A").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("column 'a' appears twice");
        assertThatThrownBy(() -> FigureTable.builder("t", "T").column("a", "A").row("x", "", "X", Gbp.zero())
                .row("x", "", "X", Gbp.zero()).build()).hasMessage("row 'x' appears twice");
        assertThatThrownBy(() -> FigureTable.builder("t", "T").column("a", "A").totalRow("s", "", "S", Term.plus("nope")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no row 'nope' yet");
        assertThatThrownBy(() -> FigureTable.builder("t", "T").column("a", "A").row("x", "", "X")).hasMessage("a row needs 1 figures, not 0");
        assertThatThrownBy(() -> new FigureTable("t", "T", List.of(new FigureTable.Column("a", "A", List.of(Term.plus("b")))), List.of()))
                .hasMessage("column 'a' adds unknown column 'b'");
        FigureTable t = FigureTable.builder("t", "T").column("a", "A").column("b", "B")
                .totalColumn("c", "C", Term.plus("a"), Term.minus("b")).row("x", "", "X", Gbp.pounds(5), Gbp.pounds(2)).build();
        assertThat(t.value("x", "c")).isEqualTo(Gbp.pounds(3));
        assertThat(t.column("b").isTotal()).isFalse();
        assertThatThrownBy(() -> t.value("x", "d")).hasMessage("table t has no column 'd'");
        assertThatThrownBy(() -> t.row("y")).hasMessage("table t has no row 'y'");
        assertThat(t.toString()).contains("T (£000)");
        assertThatThrownBy(() -> new Term(0, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Term.minus("x")).hasToString("- x");
    }

    @Test
    void aRowOfItemsHasOneFigurePerItemInOrderAndAPublishedTableCanLeaveOutAColumn() {
        FigureTable t = FigureTable.builder("t", "T").column("a", "A").column("b", "B")
                .totalColumn("c", "C", Term.plus("a"), Term.plus("b"))
                .row("x", "", "X", List.of(2, 3), n -> Gbp.pounds(n))
                .derivedRow("y", "", "Y", List.of(Term.plus("x")), List.of(2, 3), n -> Gbp.pounds(n)).build();
        assertThat(t.row("x").values()).containsExactly(Gbp.pounds(2), Gbp.pounds(3), Gbp.pounds(5));
        assertThat(t.row("y").values()).isEqualTo(t.row("x").values());
        assertThatThrownBy(() -> FigureTable.builder("t", "T").column("a", "A").row("x", "", "X", List.of(1, 2), n -> Gbp.pounds(n)))
                .hasMessage("a row needs 1 figures, not 2");
        var published = new PublishedTable("t", "src", List.of(new PublishedTable.Row("x", "X",
                Map.of("a", BigDecimal.ONE, "pct", BigDecimal.TEN))), List.of("a note"));
        PublishedTable money = published.withoutColumn("pct");
        assertThat(money.rows().get(0).values()).isEqualTo(Map.of("a", BigDecimal.ONE));
        assertThat(money.value("x", "pct")).isEmpty();
        assertThat(money.value("x", "a")).contains(BigDecimal.ONE);
        assertThat(money.notes()).containsExactly("a note");
        assertThat(published.value("x", "pct")).contains(BigDecimal.TEN);
    }

    @Test
    void aSourceRoundingDifferenceIsOnlyAsLargeAsRoundingThePartsCouldMake() {
        FigureTable t = FigureTable.builder("t", "T").column("a", "A")
                .row("x", "", "X", Gbp.thousands(10)).row("y", "", "Y", Gbp.thousands(20)).totalOfRows("s", "", "S").build();
        RoundedTable r = t.round(RoundingPolicy.THOUSANDS);
        var withinTolerance = new PublishedTable("t", "src", List.of(row("x", 10), row("y", 20), row("s", 31)), List.of());
        assertThat(TableCheck.compare(r, withinTolerance).differences().get(0).cause()).isEqualTo(Difference.Cause.SOURCE_ROUNDING);
        var tooFar = new PublishedTable("t", "src", List.of(row("x", 10), row("y", 20), row("s", 32)), List.of());
        assertThat(TableCheck.compare(r, tooFar).differences().get(0).cause()).isEqualTo(Difference.Cause.UNEXPLAINED);
        var lower = new PublishedTable("t", "src", List.of(row("x", 10), row("y", 20), row("s", 29)), List.of());
        assertThat(TableCheck.compare(r, lower).differences().get(0).explanation()).contains("is 1 less than its own published parts");
        var partMissing = new PublishedTable("t", "src", List.of(row("x", 10), row("s", 31)), List.of());
        assertThat(TableCheck.compare(r, partMissing).differences()).extracting(Difference::cause)
                .contains(Difference.Cause.UNEXPLAINED, Difference.Cause.NOT_PUBLISHED);
        var sign = new PublishedTable("t", "src", List.of(row("x", -10), row("y", 20), row("s", 30)), List.of());
        assertThat(TableCheck.compare(r, sign).differences().get(0).cause()).isEqualTo(Difference.Cause.SOURCE_SIGN);
        assertThat(TableCheck.compare(r, sign).passes()).isTrue();
    }

    private static PublishedTable.Row row(String key, long v) {
        return new PublishedTable.Row(key, key, Map.of("a", BigDecimal.valueOf(v)));
    }

    @Test
    void aBookRefusesAServiceItDoesNotHaveAndListsEveryGroupItUses() {
        Service a = Service.standalone("A", "R");
        SubjectiveGroup agency = SubjectiveGroup.of("agency", "Agency", true);
        BudgetBook b = BudgetBook.builder(FiscalYear.of(2020)).line(a, agency, Gbp.pounds(5)).line(a, SubjectiveGroup.STAFFING, Gbp.pounds(2)).build();
        assertThat(b.groups()).endsWith(agency).startsWith(SubjectiveGroup.STAFFING);
        assertThat(b.grossOf(agency)).isEqualTo(Gbp.pounds(5));
        assertThat(b.grossByService()).containsEntry(a, Gbp.pounds(7));
        Service other = Service.standalone("B", "Other");
        assertThatThrownBy(() -> b.grossOf(other)).isInstanceOf(FinanceRuleException.class).hasMessage("service is 'Other': not a service of the 2020/21 budget book");
        assertThatThrownBy(() -> b.grossOf(other, SubjectiveGroup.STAFFING)).isInstanceOf(FinanceRuleException.class);
        assertThat(b.findService("r")).contains(a);
        assertThat(b.findService(null)).isEmpty();
        assertThat(b.line(uk.org.wcf.finance.structure.CostLine.of(a, agency))).isPresent();
        BudgetBook more = b.withAmounts(Map.of(uk.org.wcf.finance.structure.CostLine.of(a, SubjectiveGroup.PREMISES), Gbp.pounds(1)));
        assertThat(more.grossExpenditure()).isEqualTo(Gbp.pounds(8));
        assertThat(b.withIncomeOutsideContract(List.of()).contractSum()).isEqualTo(Gbp.pounds(7));
    }

    @Test
    void growthAppliesFromItsFirstYearToItsLast() {
        DemandGrowth g = new DemandGrowth("g", Optional.empty(), "", LineRef.of("A", SubjectiveGroup.OTHER_NON_STAFFING), Optional.of(Gbp.pounds(1)), Optional.empty(),
                FiscalYear.of(2021), Optional.of(FiscalYear.of(2022)));
        assertThat(g.appliesIn(FiscalYear.of(2020))).isFalse();
        assertThat(g.appliesIn(FiscalYear.of(2021))).isTrue();
        assertThat(g.appliesIn(FiscalYear.of(2022))).isTrue();
        assertThat(g.appliesIn(FiscalYear.of(2023))).isFalse();
        assertThat(g.cash()).contains(Gbp.pounds(1));
        assertThatThrownBy(() -> new DemandGrowth("g", Optional.empty(), "", LineRef.of("A", SubjectiveGroup.STAFFING), Optional.empty(), Optional.empty(), FiscalYear.of(2021), Optional.empty()))
                .isInstanceOf(FinanceRuleException.class).hasMessage("demand growth 'g' is neither: give an amount or a rate a year, not both");
        assertThatThrownBy(() -> new DemandGrowth("g", Optional.empty(), "", LineRef.of("A", SubjectiveGroup.STAFFING), Optional.of(Gbp.pounds(1)), Optional.empty(),
                FiscalYear.of(2021), Optional.of(FiscalYear.of(2020)))).isInstanceOf(FinanceRuleException.class);
    }

    @Test
    void totalsGrowAtTheirBoundary() {
        PeriodTotals t = PeriodTotals.create();
        t.add(63, 12, 1);
        t.add(64, 1, 2);
        t.add(64, 12, 3);
        assertThat(t.pence(63, 12)).isEqualTo(1);
        assertThat(t.pence(64, 1)).isEqualTo(2);
        assertThat(t.pence(64, 12)).isEqualTo(3);
        assertThat(t.seen(64, 12)).isTrue();
        assertThat(t.seen(64, 11)).isFalse();
        assertThat(t.pence(64, 11)).isZero();
        assertThat(t.keys()).isEqualTo(65);
    }

    @Test
    void ratesAndAllocationsAtTheirEdges() {
        assertThat(Rate.ZERO.isZero()).isTrue();
        assertThat(Rate.percent("2").isZero()).isFalse();
        assertThat(Rate.percent("2").plus(Rate.percent("1"))).isEqualTo(Rate.percent("3"));
        assertThat(Rate.percent("2").compareTo(Rate.percent("3"))).isNegative();
        assertThat(Rate.percent("0.5").percentValue()).isEqualByComparingTo("0.5");
        assertThat(Rate.percent("-100").fraction()).isEqualByComparingTo("-1");
        assertThat(Rate.percent("1000").fraction()).isEqualByComparingTo("10");
        assertThat(Allocation.inProportionTo(Gbp.pounds(10), List.of(Gbp.pounds(1), Gbp.pounds(3)))).containsExactly(Gbp.pounds("2.50"), Gbp.pounds("7.50"));
        assertThat(Allocation.evenly(Gbp.pounds(1), 1)).containsExactly(Gbp.pounds(1));
        assertThatThrownBy(() -> Allocation.evenly(Gbp.pounds(1), 0)).isInstanceOf(FinanceRuleException.class);
        assertThatThrownBy(() -> Allocation.byWeights(Gbp.pounds(1), List.of())).isInstanceOf(FinanceRuleException.class);
        assertThat(Allocation.byWeights(Gbp.pounds("0.02"), List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)))
                .containsExactly(Gbp.pounds("0.01"), Gbp.pounds("0.01"), Gbp.zero());
    }

    @Test
    void snapshotsMoveBetweenPeriodsAndTheReportSaysWhatIsNew() {
        var p5 = MonitoringSnapshot.nonDsg("S", FiscalYear.of(2020).period(5), List.of(MonitoringLine.of("A", Gbp.pounds(10), Gbp.pounds(12))), "Total");
        var p6 = p5.withPeriod(FiscalYear.of(2020).period(6)).withLines(List.of(MonitoringLine.of("A", Gbp.pounds(10), Gbp.pounds(13)),
                MonitoringLine.of("B", Gbp.pounds(5), Gbp.pounds(4))));
        assertThat(p6.varianceAfterAdjustments()).isEqualTo(Gbp.pounds(2));
        assertThat(p6.grant()).isEmpty();
        var r = MonitoringReport.of(p6, p5);
        assertThat(r.notes()).containsExactly("'B' is new since 2020/21 P5: no variance last period.");
        assertThat(r.hasOtherAdjustments()).isFalse();
        assertThat(MonitoringText.text(r, RoundingPolicy.POUNDS)).contains("Note: 'B' is new since 2020/21 P5").doesNotContain("Other Adj.");
        assertThat(MonitoringText.markdown(r, RoundingPolicy.POUNDS)).contains("Note: 'B' is new since 2020/21 P5");
        assertThat(r.rows().get(0).changeSinceLastPeriod()).isEqualTo(Gbp.pounds(1));
    }
}
