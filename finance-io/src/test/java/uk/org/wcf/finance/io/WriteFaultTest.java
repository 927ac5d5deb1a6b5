package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.org.wcf.finance.data.WcfData;
import uk.org.wcf.finance.io.internal.tree.TreeNode;
import uk.org.wcf.finance.io.write.AtomicFiles;
import uk.org.wcf.finance.io.write.Csv;
import uk.org.wcf.finance.io.write.HtmlReport;
import uk.org.wcf.finance.io.write.XlsxWriter;
import uk.org.wcf.finance.ledger.BudgetVsActual;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.report.BusinessPlanTables;

/** An I/O failure part-way through any writer leaves the previous file as it was, and nothing else behind. */
class WriteFaultTest {

    @TempDir
    Path dir;

    /** A stream that fails after a number of bytes. */
    private static final class FailAfter extends FilterOutputStream {
        private long left;
        private boolean tripped;

        FailAfter(OutputStream out, long bytes) {
            super(out);
            left = bytes;
        }

        @Override
        public void write(int b) throws IOException {
            if (left-- <= 0) {
                tripped = true;
                throw new IOException("disk full (injected)");
            }
            super.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }

    private static Map<String, AtomicFiles.Content> writers() {
        Map<String, AtomicFiles.Content> w = new LinkedHashMap<>();
        var book = WcfData.businessPlan2020();
        w.put("xlsx", out -> XlsxWriter.write(List.of(XlsxWriter.SheetSpec.of(BusinessPlanTables.table2(book))), out));
        w.put("csv", out -> out.write(Csv.table(BusinessPlanTables.table2(book).round(RoundingPolicy.THOUSANDS)).getBytes(StandardCharsets.UTF_8)));
        w.put("json", out -> out.write(BudgetBookFile.write(book, StructuredFormat.JSON).getBytes(StandardCharsets.UTF_8)));
        w.put("yaml", out -> out.write(SnapshotFile.write(WcfData.dsgSnapshot2019(6), StructuredFormat.YAML).getBytes(StandardCharsets.UTF_8)));
        w.put("html", out -> out.write(HtmlReport.page("t", "", List.of()).getBytes(StandardCharsets.UTF_8)));
        w.put("budget-vs-actual", out -> BudgetVsActualFiles.write(List.of(new BudgetVsActual.Row("cc1",
                uk.org.wcf.finance.time.FiscalYear.of(2020).period(1), 100, 250)), out));
        return w;
    }

    private static long sizeOf(AtomicFiles.Content writer) throws IOException {
        java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
        writer.writeTo(whole);
        return whole.size();
    }

    @Test
    void aFailurePartWayThroughEveryWriterLeavesTheOldFileIntact() throws Exception {
        for (var e : writers().entrySet()) {
            long size = sizeOf(e.getValue());
            for (long n : new long[] {0, 1, size / 2, size - 1}) {
                Path f = dir.resolve("out." + e.getKey());
                // A writer whose output varies between runs (a creation time, as POI stamps) can move its size by a
                // byte; the last-byte case is re-measured until the injected failure really lands.
                for (int attempt = 0; ; attempt++) {
                    Files.writeString(f, "the good file\n");
                    long limit = n == size - 1 && attempt > 0 ? sizeOf(e.getValue()) - 1 : n;
                    FailAfter[] failing = new FailAfter[1];
                    Throwable thrown = catchThrowable(() -> AtomicFiles.write(f, out -> {
                        failing[0] = new FailAfter(out, limit);
                        e.getValue().writeTo(failing[0]);
                        failing[0].flush();
                    }));
                    if (failing[0].tripped || attempt == 3) {
                        assertThat(thrown).as(e.getKey() + " after " + limit + " bytes").isInstanceOf(IOException.class);
                        break;
                    }
                }
                assertThat(Files.readString(f)).as(e.getKey()).isEqualTo("the good file\n");
                try (var files = Files.list(dir)) {
                    assertThat(files).as("nothing left behind").containsExactly(f);
                }
                Files.delete(f);
            }
            // and with no failure, the writer writes the whole file
            Path ok = dir.resolve("ok." + e.getKey());
            AtomicFiles.write(ok, e.getValue());
            assertThat(Files.size(ok)).isGreaterThan(10);
            Files.delete(ok);
        }
    }
}
