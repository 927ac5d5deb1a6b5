package uk.org.wcf.finance.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.joda.money.Money;
import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.Generators;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.time.FiscalPeriod;
import uk.org.wcf.finance.time.FiscalYear;

/** Outturn forecasts: no impossible forecast, ranges that hold what they claim, every method ends at the actuals. */
class ForecastingTest {

    private static final FiscalYear Y = FiscalYear.of(2020);
    private static final DemandModel PLACEMENTS = DemandModel.of(new BigDecimal("120"), new BigDecimal("8"),
            new BigDecimal("4200"), new BigDecimal("350"));
    private static final List<ForecastMethod> ALL = List.of(ForecastMethod.values());

    private static LineSeries series(List<Money> actuals, List<Money> prior) {
        return LineSeries.of("x", actuals, prior == null ? List.of() : List.of(prior));
    }

    @Test
    void aForecastMadeAtP12EqualsTheActuals() {
        qt().forAll(lists().of(Generators.signedAmounts(5_000_000)).ofSize(12), lists().of(Generators.amounts(5_000_000)).ofSize(12))
                .checkAssert((actuals, prior) -> {
                    FiscalPeriod p12 = Y.period(12);
                    Money total = Gbp.sum(actuals);
                    for (ForecastMethod m : ALL) {
                        Forecast f = Forecasting.forecast(series(actuals, prior), p12, m, Calibration.none());
                        assertThat(f.outturn()).isEqualTo(total);
                        assertThat(f.low()).contains(total);
                        assertThat(f.high()).contains(total);
                    }
                    assertThat(Forecasting.monteCarlo("x", actuals, p12, PLACEMENTS, 100, 1).outturn()).isEqualTo(total);
                });
    }

    @Test
    void p10IsNotAboveP50NorP50AboveP90ForAnyLineAndMethod() {
        qt().forAll(lists().of(Generators.signedAmounts(2_000_000)).ofSize(12), lists().of(Generators.signedAmounts(2_000_000)).ofSize(12),
                integers().between(1, 11)).checkAssert((actuals, prior, n) -> {
                    Calibration c = Calibration.fromHistory(List.of(series(actuals, prior)));
                    for (ForecastMethod m : ALL) {
                        Forecast f = Forecasting.forecast(series(actuals, prior), Y.period(n), m, c);
                        if (f.low().isPresent()) {
                            assertThat(f.low().orElseThrow()).isLessThanOrEqualTo(f.outturn());
                            assertThat(f.outturn()).isLessThanOrEqualTo(f.high().orElseThrow());
                        }
                    }
                });
    }

    @Test
    void noForecastOfANonNegativeLineIsBelowItsActualsToDate() {
        qt().forAll(lists().of(Generators.amounts(2_000_000)).ofSize(12), lists().of(Generators.amounts(2_000_000)).ofSize(12),
                integers().between(1, 11)).checkAssert((actuals, prior, n) -> {
                    Money ytd = Gbp.sum(actuals.subList(0, n));
                    for (ForecastMethod m : ALL) {
                        Forecast f = Forecasting.forecast(series(actuals, prior), Y.period(n), m, Calibration.none());
                        assertThat(f.kind()).isEqualTo(LineKind.COST);
                        assertThat(f.outturn()).isGreaterThanOrEqualTo(ytd);
                        if (f.low().isPresent()) {
                            assertThat(f.low().orElseThrow()).isGreaterThanOrEqualTo(ytd);
                        }
                    }
                });
    }

    @Test
    void aNetIncomeLineIsNeverForecastAboveItsIncomeToDate() {
        qt().forAll(lists().of(Generators.amounts(2_000_000)).ofSize(12), integers().between(2, 11)).checkAssert((a, n) -> {
            List<Money> income = a.stream().map(Money::negated).toList();
            Forecast f = Forecasting.forecast(series(income, null), Y.period(n), ForecastMethod.TREND, Calibration.none());
            Money ytd = Gbp.sum(income.subList(0, n));
            if (!ytd.isZero()) {
                assertThat(f.outturn()).isLessThanOrEqualTo(ytd);
                assertThat(f.high().orElseThrow()).isLessThanOrEqualTo(ytd);
            }
        });
    }

