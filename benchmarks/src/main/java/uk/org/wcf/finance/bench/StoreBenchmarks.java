package uk.org.wcf.finance.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.store.Change;
import uk.org.wcf.finance.store.MonitoringStore;
import uk.org.wcf.finance.store.StoredSnapshot;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * Closing a period of 500 cost centres x 20 lines into the embedded store (target: at most 100 ms). Each close is
 * a first close of a new year, so it is the whole work: the year's revision claimed, budgets and actuals looked up,
 * 10,000 lines stored under the lock triggers, the snapshot row sealing them, and the commit made durable
 * ({@code synchronous=FULL}). The closing thread's CPU time is printed beside JMH's wall time, because on a shared
 * machine the wall time includes the wait for a core. Run:
 * {@code java -jar benchmarks/target/benchmarks.jar StoreBenchmarks}. The year, imported and closed month by month,
 * is {@link StoreYear}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class StoreBenchmarks {

    private static final int COST_CENTRES = 500;
    private static final int LINES = 20;
    private static final Change BENCH = Change.by("bench");

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<Long> cpu = new ArrayList<>();
    private long cpuAtStart;
    private Path dir;
    private MonitoringStore store;
    private int nextYear;
    private MonitoringSnapshot period;

    /**
     * A new embedded store and the period to close.
     *
     * @throws IOException when the temporary folder cannot be made
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
    }

    /** Notes the thread's CPU time before a close. */
    @Setup(Level.Invocation)
    public void startClock() {
        cpuAtStart = threads.getCurrentThreadCpuTime();
    }

    /** Notes the CPU time the close took. */
    @TearDown(Level.Invocation)
    public void stopClock() {
        cpu.add(threads.getCurrentThreadCpuTime() - cpuAtStart);
    }

    /**
     * Prints the closing thread's CPU time and removes the store.
     *
     * @throws IOException when the temporary folder cannot be removed
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        store.close();
        // the last three quarters: with the defaults (10 warm-up, 30 measured), the measured closes
        long[] measured = cpu.subList(cpu.size() / 4, cpu.size()).stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%nclosing thread's CPU time over the last %d closes: median %.1f ms, min %.1f,"
                + " max %.1f%n", measured.length, measured[measured.length / 2] / 1e6, measured[0] / 1e6,
                measured[measured.length - 1] / 1e6);
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
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
    public StoredSnapshot closePeriod500x20() {
        return store.close(period.withPeriod(FiscalYear.of(++nextYear).period(1)), "bench", BENCH);
    }
}
