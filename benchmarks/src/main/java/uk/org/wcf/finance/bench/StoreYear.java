package uk.org.wcf.finance.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.joda.money.Money;

import uk.org.wcf.finance.io.LedgerImport;
import uk.org.wcf.finance.ledger.Actuals;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.store.Change;
import uk.org.wcf.finance.store.MonitoringStore;
import uk.org.wcf.finance.store.StoredSnapshot;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * A year through the embedded store, end to end, against reading its ledgers alone (target: within 2x, memory
 * flat). Twelve monthly ledgers of N postings each (500 cost centres mapped to 20 lines) are written into a
 * temporary folder, then, in turns:
 * <ul>
 * <li><b>imported alone</b>: each month's ledger read through the mapping into actuals
 * ({@code LedgerImport.run}), nothing stored;</li>
 * <li><b>imported and closed</b>: what {@code wcf-finance cycle import} and {@code cycle close} do for each month,
 * in one process and one store: the file's SHA-256, the same read, the batch stored into its period, and the
 * period closed (its 20-line snapshot stored and locked, actuals to date from the stored batches).</li>
 * </ul>
 * For each month it prints the wall and CPU time, the heap in use after a full collection and the process's
 * resident memory; then the year's totals and their ratio. The store's P12 actuals to date are checked against
 * the ledgers' own totals, to the penny.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar uk.org.wcf.finance.bench.StoreYear [postings a month] [rounds]</pre>
 *
 * <p>The folder (ledgers and store) is deleted at the end; nothing generated is kept.
 */
public final class StoreYear {

    static final int COST_CENTRES = 500;
    static final int LINES = 20;
    static final FiscalYear LEDGER_YEAR = FiscalYear.of(2020);

    private final Path dir;
    private final List<Path> ledgers = new ArrayList<>();
    private final Path mapping;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private int nextYear = 2100;

    private StoreYear(Path dir) {
        this.dir = dir;
        this.mapping = dir.resolve("mapping.csv");
    }

