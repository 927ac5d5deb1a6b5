package uk.org.wcf.finance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.budget.BudgetStatus;
import uk.org.wcf.finance.money.Allocation;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.structure.Service;
import uk.org.wcf.finance.structure.SubjectiveGroup;
import uk.org.wcf.finance.time.FiscalYear;

/** Every cause a check can give, at its boundary, with the words it uses. */
class ReconciliationCausesTest {

    private static PublishedTable published(Map<String, Map<String, Long>> rows) {
        return new PublishedTable("t", "src", rows.entrySet().stream().map(e -> new PublishedTable.Row(e.getKey(), e.getKey(),
                e.getValue().entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        x -> BigDecimal.valueOf(x.getValue()))))).toList(), List.of());
    }

    @Test
    void aPublishedTotalThatIsTheSumOfRoundedPartsIsModelRounding() {
        FigureTable t = FigureTable.builder("t", "T").column("a", "A")
                .row("x", "", "X", Gbp.pounds(1400)).row("y", "", "Y", Gbp.pounds(1400)).totalOfRows("s", "", "S").build();
        TableCheck c = TableCheck.compare(t.round(RoundingPolicy.THOUSANDS), published(Map.of("x", Map.of("a", 1L), "y", Map.of("a", 1L),
                "s", Map.of("a", 2L))));
        assertThat(c.differences()).extracting(Difference::cause).containsExactly(Difference.Cause.MODEL_ROUNDING);
        assertThat(c.differences().get(0).explanation())
                .isEqualTo("rounding: the published figure is the sum of the rounded parts (2); the model rounds the exact total once");
        assertThat(c.passes()).isTrue();
    }

    @Test
    void aRowTotalColumnOffByRoundingIsExplainedByItsColumns() {
        FigureTable t = FigureTable.builder("t", "T").column("a", "A").column("b", "B").totalColumn("c", "C", Term.plus("a"), Term.minus("b"))
                .row("x", "", "X", Gbp.thousands(10), Gbp.thousands(3)).build();
        TableCheck c = TableCheck.compare(t.round(RoundingPolicy.THOUSANDS), published(Map.of("x", Map.of("a", 10L, "b", 3L, "c", 8L))));
        assertThat(c.differences()).extracting(Difference::cause).containsExactly(Difference.Cause.SOURCE_ROUNDING);
        assertThat(c.differences().get(0).explanation())
                .isEqualTo("source rounding: the published 8 is 1 more than its own published parts (10 - 3 = 7); the model's figure is the exact sum of its parts");
        TableCheck first = TableCheck.compare(FigureTable.builder("t", "T").column("a", "A").column("b", "B")
                .totalColumn("c", "C", Term.minus("b"), Term.plus("a")).row("x", "", "X", Gbp.thousands(10), Gbp.thousands(3)).build()
                .round(RoundingPolicy.THOUSANDS), published(Map.of("x", Map.of("a", 10L, "b", 3L, "c", 6L))));
        assertThat(first.differences().get(0).explanation()).contains("(- 3 + 10 = 7)").contains("is 1 less");
    }

    @Test
    void theToleranceIsHalfAUnitPerPart() {
        FigureTable.Builder b = FigureTable.builder("t", "T").column("a", "A");
        for (String k : List.of("p", "q", "r")) {
            b.row(k, "", k, Gbp.thousands(1));
        }
        RoundedTable r = b.totalOfRows("s", "", "S").build().round(RoundingPolicy.THOUSANDS);
        // three parts: rounding each could move the total by up to 1.5
        assertThat(TableCheck.compare(r, published(Map.of("p", Map.of("a", 1L), "q", Map.of("a", 1L), "r", Map.of("a", 1L),
                "s", Map.of("a", 4L)))).differences().get(0).cause()).isEqualTo(Difference.Cause.SOURCE_ROUNDING);
        assertThat(TableCheck.compare(r, published(Map.of("p", Map.of("a", 1L), "q", Map.of("a", 1L), "r", Map.of("a", 1L),
                "s", Map.of("a", 5L)))).differences().get(0).cause()).isEqualTo(Difference.Cause.UNEXPLAINED);
        assertThat(TableCheck.tolerance(3)).isEqualByComparingTo("1.5");
        assertThat(TableCheck.tolerance(2)).isEqualByComparingTo("1");
    }

    @Test
    void theSourceSignIsExplainedBothWaysWhenTheSourcesTotalsFollowTheModel() {
        FigureTable t = FigureTable.builder("t", "T").column("a", "A").row("x", "", "Cost", Gbp.thousands(-5)).row("y", "", "Credit", Gbp.thousands(7))
                .row("z", "", "Zero", Gbp.zero()).totalOfRows("n", "", "Net").build();
        TableCheck c = TableCheck.compare(t.round(RoundingPolicy.THOUSANDS), published(Map.of("x", Map.of("a", 5L), "y", Map.of("a", 7L),
                "z", Map.of("a", 0L), "n", Map.of("a", 2L))));
        assertThat(c.differences()).extracting(Difference::explanation).containsExactly(
                "source sign: the source prints 5 where the table's own convention gives (5) (a charge or cost is negative); the source's own totals add up only with the model's sign");
        assertThat(c.toString()).contains("Cost / a: model (5), published 5 - source sign").endsWith("PASS\n");
        TableCheck credit = TableCheck.compare(t.round(RoundingPolicy.THOUSANDS), published(Map.of("x", Map.of("a", -5L), "y", Map.of("a", -7L),
                "z", Map.of("a", 0L), "n", Map.of("a", 2L))));
        assertThat(credit.differences()).extracting(Difference::explanation).containsExactly(
                "source sign: the source prints (7) where the table's own convention gives 7 (a credit or income is positive); the source's own totals add up only with the model's sign");
    }

    @Test
    void aSignDifferenceIsNotTheSourcesWhenItsTotalsFollowThePrintedSignOrThereIsNoTotal() {
        FigureTable t = FigureTable.builder("t", "T").column("a", "A").row("x", "", "Cost", Gbp.thousands(-5)).row("y", "", "Credit", Gbp.thousands(7))
                .totalOfRows("n", "", "Net").build();
        // the source's total follows its printed sign: the model's sign is wrong
        TableCheck printed = TableCheck.compare(t.round(RoundingPolicy.THOUSANDS), published(Map.of("x", Map.of("a", 5L), "y", Map.of("a", 7L),
                "n", Map.of("a", 12L))));
        assertThat(printed.differences()).filteredOn(d -> d.row().equals("x")).extracting(Difference::cause)
                .containsExactly(Difference.Cause.UNEXPLAINED);
        assertThat(printed.passes()).isFalse();
        FigureTable alone = FigureTable.builder("t", "T").column("a", "A").row("x", "", "Cost", Gbp.thousands(-5)).build();
        assertThat(TableCheck.compare(alone.round(RoundingPolicy.THOUSANDS), published(Map.of("x", Map.of("a", 5L))))
                .differences()).extracting(Difference::cause).containsExactly(Difference.Cause.UNEXPLAINED);
    }

    @Test
    void aTotalIsTheSourcesOnlyWhenEveryWayToItDisagreesWithThePublishedFigure() {
        // two rows x two columns with a total row and a total column; the grand total sums both ways
        FigureTable t = FigureTable.builder("t", "T").column("a", "A").column("b", "B").totalColumn("c", "C", Term.plus("a"), Term.plus("b"))
                .row("x", "", "X", Gbp.thousands(10), Gbp.thousands(20)).row("y", "", "Y", Gbp.thousands(30), Gbp.thousands(41))
                .totalOfRows("s", "", "S").build();
        // the model's y/b is 41; the source prints 40 and its row total follows 40 (the model is wrong there)
        Map<String, Map<String, Long>> pub = Map.of("x", Map.of("a", 10L, "b", 20L, "c", 30L), "y", Map.of("a", 30L, "b", 40L, "c", 70L),
                "s", Map.of("a", 40L, "b", 61L, "c", 100L));
        TableCheck c = TableCheck.compare(t.round(RoundingPolicy.THOUSANDS), published(pub));
        // s/c: model 101; the column way (40 + 61 = 101) matches the model, but the row way (30 + 70 = 100) matches
        // the published figure, so the source is consistent at that cell: not its rounding
        assertThat(c.differences()).filteredOn(d -> d.row().equals("s") && d.column().equals("c"))
                .extracting(Difference::cause).containsExactly(Difference.Cause.UNEXPLAINED);
        assertThat(c.differences()).filteredOn(d -> d.row().equals("s") && d.column().equals("c"))
                .extracting(Difference::explanation).allMatch(e -> e.contains("the source is consistent here"));
        assertThat(c.passes()).isFalse();
    }

    @Test
    void aPublishedColumnTheModelHasNotIsNotExplained() {
        FigureTable t = FigureTable.builder("t", "T").column("a", "A").row("x", "", "X", Gbp.thousands(1)).build();
        TableCheck c = TableCheck.compare(t.round(RoundingPolicy.THOUSANDS), published(Map.of("x", Map.of("a", 1L, "b", 9L))));
        assertThat(c.differences()).extracting(Difference::column, Difference::cause)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("b", Difference.Cause.UNEXPLAINED));
        assertThat(c.differences().get(0).explanation()).contains("no column for the published column 'b'");
        assertThat(c.passes()).isFalse();
    }

    @Test
    void moneyAndBookBasics() {
        var m = Gbp.pounds(5);
        assertThat(Gbp.requireGbp(m, "x")).isSameAs(m);
        assertThat(Gbp.requireNonNegative(m, "x", "rule")).isSameAs(m);
        assertThat(Rate.percent("100")).hasToString("100%");
        assertThat(Rate.percent("100").percentValue()).isEqualByComparingTo("100");
        assertThat(RoundingPolicy.THOUSANDS.round(new BigDecimal("0.4749"), 2)).isEqualByComparingTo("0.47");
        assertThat(RoundingPolicy.Unit.THOUSANDS.scale()).isEqualTo(-3);
        assertThat(RoundingPolicy.Unit.PENCE.label()).isEqualTo("£");
        assertThat(RoundingPolicy.of(RoundingPolicy.Unit.POUNDS, RoundingMode.DOWN).units(Gbp.pounds("9.99"))).isEqualTo(9);
        var e = new FinanceRuleException("field f", 3, "the rule");
        assertThat(List.of(e.field(), e.value(), e.rule())).containsExactly("field f", "3", "the rule");
        Service a = Service.standalone("A", "R");
        BudgetBook b = BudgetBook.builder(FiscalYear.of(2020)).service(a).status(BudgetStatus.INDICATIVE)
                .span(FiscalYear.of(2020).months()).line(a, SubjectiveGroup.STAFFING, Gbp.pounds(1)).build();
        assertThat(b.status()).isEqualTo(BudgetStatus.INDICATIVE);
        assertThat(b.services()).containsExactly(a);
        assertThat(Allocation.byWeights(Gbp.pounds(3), List.of(BigDecimal.ZERO, BigDecimal.ONE))).containsExactly(Gbp.zero(), Gbp.pounds(3));
        Service idle = Service.standalone("B", "Idle");
        BudgetBook withIdle = BudgetBook.builder(FiscalYear.of(2020)).service(a).service(idle).line(a, SubjectiveGroup.STAFFING, Gbp.pounds(1)).build();
        assertThat(withIdle.grossByService()).containsEntry(idle, Gbp.zero()).hasSize(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> withIdle.service("Z"))
                .hasMessage("service is 'Z': unknown service; known services are [A R, B Idle]");
        FigureTable t = FigureTable.builder("t", "T").column("a", "A").row("x", "", "X", Gbp.thousands(1)).build();
        assertThat(t.round(RoundingPolicy.THOUSANDS).toString()).isEqualTo(TableText.text(t.round(RoundingPolicy.THOUSANDS)));
        assertThat(TableCheck.compare(t.round(RoundingPolicy.THOUSANDS), published(Map.of("x", Map.of("a", 1L)))).toString())
                .contains("  no differences\nPASS\n");
    }
}
