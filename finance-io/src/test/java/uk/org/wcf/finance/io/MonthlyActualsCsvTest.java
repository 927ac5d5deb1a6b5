package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.joda.money.Money;
import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.forecast.Calibration;
import uk.org.wcf.finance.forecast.Forecast;
import uk.org.wcf.finance.forecast.ForecastMethod;
import uk.org.wcf.finance.forecast.Forecasting;
import uk.org.wcf.finance.forecast.LineSeries;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.time.FiscalYear;

/** Monthly actuals in either layout, with every problem named; forecasts written and read back the same. */
class MonthlyActualsCsvTest {

    private static ReadResult<Map<String, Map<YearMonth, Money>>> read(String csv) {
        return MonthlyActualsCsv.read("a.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheFileActualsWritesAndAPlainOne() {
        var fromActuals = read("cost_centre,month,budget,actual,variance\ncc1,2020-04,100.00,90.00,-10.00\ncc1,2020-05,100.00,\"1,100.50\",1000.50\n");
        assertThat(fromActuals.problems()).isEmpty();
        assertThat(fromActuals.value().orElseThrow().get("cc1")).containsEntry(YearMonth.of(2020, 5), Gbp.pounds("1100.50"));
        var plain = read("month,actual,line\n2016-04,(975),Fees\n");
        assertThat(plain.value().orElseThrow().get("Fees")).containsEntry(YearMonth.of(2016, 4), Gbp.pounds(-975));
    }

    @Test
    void namesEveryProblemByLineAndColumn() {
        assertThat(read("line,month,actual\nA,2020-04,1\nA,2020-04,2\nB,04/2020,x\n").problems()).extracting(Problem::toString)
                .hasSize(3).satisfies(p -> {
                    assertThat(p.get(0)).isEqualTo("a.csv, line 3, column 2 (month): 'A' has two rows for 2020-04; a line has one row a month");
                    assertThat(p.get(1)).isEqualTo("a.csv, line 4, column 2 (month): month is '04/2020': write a month as 2016-04");
                    assertThat(p.get(2)).startsWith("a.csv, line 4, column 3 (actual): ").contains("'x'");
                });
        assertThat(read("month,actual\n2020-04,1\n").problems()).extracting(Problem::toString).containsExactly(
                "a.csv, line 1: the header has neither 'line' nor 'cost_centre'; the columns are line,month,actual or cost_centre,month,budget,actual,variance");
    }

    @Test
    void aLineNamedLikeACommentIsReadBack() {
        Forecast f = Forecasting.runRate("# hash", List.of(Gbp.pounds(10), Gbp.pounds(20)), FiscalYear.of(2020).period(2));
        var back = MonthlyActualsCsv.readForecasts("f.csv", new ByteArrayInputStream(MonthlyActualsCsv.writeForecasts(List.of(f))
                .getBytes(StandardCharsets.UTF_8))).orThrow();
        assertThat(back).extracting(MonthlyActualsCsv.ForecastRow::line).containsExactly("# hash");
    }

    @Test
    void forecastsWrittenAreReadBackTheSame() {
        qt().withExamples(200).forAll(lists().of(integers().between(-2_000_000, 2_000_000)).ofSize(12),
                strings().basicLatinAlphabet().ofLengthBetween(1, 12).assuming(s -> !s.isBlank()), integers().between(1, 12))
                .checkAssert((pounds, name, n) -> {
                    List<Money> months = new ArrayList<>();
                    pounds.forEach(p -> months.add(Gbp.pounds(p)));
                    List<Forecast> fs = List.of(Forecasting.forecast(LineSeries.of(name.strip().isEmpty() ? "x" : name, months, List.of()),
                            FiscalYear.of(2020).period(n), ForecastMethod.AUTO, Calibration.none()));
                    String csv = MonthlyActualsCsv.writeForecasts(fs);
                    var back = MonthlyActualsCsv.readForecasts("f.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))).orThrow();
                    assertThat(back).hasSize(1);
                    Forecast f = fs.get(0);
                    assertThat(back.get(0)).isEqualTo(new MonthlyActualsCsv.ForecastRow(f.line().strip(), f.actualsToDate(), f.outturn(), f.low(),
                            f.high(), f.method()));
                });
    }
}
