package uk.org.wcf.finance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.joda.money.Money;
import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.Generators;
import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.structure.Service;
import uk.org.wcf.finance.structure.SubjectiveGroup;

/** Totals are computed from exact values and rounded once; a rounded table reports where it does not foot. */
class FootingTest {

    @Test
    void aRoundedTotalThatDiffersFromItsRoundedRowsIsReported() {
        FigureTable t = FigureTable.builder("t", "Example").column("amount", "£000")
                .row("a", "A", "First", Gbp.pounds(1400))
                .row("b", "B", "Second", Gbp.pounds(1400))
                .totalOfRows("total", "C", "Total").build();
        RoundedTable r = t.round(RoundingPolicy.THOUSANDS);
        assertThat(r.cell("a", "amount")).isEqualTo(1);
        assertThat(r.cell("total", "amount")).isEqualTo(3);
        assertThat(r.footingDifferences()).containsExactly(
                new FootingDifference("total", "amount", 3, 2, List.of(Term.plus("a"), Term.plus("b"))));
        assertThat(TableText.text(r)).contains("Total / £000: total 3, rounded parts add to 2 (difference +1)");
    }

    @Test
    void aTotalThatDoesNotFootItsPartsExactlyIsRefused() {
        assertThatThrownBy(() -> FigureTable.builder("t", "Example").column("amount", "£000")
                .row("a", "", "First", Gbp.pounds(1))
                .derivedRow("total", "", "Total", List.of(Term.plus("a")), Gbp.pounds(2)).build())
                .isInstanceOf(FinanceRuleException.class)
                .hasMessage("total 'Total' / '£000' of Example is £2.00: does not foot: its parts add to £1.00");
    }

    @Test
    void everyTotalEqualsTheExactSumOfItsParts() {
        qt().forAll(Generators.budgetBooks()).checkAssert(book -> {
            FigureTable t = BusinessPlanTables.table2(book);
            String total = t.rows().get(t.rows().size() - 1).key();
            for (FigureTable.Column c : t.columns()) {
                Money sum = Gbp.sum(t.rows().stream().filter(r -> !r.isTotal()).map(r -> t.value(r.key(), c.key())));
                assertThat(t.value(total, c.key())).isEqualTo(sum);
            }
            for (FigureTable.Row r : t.rows()) {
                Money sum = Gbp.sum(t.columns().stream().filter(c -> !c.isTotal()).map(c -> t.value(r.key(), c.key())));
                assertThat(t.value(r.key(), "total_gross_expenditure")).isEqualTo(sum);
            }
            FigureTable t4 = BusinessPlanTables.table4(book);
            assertThat(t4.value("council_base_budget", "amount")).isEqualTo(book.councilBaseBudget());
            assertThat(t4.value("total_external_funding", "amount")).isEqualTo(book.externalFunding());
        });
    }

    @Test
    void theReportedFootingDifferencesAreExactlyTheOnesThere() {
        qt().forAll(Generators.budgetBooks()).checkAssert(book -> {
            RoundedTable r = BusinessPlanTables.table2(book).round(RoundingPolicy.THOUSANDS);
            FigureTable t = r.table();
            List<FootingDifference> expected = new ArrayList<>();
            for (FigureTable.Row row : t.rows()) {
                for (FigureTable.Column col : t.columns()) {
                    long total = RoundingPolicy.THOUSANDS.units(t.value(row.key(), col.key()));
                    if (row.isTotal()) {
                        long sum = t.rows().stream().filter(x -> !x.isTotal())
                                .mapToLong(x -> RoundingPolicy.THOUSANDS.units(t.value(x.key(), col.key()))).sum();
                        if (sum != total) {
                            expected.add(new FootingDifference(row.key(), col.key(), total, sum, row.parts()));
                        }
                    }
                    if (col.isTotal()) {
                        long sum = t.columns().stream().filter(x -> !x.isTotal())
                                .mapToLong(x -> RoundingPolicy.THOUSANDS.units(t.value(row.key(), x.key()))).sum();
                        if (sum != total) {
                            expected.add(new FootingDifference(row.key(), col.key(), total, sum, col.parts()));
                        }
                    }
                }
            }
            assertThat(r.footingDifferences()).containsExactlyElementsOf(expected);
            // and each is within what rounding the parts can explain
            r.footingDifferences().forEach(d -> assertThat(Math.abs(d.difference())).isLessThanOrEqualTo((d.parts().size() + 1) / 2));
        });
    }

    @Test
    void aPublishedTotalOffByRoundingIsKnownAndAWrongFigureIsNot() {
        BudgetBook book = BudgetBook.builder(uk.org.wcf.finance.time.FiscalYear.of(2020))
                .line(Service.standalone("A", "One"), SubjectiveGroup.STAFFING, Gbp.thousands(10))
                .line(Service.standalone("B", "Two"), SubjectiveGroup.STAFFING, Gbp.thousands(20)).build();
        RoundedTable r = BusinessPlanTables.table2(book).round(RoundingPolicy.THOUSANDS);
        PublishedTable published = new PublishedTable(BusinessPlanTables.TABLE_2, "test", List.of(
                row("A", "One", 10, 0, 0, 0, 10), row("B", "Two", 20, 0, 0, 0, 25), row("C", "Total", 31, 0, 0, 0, 35)),
                List.of());
        TableCheck check = TableCheck.compare(r, published);
        assertThat(check.differences()).extracting(Difference::row, Difference::column, Difference::cause)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("B", "total_gross_expenditure", Difference.Cause.UNEXPLAINED),
                        org.assertj.core.groups.Tuple.tuple("C", "staffing", Difference.Cause.SOURCE_ROUNDING),
                        org.assertj.core.groups.Tuple.tuple("C", "total_gross_expenditure", Difference.Cause.UNEXPLAINED));
        assertThat(check.passes()).isFalse();
        assertThat(check.differences().get(1).explanation())
                .isEqualTo("source rounding: the published 31 is 1 more than its own published parts (10 + 20 = 30); "
                        + "the model's figure is the exact sum of its parts");
    }

    private static PublishedTable.Row row(String key, String label, long staffing, long premises, long transport,
            long other, long total) {
        return new PublishedTable.Row(key, label, Map.of("staffing", java.math.BigDecimal.valueOf(staffing),
                "premises", java.math.BigDecimal.valueOf(premises), "transport", java.math.BigDecimal.valueOf(transport),
                "other_non_staffing", java.math.BigDecimal.valueOf(other), "total_gross_expenditure",
                java.math.BigDecimal.valueOf(total)));
    }
}
