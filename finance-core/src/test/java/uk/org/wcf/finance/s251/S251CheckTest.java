package uk.org.wcf.finance.s251;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.time.FiscalYear;

/** The rules of a return: within a row, section totals, grand totals; rounding under £1; blanks take no part. */
class S251CheckTest {

    static final LineCatalogue Y2012 = LineCatalogue.forYear(FiscalYear.of(2012)).orElseThrow();

    static CouncilReturn statementWith(int line, Measure m, String pounds) {
        CouncilReturn c = S251Statement.build(Y2012, "885", "W", List.of(
                StatementEntry.of(6, Measure.OWN_PROVISION, Gbp.pounds(100), "a"),
                StatementEntry.of(6, Measure.INCOME, Gbp.pounds(10), "b"),
                StatementEntry.of(30, Measure.TOTAL_EXPENDITURE, Gbp.pounds(50), "c")));
        Map<Integer, Figures> lines = new HashMap<>(c.lines());
        Figures.Builder b = Figures.builder();
        lines.get(line).toMap().forEach(b::set);
        lines.put(line, b.set(m, Gbp.pounds(pounds)).build());
        return CouncilReturn.of("885", "W", lines);
    }

    @Test
    void aNetThatIsOffByPenniesIsRoundingAndByAPoundIsAnError() {
        List<S251Difference> d = S251Check.check(Y2012, statementWith(6, Measure.NET_CURRENT_EXPENDITURE, "90.99"));
        // the row rule on line 6 and line 6's net flowing into lea_net and the section total
        assertThat(d).extracting(x -> x.rule().code() + " " + x.line().number() + " " + x.kind().word())
                .containsExactly("net 6 rounding", "lea_net 6 rounding", "section 15 rounding");
        assertThat(d.get(0).computed()).isEqualTo(Gbp.pounds(90));
        assertThat(d.get(0).published()).isEqualTo(Gbp.pounds("90.99"));
        assertThat(d.get(0).difference()).isEqualTo(Gbp.pounds("0.99"));
        assertThat(S251Check.check(Y2012, statementWith(6, Measure.NET_CURRENT_EXPENDITURE, "91")).get(0).kind())
                .isEqualTo(S251Difference.Kind.ERROR);
    }

    @Test
    void grandTotalsSumTheirSectionsAndCera() {
        List<S251Difference> d = S251Check.check(Y2012, statementWith(33, Measure.TOTAL_EXPENDITURE, "151"));
        assertThat(d).extracting(x -> x.rule().code() + " " + x.line().number() + " " + x.measure().column())
                .containsExactly("net 33 NetCurrentExpenditure", "grand_total 32 TotalExpenditure",
                        "grand_total 33 TotalExpenditure");
    }

    @Test
    void aBlankIsNotApplicableAndNeverTakenAsZero() {
        Figures onlyTotal = Figures.builder().set(Measure.TOTAL_EXPENDITURE, Gbp.pounds(5)).build();
        CouncilReturn c = statementWith(6, Measure.OWN_PROVISION, "100");
        Map<Integer, Figures> lines = new HashMap<>(c.lines());
        lines.put(30, onlyTotal);
        List<S251Difference> d = S251Check.check(Y2012, CouncilReturn.of("885", "W", lines));
        // line 30 has no provisions, income or net: no row rule applies; the grand totals still see the change
        assertThat(d).extracting(x -> x.rule()).containsOnly(S251Rule.GRAND_TOTAL);
        assertThat(onlyTotal.get(Measure.INCOME)).isEmpty();
        assertThat(onlyTotal.toString()).contains("Income=n/a");
    }

    @Test
    void linesAreFoundByNumberOrMeaningAndMatchedAcrossYearsWhenTheyMove() {
        assertThat(Y2012.find("15").description()).isEqualTo("Total Children Looked After");
        assertThat(Y2012.find("  total children LOOKED after ").number()).isEqualTo(15);
        assertThat(Y2012.find("Youth Justice").number()).isEqualTo(30);
        assertThat(Y2012.find("residential").number()).isEqualTo(5);
        assertThatThrownBy(() -> Y2012.find("Sure Start Children's Centres")).hasMessageContaining("it matches 3 lines");
        // a later layout with a line inserted before Children Looked After
        List<S251Line> later = new ArrayList<>();
        for (S251Line l : Y2012.lines()) {
            int n = l.number() >= 5 ? l.number() + 1 : l.number();
            List<Integer> parts = l.parts().stream().map(p -> p >= 5 ? p + 1 : p).toList();
            later.add(new S251Line(n, l.description(), l.section(), l.kind(), parts, l.measures()));
        }
        later.add(new S251Line(5, "Early years new line", "x", LineKind.ITEM, List.of(), Y2012.line(1).measures()));
        LineCatalogue y2013 = LineCatalogue.of(FiscalYear.of(2013), later);
        List<LineMatch> matches = Y2012.matchTo(y2013);
        assertThat(matches).hasSize(35);
        LineMatch cla = matches.get(14);
        assertThat(cla.match().map(S251Line::number)).isEqualTo(Optional.of(16));
        assertThat(cla.moved()).isTrue();
        assertThat(cla.by()).isEqualTo(LineMatch.By.DESCRIPTION);
        assertThat(cla.toString()).isEqualTo("2012/13 line 15 \"Total Children Looked After\" is 2013/14 line 16 (moved; by description)");
        assertThat(matches.get(0).moved()).isFalse();
        assertThat(y2013.matchTo(Y2012).get(4).toString()).isEqualTo("2013/14 line 5 \"Early years new line\" has no line in 2012/13");
    }

    @Test
    void aCatalogueRefusesATotalOfAMemoOrOfAMissingLine() {
        S251Line memo = new S251Line(2, "m", "s", LineKind.MEMO, List.of(), Y2012.line(34).measures());
        S251Line total = new S251Line(3, "t", "s", LineKind.SECTION_TOTAL, List.of(2), Y2012.line(34).measures());
        assertThatThrownBy(() -> LineCatalogue.of(FiscalYear.of(2012), List.of(memo, total)))
                .isInstanceOf(FinanceRuleException.class).hasMessageContaining("line 2 is a memo, part of no sum");
        S251Line orphan = new S251Line(3, "t", "s", LineKind.SECTION_TOTAL, List.of(9), Y2012.line(34).measures());
        assertThatThrownBy(() -> LineCatalogue.of(FiscalYear.of(2012), List.of(orphan)))
                .hasMessageContaining("line 9 is not in the 2012/13 catalogue");
        S251Line a = new S251Line(1, "a", "s", LineKind.SECTION_TOTAL, List.of(2), Y2012.line(34).measures());
        S251Line b = new S251Line(2, "b", "s", LineKind.SECTION_TOTAL, List.of(1), Y2012.line(34).measures());
        assertThatThrownBy(() -> LineCatalogue.of(FiscalYear.of(2012), List.of(a, b)))
                .hasMessageContaining("a total may not sum itself through other totals");
    }
}