    /**
     * @param args postings a month (default 1,000,000), rounds of both runs (default 3)
     * @throws IOException when the temporary folder cannot be written
     */
    public static void main(String[] args) throws IOException {
        int postings = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", "")) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("wcf-store-year");
        try {
            StoreYear bench = new StoreYear(dir);
            long t0 = System.nanoTime();
            bench.write(postings);
            System.out.printf(Locale.ROOT, "wrote 12 ledgers of %,d postings (%,d MB) in %.1f s; %s%n", postings,
                    bench.bytes() >> 20, (System.nanoTime() - t0) / 1e9, Load.now());
            List<double[]> alone = new ArrayList<>();
            List<double[]> closed = new ArrayList<>();
            for (int r = 1; r <= rounds; r++) {
                alone.add(bench.run("imported alone", r, false));
                closed.add(bench.run("imported and closed", r, true));
            }
            double a = median(alone.stream().mapToDouble(x -> x[0]).toArray());
            double c = median(closed.stream().mapToDouble(x -> x[0]).toArray());
            double ac = median(alone.stream().mapToDouble(x -> x[1]).toArray());
            double cc = median(closed.stream().mapToDouble(x -> x[1]).toArray());
            System.out.printf(Locale.ROOT, "year, median of %d: imported alone %.2f s wall (%.2f s CPU), imported and closed"
                    + " %.2f s wall (%.2f s CPU): %.2fx wall, %.2fx CPU (target: within 2x); %s%n", rounds, a, ac, c, cc,
                    c / a, cc / ac, Load.now());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** @return {wall s, CPU s} of the year */
    private double[] run(String what, int round, boolean store) throws IOException {
        FiscalYear y = FiscalYear.of(nextYear++);
        List<MonitoringLine> lines = new ArrayList<>();
        for (int l = 0; l < LINES; l++) {
            lines.add(MonitoringLine.of("Line " + l, Gbp.pounds(1_000_000), Gbp.pounds(1_000_000)));
        }
        System.out.printf(Locale.ROOT, "%s, round %d%n%-6s %9s %9s %11s %9s %9s%n", what, round, "month", "wall ms",
                "CPU ms", "process CPU", "heap MB", "RSS MB");
        Money ledgerTotal = Gbp.zero();
        StoredSnapshot last = null;
        long yearWall = 0;
        long yearCpu = 0;
        long yearProcessCpu = 0;
        try (MonitoringStore s = store ? MonitoringStore.open(dir.resolve("store-" + y.startYear() + ".db")) : null) {
            for (int m = 0; m < 12; m++) {
                Path f = ledgers.get(m);
                long w0 = System.nanoTime();
                long c0 = threads.getCurrentThreadCpuTime();
                long p0 = os.getProcessCpuTime();
                String sha = store ? sha256(f) : null;
                Actuals a = LedgerImport.run(f, mapping, LEDGER_YEAR).orThrow();
                if (store) {
                    // the ledgers are dated in 2020/21; the store takes them into a new year each round
                    Actuals moved = new Actuals(y, a.lines(), a.unmapped());
                    s.importBatch(y.period(m + 1), f.getFileName().toString(), sha, moved, Change.by("bench"));
                    last = s.close(MonitoringSnapshot.nonDsg("Bench", y.period(m + 1), lines, "Total"), "bench",
                            Change.by("bench"));
                }
                long wall = System.nanoTime() - w0;
                long cpu = threads.getCurrentThreadCpuTime() - c0;
                long processCpu = os.getProcessCpuTime() - p0;
                yearWall += wall;
                yearCpu += cpu;
                yearProcessCpu += processCpu;
                ledgerTotal = ledgerTotal.plus(Gbp.sum(a.lines().values().stream().flatMap(List::stream)));
                System.out.printf(Locale.ROOT, "%-6s %9.0f %9.0f %11.0f %9.1f %9.1f%n", "P" + (m + 1), wall / 1e6, cpu / 1e6,
                        processCpu / 1e6, heapAfterGc() / 1048576.0, Load.rssKb() / 1024.0);
            }
        }
        if (store) {
            Money stored = Gbp.sum(last.actualsToDate().values().stream());
            if (!stored.isEqual(ledgerTotal)) {
                throw new IllegalStateException("the store's P12 actuals to date are " + stored + " but the ledgers total "
                        + ledgerTotal);
            }
            System.out.println("P12 actuals to date in the store: " + stored + " = the ledgers' total");
        }
        System.out.printf(Locale.ROOT, "year: %.2f s wall, %.2f s CPU (this thread), %.2f s CPU (process); %s%n",
                yearWall / 1e9, yearCpu / 1e9, yearProcessCpu / 1e9, Load.now());
        return new double[] {yearWall / 1e9, yearCpu / 1e9};
    }

    private static long heapAfterGc() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private long bytes() throws IOException {
        long n = 0;
        for (Path p : ledgers) {
            n += Files.size(p);
        }
        return n;
    }

    /** Twelve ledgers, one a month of 2020/21, N postings each over 500 cost centres and 9 subjective codes. */
    private void write(int postings) throws IOException {
        try (OutputStream w = new BufferedOutputStream(Files.newOutputStream(mapping))) {
            StringBuilder sb = new StringBuilder("cost_centre,code,line\n");
            for (int cc = 0; cc < COST_CENTRES; cc++) {
                sb.append("cc").append(cc).append(",*,Line ").append(cc % LINES).append('\n');
            }
            w.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        SplittableRandom r = new SplittableRandom(2020);
        byte[] line = new byte[64];
        for (int m = 0; m < 12; m++) {
            Path f = dir.resolve("gl-p" + (m + 1) + ".csv");
            int month = (m + 3) % 12 + 1;
            int calendarYear = m < 9 ? 2020 : 2021;
            int days = java.time.YearMonth.of(calendarYear, month).lengthOfMonth();
            try (OutputStream w = new BufferedOutputStream(Files.newOutputStream(f), 1 << 16)) {
                w.write("date,cost_centre,subjective,amount\n".getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < postings; i++) {
                    int n = 0;
                    n = digits(line, n, calendarYear, 4);
                    line[n++] = '-';
                    n = digits(line, n, month, 2);
                    line[n++] = '-';
                    n = digits(line, n, 1 + r.nextInt(days), 2);
                    line[n++] = ',';
                    line[n++] = 'c';
                    line[n++] = 'c';
                    n = number(line, n, r.nextInt(COST_CENTRES));
                    line[n++] = ',';
                    line[n++] = 'E';
                    n = number(line, n, 1 + r.nextInt(9));
                    line[n++] = ',';
                    if (r.nextInt(20) == 0) {
                        line[n++] = '-'; // a credit now and then
                    }
                    n = number(line, n, r.nextInt(5000));
                    line[n++] = '.';
                    n = digits(line, n, r.nextInt(100), 2);
                    line[n++] = '\n';
                    w.write(line, 0, n);
                }
            }
            ledgers.add(f);
        }
    }

    private static int digits(byte[] b, int at, int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            b[at + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }

    private static int number(byte[] b, int at, int value) {
        int width = value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : 4;
        return digits(b, at, value, width);
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** The machine's load and this process's memory, from /proc (Linux). */
    static final class Load {
        private Load() {
        }

        static String now() {
            try {
                String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
                return "load average " + f[0] + " " + f[1] + " " + f[2];
            } catch (IOException e) {
                return "load average unknown";
            }
        }

        static long rssKb() {
            try (Stream<String> status = Files.lines(Path.of("/proc/self/status"))) {
                return status.filter(l -> l.startsWith("VmRSS:")).map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong)
                        .findFirst().orElse(-1);
            } catch (IOException | UncheckedIOException e) {
                return -1;
            }
        }
    }
}
