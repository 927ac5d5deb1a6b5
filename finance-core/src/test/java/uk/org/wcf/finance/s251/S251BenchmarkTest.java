package uk.org.wcf.finance.s251;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.joda.money.Money;
import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.RoundingPolicy;

/** Rank and QUARTILE.INC quartiles agree with a plain reference implementation and with Excel's own examples. */
class S251BenchmarkTest {

    static final S251Line LINE = LineCatalogue.forYear(uk.org.wcf.finance.time.FiscalYear.of(2012)).orElseThrow().line(15);

    @Test
    void quartilesAsExcelDocumentsQuartileInc() {
        // Excel's help for QUARTILE.INC: {1,2,4,7,8,9,10,12} gives 3.5 for the first quartile
        List<BigDecimal> x = List.of(1, 2, 4, 7, 8, 9, 10, 12).stream().map(BigDecimal::valueOf).toList();
        assertThat(S251Benchmark.quartileExact(x, 1)).hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("3.5"));
        assertThat(S251Benchmark.quartileExact(x, 2)).hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("7.5"));
        assertThat(S251Benchmark.quartileExact(x, 3)).hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("9.25"));
        assertThat(S251Benchmark.quartileExact(List.of(), 2)).isEmpty();
    }

    @Test
    void rankAndQuartilesAgreeWithAReferenceOverGeneratedFigures() {
        qt().withExamples(300).forAll(lists().of(longs().between(-50_000_000L, 50_000_000L)).ofSizeBetween(1, 160),
                integers().between(0, 1000)).checkAssert((pence, pick) -> {
                    List<S251Benchmark.CouncilFigure> figures = new ArrayList<>();
                    for (int i = 0; i < pence.size(); i++) {
                        // a few repeated figures make ties
                        long p = i % 7 == 3 ? pence.get(0) : pence.get(i);
                        figures.add(S251Benchmark.CouncilFigure.of("L" + i, "Council " + i, Money.ofMinor(Gbp.GBP, p)));
                    }
                    int who = pick % figures.size();
                    CouncilReturn council = CouncilReturn.of("L" + who, "Council " + who, Map.of());
                    BenchmarkResult r = S251Benchmark.rank("all", council, LINE, Measure.TOTAL_EXPENDITURE, false,
                            figures, RoundingPolicy.PENCE);
                    // reference rank: position in a list sorted highest first, ties sharing the first position
                    List<Money> desc = figures.stream().map(S251Benchmark.CouncilFigure::value)
                            .sorted(Comparator.reverseOrder()).toList();
                    assertThat(r.rank()).hasValue(desc.indexOf(figures.get(who).value()) + 1);
                    assertThat(r.councils()).isEqualTo(figures.size());
                    List<BigDecimal> asc = figures.stream().map(f -> f.value().getAmount()).sorted().toList();
                    assertThat(r.lowerQuartile()).contains(reference(asc, 0.25));
                    assertThat(r.median()).contains(reference(asc, 0.5));
                    assertThat(r.upperQuartile()).contains(reference(asc, 0.75));
                });
    }

    /** QUARTILE.INC as its definition reads: k = 1 + (n - 1) p, interpolate between the kth and the next. */
    static Money reference(List<BigDecimal> asc, double p) {
        BigDecimal k = BigDecimal.valueOf(asc.size() - 1).multiply(BigDecimal.valueOf(p));
        int lo = k.setScale(0, RoundingMode.FLOOR).intValueExact();
        BigDecimal frac = k.subtract(BigDecimal.valueOf(lo));
        BigDecimal v = asc.get(lo);
        if (frac.signum() > 0) {
            v = v.add(asc.get(lo + 1).subtract(v).multiply(frac));
        }
        return Money.of(Gbp.GBP, v.setScale(2, RoundingMode.HALF_UP));
    }

    @Test
    void aCouncilWithoutAFigureHasNoRankButTheOthersAreStillCounted() {
        List<S251Benchmark.CouncilFigure> figures = List.of(
                S251Benchmark.CouncilFigure.of("1", "A", Gbp.pounds(10)),
                S251Benchmark.CouncilFigure.of("2", "B", Gbp.pounds(30)));
        BenchmarkResult r = S251Benchmark.rank("all", CouncilReturn.of("3", "C", Map.of()), LINE, Measure.OWN_PROVISION,
                false, figures, RoundingPolicy.PENCE);
        assertThat(r.value()).isEmpty();
        assertThat(r.rank()).isEmpty();
        assertThat(r.councils()).isEqualTo(2);
        assertThat(r.median()).contains(Gbp.pounds(20));
    }

    @Test
    void perHeadDividesByThePopulationToThePenny() {
        List<S251Benchmark.CouncilFigure> per = S251Benchmark.perHead(List.of(
                S251Benchmark.CouncilFigure.of("885", "Worcestershire", Gbp.pounds(30_284_973)),
                S251Benchmark.CouncilFigure.of("1", "No population", Gbp.pounds(1))), Map.of("885", 115_000L),
                RoundingPolicy.PENCE);
        assertThat(per).singleElement().satisfies(f -> assertThat(f.value()).isEqualTo(Gbp.pounds("263.35")));
    }
}