    @Test
    void theTrendFromTheIssueNoLongerForecastsANegativeOutturn() {
        // 600,000, 500,000 and 200,000 in P1-P3: an unshrunk trend gave -5.6m with 1.3m already spent
        List<Money> a = List.of(Gbp.pounds(600_000), Gbp.pounds(500_000), Gbp.pounds(200_000));
        Forecast f = Forecasting.olsTrend("Agency", a, Y.period(3), 0.8);
        assertThat(f.outturn()).isGreaterThanOrEqualTo(Gbp.pounds(1_300_000));
        assertThat(f.low().orElseThrow()).isGreaterThanOrEqualTo(Gbp.pounds(1_300_000));
        assertThat(f.inputs()).containsKey("slope limited");
        assertThat(f.method()).isEqualTo("trend");
    }

    @Test
    void aForecastBelowTheActualsToDateOfACostLineIsRefused() {
        assertThatThrownBy(() -> new Forecast("x", Y.period(3), "m", java.util.Map.of(), LineKind.COST, Gbp.pounds(100),
                Gbp.pounds(90), java.util.Optional.empty(), java.util.Optional.empty())).isInstanceOf(FinanceRuleException.class).hasMessageContaining("below the actuals to date");
    }

    @Test
    void theRunRatesP50IsTheMeanOfItsSymmetricModelAndItsRangeIsSymmetric() {
        qt().forAll(lists().of(Generators.amounts(1_000_000)).ofSize(12), integers().between(2, 11)).checkAssert((a, n) -> {
            Forecast f = Forecasting.runRate("x", a, Y.period(n));
            Money ytd = Gbp.sum(a.subList(0, n));
            BigDecimal mean = ytd.getAmount().multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(n), 2, java.math.RoundingMode.HALF_UP);
            assertThat(f.outturn().getAmount().subtract(mean).abs()).isLessThanOrEqualTo(new BigDecimal("0.02"));
            if (f.low().orElseThrow().isGreaterThan(ytd)) {
                assertThat(f.high().orElseThrow().minus(f.outturn())).isEqualTo(f.outturn().minus(f.low().orElseThrow()));
            }
        });
    }

    @Test
    void aMonteCarloOfASymmetricModelHasItsP50AtItsMean() {
        // count fixed, amount normal: the rest of the year is symmetric about 6 x 500,000
        DemandModel m = DemandModel.of(BigDecimal.ONE, BigDecimal.ZERO, new BigDecimal("500000"), new BigDecimal("400000"));
        Forecast f = Forecasting.monteCarlo("x", Collections.nCopies(12, Gbp.pounds(500_000)), Y.period(6), m, 100_000, 7);
        assertThat(f.outturn().getAmount().doubleValue()).isCloseTo(6_000_000, org.assertj.core.data.Offset.offset(15_000.0));
    }

    @Test
    void rangesOfASeriesWithAKnownDistributionHoldAboutEightyPercentOfTheTime() {
        Random r = new Random(2020);
        for (int n : new int[] {3, 6, 9}) {
            int held = 0;
            int draws = 1000;
            for (int i = 0; i < draws; i++) {
                List<Money> months = new ArrayList<>();
                for (int m = 0; m < 12; m++) {
                    months.add(Gbp.pounds(BigDecimal.valueOf(Math.round(100_000 + 20_000 * r.nextGaussian()))));
                }
                Forecast f = Forecasting.runRate("x", months, Y.period(n));
                Money outturn = Gbp.sum(months);
                held += !outturn.isLessThan(f.low().orElseThrow()) && !outturn.isGreaterThan(f.high().orElseThrow()) ? 1 : 0;
            }
            assertThat(held).as("held at P" + n + " of " + draws).isBetween(760, 840);
        }
    }

    @Test
    void aMonteCarloFittedFromAFewMonthsAllowsForNotKnowingItsMeanAndSpread() {
        Random r = new Random(3);
        int held = 0;
        for (int i = 0; i < 300; i++) {
            List<Money> months = new ArrayList<>();
            for (int m = 0; m < 12; m++) {
                months.add(Gbp.pounds(BigDecimal.valueOf(Math.round(50_000 + 10_000 * r.nextGaussian()))));
            }
            DemandModel d = DemandModel.fit(months.subList(0, 4));
            Forecast f = Forecasting.monteCarlo("x", months, Y.period(4), d, 1_000, i);
            Money outturn = Gbp.sum(months);
            held += !outturn.isLessThan(f.low().orElseThrow()) && !outturn.isGreaterThan(f.high().orElseThrow()) ? 1 : 0;
        }
        assertThat(held).isBetween(216, 264);
    }

    @Test
    void monteCarloPercentilesAreOrderedAndTheSameSeedGivesTheSameFigures() {
        qt().withExamples(40).forAll(integers().between(1, 11), longs().all(), integers().between(0, 500)).checkAssert((n, seed, sd) -> {
            List<Money> actuals = Collections.nCopies(12, Gbp.pounds(500_000));
            DemandModel d = DemandModel.of(new BigDecimal("120"), BigDecimal.valueOf(sd, 1), new BigDecimal("4200"), BigDecimal.valueOf(sd));
            Forecast a = Forecasting.monteCarlo("Placements", actuals, Y.period(n), d, 2000, seed);
            Forecast b = Forecasting.monteCarlo("Placements", actuals, Y.period(n), d, 2000, seed);
            assertThat(a.low().orElseThrow()).isLessThanOrEqualTo(a.outturn());
            assertThat(a.outturn()).isLessThanOrEqualTo(a.high().orElseThrow());
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
    void aDemandModelIsFittedFromMonthlySpendAndANetIncomeLineHasANegativeMean() {
        DemandModel spend = DemandModel.fit(List.of(Gbp.pounds(100), Gbp.pounds(200), Gbp.pounds(300)));
        assertThat(spend.unitCostMean()).isEqualByComparingTo("200");
        assertThat(spend.unitCostSd()).isEqualByComparingTo("100");
        assertThat(spend.observations()).isEqualTo(3);
        DemandModel income = DemandModel.fit(List.of(Gbp.pounds(-1000), Gbp.pounds(-1200), Gbp.pounds(-800)));
        assertThat(income.unitCostMean()).isEqualByComparingTo("-1000");
        Forecast f = Forecasting.monteCarlo("Fees", List.of(Gbp.pounds(-1000), Gbp.pounds(-1200), Gbp.pounds(-800)), Y.period(3), income, 5000, 1);
        assertThat(f.kind()).isEqualTo(LineKind.INCOME);
        assertThat(f.outturn().getAmount().doubleValue()).isCloseTo(-12_000, org.assertj.core.data.Offset.offset(600.0));
        assertThat(f.high().orElseThrow()).isLessThanOrEqualTo(Gbp.pounds(-3000));
        DemandModel byCount = DemandModel.fit(List.of(new BigDecimal("10"), new BigDecimal("20")), List.of(Gbp.pounds(1000), Gbp.pounds(2200)));
        assertThat(byCount.countMean()).isEqualByComparingTo("15");
        assertThat(byCount.unitCostMean()).isEqualByComparingTo("105");
    }

    @Test
    void autoFallsBackToRunRateWithoutHistoryAndChoosesAProfileThatEarnedIt() {
        List<Money> flat = Collections.nCopies(12, Gbp.pounds(1000));
        Forecast none = Forecasting.forecast(series(flat, null), Y.period(3), ForecastMethod.AUTO, Calibration.none());
        assertThat(none.method()).isEqualTo("run-rate");
        assertThat(none.inputs().get("chosen")).contains("no prior year");
        // a year that spends twice as much in the second half, three years running
        List<Money> seasonal = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            seasonal.add(Gbp.pounds(m < 6 ? 1000 + 10 * m : 2000 + 10 * m));
        }
        LineSeries s = LineSeries.of("Care", seasonal, List.of(seasonal, seasonal));
        Forecast auto = Forecasting.forecast(s, Y.period(3), ForecastMethod.AUTO, Calibration.none());
        assertThat(auto.method()).isEqualTo("profile");
        assertThat(auto.inputs().get("chosen")).contains("smallest error");
        Money actual = Gbp.sum(seasonal);
        Forecast rr = Forecasting.forecast(s, Y.period(3), ForecastMethod.RUN_RATE, Calibration.none());
        assertThat(auto.outturn().minus(actual).abs()).isLessThan(rr.outturn().minus(actual).abs());
    }

    @Test
    void aSeasonalProfileAcceptsAShortPriorYear() {
        List<Money> a = Collections.nCopies(6, Gbp.pounds(1000));
        List<Money> nineMonths = Collections.nCopies(9, Gbp.pounds(900));
        Forecast f = Forecasting.seasonal("x", a, List.of(nineMonths), Y.period(6));
        assertThat(f.method()).isEqualTo("profile");
    }

    @Test
    void aCalibrationFromIndependentMonthsLeavesTheRangeAboutAsItIs() {
        Random r = new Random(11);
        List<LineSeries> lines = new ArrayList<>();
        for (int l = 0; l < 40; l++) {
            List<Money> y = new ArrayList<>();
            for (int m = 0; m < 12; m++) {
                y.add(Gbp.pounds(BigDecimal.valueOf(Math.round(100_000 + 15_000 * r.nextGaussian()))));
            }
            lines.add(LineSeries.of("l" + l, List.of(), List.of(y)));
        }
        Calibration c = Calibration.fromHistory(lines);
        assertThat(c.scale(ForecastMethod.RUN_RATE)).isBetween(0.8, 1.25);
        assertThat(c.cases().get(ForecastMethod.RUN_RATE)).isBetween(360, 400); // 40 lines x P2-P11, less any range under 1%
        assertThat(Calibration.none().scale(ForecastMethod.PROFILE)).isEqualTo(1.0);
    }

    @Test
    void aBacktestReportsErrorsBiasAndHowOftenTheRangeHeld() {
        List<Money> year = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            year.add(Gbp.pounds(1000 + (m % 3) * 100));
        }
        LineSeries a = LineSeries.of("a", year, List.of());
        LineSeries sparse = LineSeries.of("b", Collections.nCopies(12, Gbp.zero()), List.of());
        Backtest b = Backtest.run(Y, List.of(a, sparse), List.of(ForecastMethod.RUN_RATE), List.of(3, 6, 9), Calibration.none());
        assertThat(b.skipped()).containsOnlyKeys("b");
        assertThat(b.summary()).hasSize(3).allSatisfy(s -> {
            assertThat(s.lines()).isEqualTo(1);
            assertThat(s.medianAbsPercent()).isEqualTo(0.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(s.held()).isEqualTo(1);
        });
        assertThat(b.table()).contains("| run-rate | P6 | 1 | 0.0 | 0.0 | +0.0 | 1 of 1 (100%) |");
    }

    @Test
    void aForecastFeedsTheSnapshot() {
        List<Money> year = Collections.nCopies(12, Gbp.pounds(1000));
        MonitoringSnapshot s = MonitoringSnapshot.nonDsg("t", Y.period(6), List.of(MonitoringLine.of("x", Gbp.pounds(12000), Gbp.zero())), "Total");
        Forecast f = Forecasting.runRate("x", year, Y.period(6));
        assertThat(f.applyTo(s).line("x").orElseThrow().forecast()).isEqualTo(Gbp.pounds(12000));
    }

    @Test
    void theRunRateIsExactToThePennyRoundedOnceHalfUpEvenWhereFloatingPointWouldMissAHalfPenny() {
        // any pence in P1 to P11, forecast at any period: ytd + ytd x (12 - n) / n, rounded half up once
        qt().forAll(lists().of(longs().between(0, 500_000_000L)).ofSize(12), integers().between(1, 12)).checkAssert((pence, n) -> {
            List<Money> a = pence.stream().map(x -> Money.ofMinor(Gbp.GBP, x)).toList();
            long ytd = pence.subList(0, n).stream().mapToLong(Long::longValue).sum();
            long expected = ytd + BigDecimal.valueOf(ytd * (12 - n)).divide(BigDecimal.valueOf(n), 0, java.math.RoundingMode.HALF_UP)
                    .longValueExact();
            assertThat(Forecasting.runRate("x", a, Y.period(n)).outturn().getAmountMinorLong()).isEqualTo(expected);
        });
        // found by the synthetic year of forecast returns: at P8 these months' run rate is a half penny above
        // 15,965,308p, which the sum of the months in floating point (53,217.694999...) rounded down
        List<Money> months = new ArrayList<>(Collections.nCopies(12, Gbp.zero()));
        long[] p = {1617580, 1903438, 721575, 353524, 1658491, 797712, 1978157, 1613062};
        for (int i = 0; i < p.length; i++) {
            months.set(i, Money.ofMinor(Gbp.GBP, p[i]));
        }
        assertThat(Forecasting.runRate("x", months, Y.period(8)).outturn().getAmountMinorLong()).isEqualTo(15_965_309L);
    }
}
