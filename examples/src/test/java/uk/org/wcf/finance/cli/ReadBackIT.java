package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the tool writes, it reads back; CSV files open as UTF-8 in Excel. */
class ReadBackIT {

    @TempDir
    Path dir;

    private static Path data(String name) {
        return Cli.jar().toAbsolutePath().getParent().getParent().resolve("data").resolve(name);
    }

    @Test
    void theDsgReportsOwnCsvReadsBackWithItsSubTotalAndGrantRows() throws Exception {
        Cli.Run w = Cli.run(dir, "monitor", "--output", "dsg.csv");
        assertThat(w.exit()).as(w.err()).isZero();
        Cli.Run r = Cli.run(dir, "monitor", "--rows", "dsg.csv", "--total", "Dedicated Schools Grant (DSG)", "--year", "2019/20",
                "--period", "P6", "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        // the sub-total footed and was dropped; the grant is a line; the total computed equals the report's own
        assertThat(r.out()).contains("DSG - High Needs Pupils,43442,52431,8989,-8014,0,975,2.2,975,0\n")
                .contains("DSG - Dedicated Schools Grant,-211012,-211987,-975,0,0,-975,")
                .endsWith("Dedicated Schools Grant (DSG),0,8024,8024,-8024,0,0,,0,0\n").doesNotContain("Sub Total");
    }

    @Test
    void monitorReadsItsOwnCsvBack() throws Exception {
        String[] period = {"--year", "2020/21", "--period", "P6"};
        Cli.Run w = Cli.run(dir, concat(new String[] {"monitor", "--rows", data("rows.csv").toString(), "--total", "Total WCF",
            "--output", "report.csv"}, period));
        assertThat(w.exit()).as(w.err()).isZero();
        byte[] bytes = Files.readAllBytes(dir.resolve("report.csv"));
        assertThat(bytes).startsWith(Output.BOM);
        Cli.Run r = Cli.run(dir, concat(new String[] {"monitor", "--rows", "report.csv", "--total", "Total WCF", "--format", "csv"},
                period));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void actualsReadsTheMonthsItWritesInABudget() throws Exception {
        Path budget = dir.resolve("budget.csv");
        Files.writeString(budget, Files.readString(data("budget.csv")));
        Cli.Run r = Cli.run(dir, "actuals", "--gl", data("gl.csv").toString(), "--budget", "budget.csv", "--output", "out.csv");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("out.csv"))).contains("SC101,2020-04,52000.00,54056.40,2056.40\n");
        Files.writeString(dir.resolve("bad.csv"), "cost_centre,month,budget\ncc1,April,1.00\n");
        Cli.Run bad = Cli.run(dir, "actuals", "--gl", data("gl.csv").toString(), "--budget", "bad.csv", "--output", "o.csv");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("month is 'April': write a month as 2020-06 or 2020-06-01");
    }

    @Test
    void aCsvReportFileStartsWithAByteOrderMarkAndStdoutHasNone() throws Exception {
        assertThat(Cli.run(dir, "export", "budget", "--output", "b.csv").exit()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("b.csv"))).startsWith(Output.BOM);
        assertThat(Cli.run(dir, "budget", "--format", "csv").out()).doesNotStartWith("\uFEFF");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
