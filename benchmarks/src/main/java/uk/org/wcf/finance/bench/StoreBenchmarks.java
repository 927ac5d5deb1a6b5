package uk.org.wcf.finance.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import uk.org.wcf.finance.io.LedgerImport;
import uk.org.wcf.finance.ledger.Actuals;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.store.Change;
import uk.org.wcf.finance.store.MonitoringStore;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * The store on the embedded database: closing a period of 500 cost centres x 20 lines (target: at most 100 ms),
 * and a year of 12 monthly ledgers imported alone against imported into the store and closed month by month
 * (target: within 2x). Run: {@code java -jar benchmarks/target/benchmarks.jar StoreBenchmarks}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class StoreBenchmarks {

    private static final int COST_CENTRES = 500;
    private static final int LINES = 20;
    private static final Change BENCH = Change.by("bench");

    /** Postings in each monthly ledger. */
    @Param("1000000")
    public int postings;

    private Path dir;
    private MonitoringStore store;
    private int nextYear;
    private MonitoringSnapshot period;
    private final List<Path> ledgers = new ArrayList<>();
    private Path mapping;

    /**
     * A new embedded store and the period to close; the monthly ledgers are written once.
     *
     * @throws IOException when the temporary files cannot be written
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("wcf-store-bench");
        store = MonitoringStore.open(dir.resolve("bench.db"));
        nextYear = 2100;
        List<MonitoringLine> lines = new ArrayList<>();
        for (int cc = 0; cc < COST_CENTRES; cc++) {
            for (int l = 0; l < LINES; l++) {
                lines.add(MonitoringLine.of("cc" + cc + " line " + l, Gbp.pounds(10_000 + l), Gbp.pounds(10_500 + cc)));
            }
        }
        period = MonitoringSnapshot.nonDsg("Bench", FiscalYear.of(2100).period(1), lines, "Total");
        mapping = dir.resolve("mapping.csv");
        try (BufferedWriter w = Files.newBufferedWriter(mapping, StandardCharsets.UTF_8)) {
            w.write("cost_centre,code,line\n");
            for (int cc = 0; cc < COST_CENTRES; cc++) {
                w.write("cc" + cc + ",*,Line " + (cc % LINES) + "\n");
            }
        }
    }

    private void writeLedgers() throws IOException {
        if (!ledgers.isEmpty()) {
            return;
        }
        Random r = new Random(42);
        for (int m = 0; m < 12; m++) {
            Path f = dir.resolve("gl-p" + (m + 1) + ".csv");
            int month = (m + 3) % 12 + 1;
            int calendarYear = m < 9 ? 2100 : 2101;
            try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
                w.write("date,cost_centre,subjective,amount\n");
                for (int i = 0; i < postings; i++) {
                    w.write(String.format("%04d-%02d-%02d,cc%d,E%d,%d.%02d%n", calendarYear, month, 1 + r.nextInt(28),
                            r.nextInt(COST_CENTRES), r.nextInt(9), r.nextInt(5000), r.nextInt(100)));
                }
            }
            ledgers.add(f);
        }
    }

    /** Removes the store and the ledgers. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        store.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * Closes a period of 10,000 lines into the embedded store (a new year each time, so each close is a first close).
     *
     * @return the stored snapshot
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 10)
    @Measurement(iterations = 30)
    public Object closePeriod500x20() {
        return store.close(period.withPeriod(FiscalYear.of(++nextYear).period(1)), "bench", BENCH);
    }

    /**
     * Twelve monthly ledgers read through the mapping, nothing stored: the baseline.
     *
     * @return the last month's actuals
     * @throws IOException when a ledger cannot be read
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public Object yearImportedAlone() throws IOException {
        writeLedgers();
        Actuals last = null;
        for (Path f : ledgers) {
            last = LedgerImport.run(f, mapping, FiscalYear.of(2100)).orThrow().orElseThrow();
        }
        return last;
    }

    /**
     * Twelve monthly ledgers each read, imported into its period and the period closed, end to end.
     *
     * @return the year's state
     * @throws IOException when a ledger cannot be read
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public Object yearImportedAndClosed() throws IOException {
        writeLedgers();
        FiscalYear y = FiscalYear.of(++nextYear);
        List<MonitoringLine> lines = new ArrayList<>();
        for (int l = 0; l < LINES; l++) {
            lines.add(MonitoringLine.of("Line " + l, Gbp.pounds(1_000_000), Gbp.pounds(1_000_000)));
        }
        for (int m = 0; m < 12; m++) {
            Actuals a = LedgerImport.run(ledgers.get(m), mapping, FiscalYear.of(2100)).orThrow().orElseThrow();
            Actuals moved = new Actuals(y, a.lines(), a.unmapped());
            store.importBatch(y.period(m + 1), "gl-p" + (m + 1) + ".csv", HexFormat.of().toHexDigits(y.startYear(), 8)
                    + HexFormat.of().toHexDigits(m, 8) + "0".repeat(48), moved, BENCH);
            store.close(MonitoringSnapshot.nonDsg("Bench", y.period(m + 1), lines, "Total"), "bench", BENCH);
        }
        return store.year(y);
    }
}
