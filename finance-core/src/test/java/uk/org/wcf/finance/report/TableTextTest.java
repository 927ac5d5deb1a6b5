package uk.org.wcf.finance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.RoundingPolicy;

/** Tables are written for people exactly as the published tables print them. */
class TableTextTest {

    private static final FigureTable T = FigureTable.builder("t", "Example").column("a", "Budget").column("b", "Change")
            .totalColumn("c", "Total", Term.plus("a"), Term.plus("b"))
            .row("x", "A", "First | line", Gbp.pounds(1_234_400), Gbp.pounds(-975_000))
            .row("y", "B", "Second", Gbp.pounds(1400), Gbp.pounds(1400))
            .totalOfRows("t", "C", "Total").build();

    @Test
    void textAlignsFiguresAndPrintsNegativesInBrackets() {
        assertThat(TableText.text(T.round(RoundingPolicy.THOUSANDS))).isEqualTo("""
                Example (£000)
                Ref  Line          Budget  Change  Total
                ----------------------------------------
                A    First | line   1,234   (975)    259
                B    Second             1       1      3
                C    Total          1,236   (974)    262
                Footing (totals are rounded once from exact values):
                  Second / Total: total 3, rounded parts add to 2 (difference +1)
                  Total / Budget: total 1,236, rounded parts add to 1,235 (difference +1)
                """);
    }

    @Test
    void markdownEscapesPipesAndAlignsFiguresRight() {
        String md = TableText.markdown(T.round(RoundingPolicy.THOUSANDS));
        assertThat(md).startsWith("### Example (£000)\n\n| Ref | Line | Budget | Change | Total |\n| --- | --- | ---: | ---: | ---: |\n")
                .contains("| A | First \\| line | 1,234 | (975) | 259 |").contains("- Second / Total: total 3");
    }

    @Test
    void figuresAreFormattedForPeopleAndMachines() {
        assertThat(FigureFormat.PRINTED.format(-1234567)).isEqualTo("(1,234,567)");
        assertThat(FigureFormat.PRINTED.format(new BigDecimal("2.25"))).isEqualTo("2.25");
        assertThat(FigureFormat.PRINTED.format(0)).isEqualTo("0");
        assertThat(FigureFormat.PLAIN.format(-975)).isEqualTo("-975");
        assertThat(FigureFormat.PLAIN.format(new BigDecimal("0.5"))).isEqualTo("0.5");
    }

    @Test
    void aCheckListsLinesTheSourceDoesNotPublishOrTheModelLacks() {
        PublishedTable p = new PublishedTable("t", "src", List.of(
                new PublishedTable.Row("x", "First", Map.of("a", BigDecimal.valueOf(1234), "b", BigDecimal.valueOf(-975), "c", BigDecimal.valueOf(259))),
                new PublishedTable.Row("z", "Missing", Map.of("a", BigDecimal.ONE))), List.of());
        TableCheck c = TableCheck.compare(T.round(RoundingPolicy.THOUSANDS), p);
        assertThat(c.differences()).extracting(Difference::row, Difference::cause).contains(
                org.assertj.core.groups.Tuple.tuple("y", Difference.Cause.NOT_PUBLISHED),
                org.assertj.core.groups.Tuple.tuple("z", Difference.Cause.UNEXPLAINED));
        assertThat(c.passes()).isFalse();
        assertThat(c.toString()).contains("Compared with src:").contains("FAIL");
        Difference d = c.differences().get(0);
        assertThat(d.size()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(Difference.Cause.SOURCE_SIGN.isKnown()).isTrue();
        assertThat(Difference.Cause.NOT_PUBLISHED.isKnown()).isFalse();
    }
}
