package uk.org.wcf.finance.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.joda.money.Money;
import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.Generators;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.time.FiscalPeriod;
import uk.org.wcf.finance.time.FiscalYear;

/** Outturn forecasts: every method ends at the actuals, the simulation is ordered and repeatable. */
class ForecastingTest {

    private static final FiscalYear Y = FiscalYear.of(2020);
    private static final DemandModel PLACEMENTS = new DemandModel(new BigDecimal("120"), new BigDecimal("8"),
            new BigDecimal("4200"), new BigDecimal("350"));

    @Test
    void aForecastMadeAtP12EqualsTheActuals() {
        qt().forAll(lists().of(Generators.amounts(5_000_000)).ofSize(12), lists().of(Generators.amounts(5_000_000)).ofSize(12))
                .assuming((a, prior) -> !Gbp.sum(prior).isZero())
                .checkAssert((actuals, prior) -> {
                    FiscalPeriod p12 = Y.period(12);
                    Money total = Gbp.sum(actuals);
                    assertThat(Forecasting.runRate("x", actuals, p12).outturn()).isEqualTo(total);
                    assertThat(Forecasting.seasonal("x", actuals, List.of(prior), p12).outturn()).isEqualTo(total);
                    assertThat(Forecasting.olsTrend("x", actuals, p12, 0.9).outturn()).isEqualTo(total);
                    Forecast mc = Forecasting.monteCarlo("x", actuals, p12, PLACEMENTS, 100, 1);
                    assertThat(mc.outturn()).isEqualTo(total);
                    assertThat(mc.low()).isEqualTo(total);
                });
    }

    @Test
    void monteCarloPercentilesAreOrderedAndTheSameSeedGivesTheSameFigures() {
        qt().withExamples(40).forAll(integers().between(1, 11), longs().all(), integers().between(0, 500)).checkAssert((n, seed, sd) -> {
            List<Money> actuals = Collections.nCopies(12, Gbp.pounds(500_000));
            DemandModel d = new DemandModel(new BigDecimal("120"), BigDecimal.valueOf(sd, 1), new BigDecimal("4200"), BigDecimal.valueOf(sd));
            Forecast a = Forecasting.monteCarlo("Placements", actuals, Y.period(n), d, 2000, seed);
            Forecast b = Forecasting.monteCarlo("Placements", actuals, Y.period(n), d, 2000, seed);
            assertThat(a.low()).isLessThanOrEqualTo(a.outturn());
            assertThat(a.outturn()).isLessThanOrEqualTo(a.high());
            assertThat(a).isEqualTo(b);
        });
    }

    @Test
    void oneHundredThousandTrialsCentreOnTheExpectedOutturn() {
        List<Money> actuals = Collections.nCopies(12, Gbp.pounds(504_000));
        Forecast f = Forecasting.monteCarlo("Placements", actuals, Y.period(6), PLACEMENTS, 100_000, 2020);
        // 6 months x 120 x 4,200 = 3,024,000 expected for the rest of the year, on 3,024,000 to date: 6,048,000
        assertThat(f.outturn().getAmount()).isBetween(new BigDecimal("6040000"), new BigDecimal("6056000"));
        assertThat(f.inputs()).containsEntry("seed", "2020").containsEntry("trials", "100000");
    }

    @Test
    void anOlsTrendFollowsALineAndItsIntervalBracketsIt() {
        List<Money> rising = new java.util.ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            rising.add(Gbp.pounds(100_000 + 1_000 * m + (m % 2 == 0 ? 300 : -300)));
        }
        Forecast f = Forecasting.olsTrend("Agency", rising, Y.period(6), 0.9);
        assertThat(f.outturn().getAmount()).isBetween(new BigDecimal("1270000"), new BigDecimal("1280000"));
        assertThat(f.low()).isLessThan(f.outturn());
        assertThat(f.high()).isGreaterThan(f.outturn());
        assertThat(f.method()).isEqualTo("OLS trend");
    }

    @Test
    void aBacktestReportsTheErrorByPeriodAndAForecastFeedsTheSnapshot() {
        List<Money> year = Collections.nCopies(12, Gbp.pounds(1000));
        Map<FiscalPeriod, Money> errors = Forecasting.backtest((a, at) -> Forecasting.runRate("x", a, at), year, 1, Y::period);
        assertThat(errors).hasSize(12).allSatisfy((p, e) -> assertThat(e).isEqualTo(Gbp.zero()));
        MonitoringSnapshot s = MonitoringSnapshot.nonDsg("t", Y.period(6), List.of(MonitoringLine.of("x", Gbp.pounds(12000), Gbp.zero())), "Total");
        Forecast f = Forecasting.runRate("x", year, Y.period(6));
        assertThat(f.applyTo(s).line("x").orElseThrow().forecast()).isEqualTo(Gbp.pounds(12000));
    }
}
