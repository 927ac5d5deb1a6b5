package uk.org.wcf.finance.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import uk.org.wcf.finance.io.internal.csv.CsvTable;

/**
 * The library's CSV reader beside Apache Commons CSV on the same million rows, in one run: each reads
 * {@code line,month,actual} with the columns found by name and takes every cell's text, which is the work the
 * two can share (the library's reader also checks every byte is UTF-8 and every cell for control characters, and
 * Commons CSV does neither). Repeated timing, the median of the runs after warming up; run
 * {@code java -cp benchmarks/target/benchmarks.jar uk.org.wcf.finance.bench.CsvReaderComparison [rows] [runs]}. The
 * figures are in benchmarks/README.md and the decision they support in finance-io/README.md.
 */
public final class CsvReaderComparison {
    private CsvReaderComparison() {
    }

    /**
     * @param args the rows (default 1,000,000) and the timed runs of each (default 7)
     * @throws IOException never: the data is in memory
     */
    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        byte[] csv = csv(rows);
        System.out.printf(Locale.ROOT, "%,d rows, %,d bytes; median of %d runs after 3 warm-up runs%n", rows, csv.length, runs);
        report("wcf-finance CsvTable (strict UTF-8, cells checked)", rows, time(runs, () -> library(csv)));
        report("Apache Commons CSV 1.14 (RFC 4180, header)", rows, time(runs, () -> commons(csv)));
    }

    private static byte[] csv(int rows) {
        StringBuilder sb = new StringBuilder("line,month,actual\n");
        for (int i = 0; i < rows; i++) {
            sb.append("Line ").append(i % 500).append(',').append(2020 + (i / 12) % 3).append('-')
                    .append(String.format(Locale.ROOT, "%02d", i % 12 + 1)).append(',')
                    .append(i % 7 == 0 ? "\"1,234.56\"" : Integer.toString(i % 100_000)).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Every cell's length summed, so that neither reader's work can be skipped. */
    private static long library(byte[] csv) {
        long n = 0;
        try (CsvTable t = CsvTable.open("bench.csv", new ByteArrayInputStream(csv), List.of("line", "month", "actual"),
                List.of())) {
            for (Optional<CsvTable.Row> r = t.next(); r.isPresent(); r = t.next()) {
                n += r.get().text("line").length() + r.get().text("month").length() + r.get().text("actual").length();
            }
            if (!t.problems().isEmpty()) {
                throw new IllegalStateException(t.problems().toString());
            }
        }
        return n;
    }

    private static long commons(byte[] csv) throws IOException {
        long n = 0;
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (CSVRecord r : p) {
                n += r.get("line").length() + r.get("month").length() + r.get("actual").length();
            }
        }
        return n;
    }

    @FunctionalInterface
    private interface Run {
        long run() throws IOException;
    }

    private static long[] time(int runs, Run run) throws IOException {
        long check = 0;
        for (int i = 0; i < 3; i++) {
            check += run.run();
        }
        long[] ns = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            check += run.run();
            ns[i] = System.nanoTime() - t0;
        }
        if (check == 42) {
            System.out.println();
        }
        Arrays.sort(ns);
        return ns;
    }

    private static void report(String what, int rows, long[] ns) {
        List<String> all = new ArrayList<>();
        for (long n : ns) {
            all.add(String.format(Locale.ROOT, "%.0f", n / 1e6));
        }
        double median = ns[ns.length / 2] / 1e6;
        System.out.printf(Locale.ROOT, "%-52s median %6.0f ms  (%.0f ns a row; runs %s ms)%n", what, median,
                ns[ns.length / 2] / (double) rows, String.join(", ", all));
    }
}
