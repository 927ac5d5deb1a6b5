package uk.org.wcf.finance.s251;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.time.FiscalYear;

/** DfE's layouts of 2012-13 and 2013-14, and their lines matched across the years by meaning, every match shown. */
class LineCatalogueTest {

    static final LineCatalogue Y2012 = LineCatalogue.forYear(FiscalYear.of(2012)).orElseThrow();
    static final LineCatalogue Y2013 = LineCatalogue.forYear(FiscalYear.of(2013)).orElseThrow();

    @Test
    void the2013CatalogueIsDfEs36LinesWithTotalsOfTheirLines() {
        assertThat(LineCatalogue.knownYears()).containsExactly(FiscalYear.of(2012), FiscalYear.of(2013));
        assertThat(Y2013.lines()).hasSize(36);
        assertThat(Y2013.line(16).description()).isEqualTo("Total Children Looked After");
        assertThat(Y2013.line(16).parts()).containsExactly(6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        assertThat(Y2013.line(5).parts()).containsExactly(1, 2, 3, 4);
        assertThat(Y2013.line(33).parts()).containsExactly(5, 16, 17, 21, 27, 30, 31);
        assertThat(Y2013.line(34).parts()).containsExactly(33, 32);
        assertThat(Y2013.line(35).kind()).isEqualTo(LineKind.MEMO);
        assertThat(Y2013.line(36).measures()).containsExactly(Measure.TOTAL_EXPENDITURE);
        assertThat(Y2013.line(31).measures()).containsExactlyInAnyOrder(Measure.TOTAL_EXPENDITURE, Measure.INCOME,
                Measure.NET_CURRENT_EXPENDITURE);
        assertThat(Y2013.find("Total Children Looked After").number()).isEqualTo(16);
        assertThat(Y2012.find("Total Children Looked After").number()).isEqualTo(15);
    }

    @Test
    void totalChildrenLookedAfterIsLine15In2012And16In2013MatchedByDescription() {
        Map<Integer, LineMatch> m = byNumber(Y2012.matchTo(Y2013));
        assertThat(m).hasSize(35);
        LineMatch cla = m.get(15);
        assertThat(cla.match().map(S251Line::number)).contains(16);
        assertThat(cla.by()).isEqualTo(LineMatch.By.DESCRIPTION);
        assertThat(cla.moved()).isTrue();
        assertThat(cla.toString()).isEqualTo("2012/13 line 15 \"Total Children Looked After\" is 2013/14 line 16 (moved;"
                + " by description)");
        // the lines before the new line 3 keep their numbers
        assertThat(m.get(1).by()).isEqualTo(LineMatch.By.NUMBER_AND_DESCRIPTION);
        assertThat(m.get(2).by()).isEqualTo(LineMatch.By.NUMBER_AND_DESCRIPTION);
        assertThat(m.get(1).moved()).isFalse();
        // the grand totals changed places: excluding CERA stays 33, including CERA moves from 32 to 34
        assertThat(m.get(33).match().map(S251Line::number)).contains(33);
        assertThat(m.get(33).by()).isEqualTo(LineMatch.By.NUMBER_AND_DESCRIPTION);
        assertThat(m.get(32).match().map(S251Line::number)).contains(34);
        // a missing bracket, a straight against a curly apostrophe: the same description
        assertThat(m.get(17).match().map(S251Line::number)).contains(18);
        assertThat(m.get(31).match().map(S251Line::number)).contains(32);
    }

    @Test
    void rewordedLinesAreMatchedBySimilarDescriptionAndShownSo() {
        Map<Integer, LineMatch> m = byNumber(Y2012.matchTo(Y2013));
        Map<Integer, Integer> similar = m.values().stream().filter(x -> x.by() == LineMatch.By.SIMILAR_DESCRIPTION)
                .collect(Collectors.toMap(x -> x.line().number(), x -> x.match().orElseThrow().number()));
        // Other early years funding/expenditure; Other children looked after (services); Other childrens and family
        // / children's and families services; universal and targeted services for young people without their
        // bracket; the two memos with "(included in lines 27 and 28 above)"
        assertThat(similar).isEqualTo(Map.of(3, 4, 9, 10, 16, 17, 27, 28, 28, 29, 34, 35, 35, 36));
        assertThat(m.get(3).toString()).isEqualTo("2012/13 line 3 \"Other early years funding\" is 2013/14 line 4"
                + " (moved; by similar description)");
        // every other line by its description, and nothing left unmatched but 2013-14's new line 3
        assertThat(m.values()).allMatch(x -> x.match().isPresent());
        assertThat(Y2012.unmatchedIn(Y2013)).extracting(S251Line::number).containsExactly(3);
        assertThat(Y2013.unmatchedIn(Y2012)).isEmpty();
        LineMatch fresh = byNumber(Y2013.matchTo(Y2012)).get(3);
        assertThat(fresh.by()).isEqualTo(LineMatch.By.NONE);
        assertThat(fresh.toString()).isEqualTo("2013/14 line 3 \"Spend on local authority management costs relating to"
                + " sure Start Children's Centres\" has no line in 2012/13");
    }

    @Test
    void matchesKeepTheKindAndAgreeBothWays() {
        List<LineMatch> forward = Y2012.matchTo(Y2013);
        Map<Integer, LineMatch> back = byNumber(Y2013.matchTo(Y2012));
        for (LineMatch f : forward) {
            S251Line to = f.match().orElseThrow();
            assertThat(to.kind()).as(f.toString()).isEqualTo(f.line().kind());
            assertThat(back.get(to.number()).match().map(S251Line::number)).as(f.toString()).contains(f.line().number());
            assertThat(back.get(to.number()).by()).isEqualTo(f.by());
        }
        // a total's parts match the matched total's parts
        Map<Integer, LineMatch> m = byNumber(forward);
        for (S251Line l : Y2012.lines()) {
            List<Integer> mapped = l.parts().stream().map(p -> m.get(p).match().orElseThrow().number()).sorted().toList();
            List<Integer> theirs = new ArrayList<>(m.get(l.number()).match().orElseThrow().parts());
            theirs.removeAll(Y2012.unmatchedIn(Y2013).stream().map(S251Line::number).toList());
            assertThat(mapped).as("parts of " + l).isEqualTo(theirs.stream().sorted().toList());
        }
    }

    @Test
    void aSimilarDescriptionIsNoMatchAcrossSectionsOrKindsOrWhenTwoAreAsClose() {
        S251Line a = new S251Line(1, "Other early years funding", "Early years", LineKind.ITEM, List.of(),
                Y2012.line(1).measures());
        S251Line elsewhere = new S251Line(1, "Other early years expenditure", "Children Looked After", LineKind.ITEM,
                List.of(), Y2012.line(1).measures());
        LineCatalogue from = LineCatalogue.of(FiscalYear.of(2012), List.of(a));
        assertThat(from.matchTo(LineCatalogue.of(FiscalYear.of(2013), List.of(elsewhere))).get(0).by())
                .isEqualTo(LineMatch.By.NONE);
        S251Line one = new S251Line(1, "Other early years spend", "Early years", LineKind.ITEM, List.of(),
                Y2012.line(1).measures());
        S251Line two = new S251Line(2, "Other early years costs", "Early years", LineKind.ITEM, List.of(),
                Y2012.line(1).measures());
        LineMatch tie = from.matchTo(LineCatalogue.of(FiscalYear.of(2013), List.of(one, two))).get(0);
        assertThat(tie.match()).isEqualTo(Optional.empty());
        S251Line half = new S251Line(1, "Other spend", "Early years", LineKind.ITEM, List.of(), Y2012.line(1).measures());
        assertThat(from.matchTo(LineCatalogue.of(FiscalYear.of(2013), List.of(half))).get(0).by())
                .isEqualTo(LineMatch.By.NONE);
        assertThat(LineCatalogue.words("13  Children's and families' services")).containsExactly("children", "family",
                "service");
    }

    /**
     * A later layout made from either year's by inserting new lines anywhere (every later line renumbered, the totals'
     * parts with them) and rewriting descriptions as DfE's files do (case, spaces, a number in front, curly or
     * straight apostrophes): every line is matched to its own renumbered self, by number only when its number did not
     * move, and the new lines are matched by nothing.
     */
    @Test
    void everyLineIsFoundAgainWhenLinesAreInsertedAndDescriptionsRewritten() {
        qt().withExamples(200).forAll(integers().between(0, 1), lists().of(integers().between(0, 40)).ofSizeBetween(0, 4),
                integers().between(0, 1000)).checkAssert((which, inserts, seed) -> {
                    LineCatalogue from = which == 0 ? Y2012 : Y2013;
                    int size = from.lines().size();
                    List<Integer> at = inserts.stream().map(i -> 1 + i % (size + 1)).distinct().sorted().toList();
                    // new number of old line n: n plus the insertions at or before its position
                    java.util.function.IntUnaryOperator moved = n -> n + (int) at.stream().filter(a -> a <= n).count();
                    List<S251Line> later = new ArrayList<>();
                    int k = 0;
                    for (S251Line l : from.lines()) {
                        String d = rewrite(l.description(), seed + k++);
                        later.add(new S251Line(moved.applyAsInt(l.number()), d, l.section(), l.kind(),
                                l.parts().stream().map(moved::applyAsInt).toList(), l.measures()));
                    }
                    List<Integer> fresh = new ArrayList<>();
                    for (int i = 0; i < at.size(); i++) {
                        int n = at.get(i) + i;
                        fresh.add(n);
                        later.add(new S251Line(n, "Zzq new spend " + i + " xylophone", "Nowhere", LineKind.ITEM, List.of(),
                                Y2012.line(1).measures()));
                    }
                    LineCatalogue to = LineCatalogue.of(FiscalYear.of(2020), later);
                    for (LineMatch m : from.matchTo(to)) {
                        int expected = moved.applyAsInt(m.line().number());
                        assertThat(m.match().map(S251Line::number)).as(m.toString()).contains(expected);
                        assertThat(m.by()).as(m.toString()).isEqualTo(expected == m.line().number()
                                ? LineMatch.By.NUMBER_AND_DESCRIPTION : LineMatch.By.DESCRIPTION);
                    }
                    assertThat(from.unmatchedIn(to)).extracting(S251Line::number).containsExactlyElementsOf(fresh);
                });
    }

    /** A description as another file might write it: the same meaning. */
    private static String rewrite(String d, int seed) {
        String s = switch (seed % 4) {
            case 0 -> d.toUpperCase(java.util.Locale.ROOT);
            case 1 -> "  " + d.replace(" ", "  ") + "\t";
            case 2 -> d.replace("'", "\u2019");
            default -> d.toLowerCase(java.util.Locale.ROOT).replace("(", "").replace(")", "");
        };
        return seed % 3 == 0 ? "12 " + s : s;
    }

    private static Map<Integer, LineMatch> byNumber(List<LineMatch> matches) {
        return matches.stream().collect(Collectors.toMap(x -> x.line().number(), x -> x));
    }
}
