package uk.org.wcf.finance.bench;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.forecast.DemandModel;
import uk.org.wcf.finance.forecast.Forecast;
import uk.org.wcf.finance.forecast.Forecasting;
import uk.org.wcf.finance.io.LedgerSummary;
import uk.org.wcf.finance.io.internal.ledger.LedgerReader;
import uk.org.wcf.finance.ledger.BudgetVsActual;
import uk.org.wcf.finance.ledger.PeriodTotals;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringReport;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.plan.Plan;
import uk.org.wcf.finance.plan.StaffingInflation;
import uk.org.wcf.finance.structure.Service;
import uk.org.wcf.finance.structure.SubjectiveGroup;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * JMH benchmarks of the library's hot paths: ledger parsing and aggregation (each alone, and together),
 * budget against actual joined from totals, a monitoring report over 1,000
 * lines, a plan recompute for 10,000 cost lines over 3 years (target: at most 20 ms) and a 100,000-trial
 * Monte Carlo outturn (target: at most 1 s). Run: {@code java -jar benchmarks/target/benchmarks.jar}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LibraryBenchmarks {

    private byte[] ledger;
    private int[] parsedCostCentre;
    private int[] parsedPeriod;
    private long[] parsedPence;
    private PeriodTotals actualTotals;
    private List<String> actualNames;
    private PeriodTotals budgetTotals;
    private List<String> budgetNames;
    private MonitoringSnapshot snapshot;
    private BudgetBook tenThousandLines;

    /** Builds the inputs once: 100,000 postings, 1,000 monitoring lines, 10,000 cost lines. */
    @Setup
    public void setUp() {
        Random r = new Random(2020);
        StringBuilder sb = new StringBuilder("date,cost_centre,subjective,amount\n");
        for (int i = 0; i < 100_000; i++) {
            sb.append(LocalDate.of(2020, 4, 1).plusDays(r.nextInt(365))).append(",cc").append(100 + r.nextInt(500))
                    .append(",E").append(1000 + r.nextInt(15)).append(',').append(r.nextInt(500_000) / 100).append('.')
                    .append(10 + r.nextInt(90)).append('\n');
        }
        ledger = sb.toString().getBytes(StandardCharsets.UTF_8);
        parsedCostCentre = new int[100_000];
        parsedPeriod = new int[100_000];
        parsedPence = new long[100_000];
        int[] n = {0};
        actualTotals = PeriodTotals.create();
        actualNames = LedgerReader.read("gl.csv", new ByteArrayInputStream(ledger), null, (cc, code, p, pence) -> {
            parsedCostCentre[n[0]] = cc;
            parsedPeriod[n[0]] = p;
            parsedPence[n[0]++] = pence;
            actualTotals.add(cc, p, pence);
        }).costCentres();
        budgetTotals = PeriodTotals.create();
        budgetNames = new ArrayList<>();
        for (int c = 0; c < 500; c++) {
            budgetNames.add("cc" + (100 + c));
            for (int p = 1; p <= 12; p++) {
                budgetTotals.add(c, p, 100L * r.nextInt(100_000));
            }
        }
        List<MonitoringLine> lines = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            lines.add(MonitoringLine.of("Line " + i, Gbp.pounds(1_000_000 + i), Gbp.pounds(1_000_500 + 3L * i)));
        }
        snapshot = MonitoringSnapshot.nonDsg("Bench", FiscalYear.of(2020).period(6), lines, "Total");
        BudgetBook.Builder b = BudgetBook.builder(FiscalYear.of(2020));
        for (int i = 0; i < 10_000; i++) {
            Service s = Service.standalone("S" + (i / 4), "Service " + (i / 4));
            b.line(s, SubjectiveGroup.PUBLISHED.get(i % 4), Gbp.pounds(10_000 + i));
        }
        tenThousandLines = b.build();
    }

    /** @return totals of 100,000 postings parsed and summed by cost centre and period */
    @Benchmark
    public long parseAndAggregate100kPostings() {
        PeriodTotals t = PeriodTotals.create();
        LedgerSummary r = LedgerReader.read("gl.csv", new ByteArrayInputStream(ledger), null,
                (cc, code, p, pence) -> t.add(cc, p, pence));
        return r.postings() + t.yearPence(0);
    }

    /** @return 100,000 postings parsed and validated, each only counted: the reading alone */
    @Benchmark
    public long parse100kPostings() {
        long[] sum = {0};
        LedgerSummary r = LedgerReader.read("gl.csv", new ByteArrayInputStream(ledger), null,
                (cc, code, p, pence) -> sum[0] += pence + cc + p);
        return r.postings() + sum[0];
    }

    /** @return 100,000 parsed postings summed by cost centre and period: the aggregation alone */
    @Benchmark
    public long aggregate100kPostings() {
        PeriodTotals t = PeriodTotals.create();
        for (int i = 0; i < parsedPence.length; i++) {
            t.add(parsedCostCentre[i], parsedPeriod[i], parsedPence[i]);
        }
        return t.yearPence(0);
    }

    /** @return budget against actual for 500 cost centres by month, joined and sorted from their totals */
    @Benchmark
    public int budgetVsActual500CostCentres() {
        return BudgetVsActual.join(FiscalYear.of(2020), budgetTotals, budgetNames, actualTotals, actualNames).size();
    }

    /** @return a monitoring report over 1,000 lines */
    @Benchmark
    public Money monitoringReport1000Lines() {
        return MonitoringReport.of(snapshot).total().varianceAfterAdjustments();
    }

    /** @return a plan of 10,000 cost lines recomputed over 3 years (target: at most 20 ms) */
    @Benchmark
    public Money planRecompute10kLines3Years() {
        return Plan.of(tenThousandLines, 2, List.of(StaffingInflation.of(Rate.percent("2")))).years().get(2).grossExpenditure();
    }

    /** @return a 100,000-trial Monte Carlo outturn (target: at most 1 s) */
    @Benchmark
    public Forecast monteCarlo100kTrials() {
        return Forecasting.monteCarlo("Placements", Collections.nCopies(12, Gbp.pounds(500_000)), FiscalYear.of(2020).period(6),
                new DemandModel(new BigDecimal("120"), new BigDecimal("6"), new BigDecimal("4300"),
                        new BigDecimal("250")), 100_000, 2020);
    }
}
