package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.org.wcf.finance.io.MonthlyActualsCsv;

/**
 * {@code forecast} and {@code forecast backtest} as a user runs them: on Oxford City Council's real 2014/15 and
 * 2015/16 extracts (skipped, saying why, where {@code ../shared/ledgers/oxford} is not there), on the CSV that
 * {@code actuals} writes, and on bad input.
 */
class ForecastIT {

    @TempDir
    Path dir;

    private Map<Integer, Path> oxford() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(OxfordExtracts.folder()), "the Oxford extracts are not at " + OxfordExtracts.folder()
                + " (shared/ledgers/oxford beside the clone)");
        return OxfordExtracts.writeByYear(dir);
    }

    @Test
    void onOxfords2015Backtest() throws Exception {
        Map<Integer, Path> years = oxford();
        Cli.Run r = Cli.run(dir, "forecast", "backtest", "--actuals", years.get(2015).toString(), "--year", "2015/16", "--history",
                years.get(2014).toString(), "--format", "csv", "--chart", "backtest.svg");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("backtest.svg"))).contains("<svg");
        List<String> rows = r.out().lines().toList();
        assertThat(rows.get(0)).isEqualTo("method,period,lines,median_abs_pct_error,mean_abs_pct_error,bias_pct,held,ranged");
        Map<String, String[]> byKey = new HashMap<>();
        rows.subList(1, rows.size()).forEach(l -> {
            String[] c = l.split(",");
            byKey.put(c[0] + "@" + c[1], c);
        });
        for (String p : List.of("P3", "P6", "P9")) {
            String[] auto = byKey.get("auto@" + p);
            String[] runRate = byKey.get("run-rate@" + p);
            // the default method is no worse than run rate, and its P10-P90 held the outturn in 70-90% of lines
            assertThat(new BigDecimal(auto[3])).as(p).isLessThanOrEqualTo(new BigDecimal(runRate[3]));
            double held = Double.parseDouble(auto[6]) / Double.parseDouble(auto[7]);
            assertThat(held).as(p + " held " + auto[6] + " of " + auto[7]).isBetween(0.7, 0.9);
            assertThat(Integer.parseInt(auto[2])).isGreaterThanOrEqualTo(10);
        }
        Cli.Run text = Cli.run(dir, "forecast", "backtest", "--actuals", years.get(2015).toString(), "--year", "2015/16", "--history",
                years.get(2014).toString());
        assertThat(text.out()).contains("| method | period | lines | median abs. % error", "auto's choice by line:", "Left out:");
    }

    @Test
    void oxfordAtP6AsCsvWithEveryRangeAroundItsOutturnAndReadBack() throws Exception {
        Map<Integer, Path> years = oxford();
        Cli.Run r = Cli.run(dir, "forecast", "--actuals", years.get(2015).toString(), "--year", "2015/16", "--period", "P6",
                "--history", years.get(2014).toString(), "--format", "csv", "--output", "p6.csv");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> rows = Files.readAllLines(dir.resolve("p6.csv"));
        assertThat(rows.get(0)).isEqualTo("\uFEFFline,actual_to_date,outturn,p10,p90,method");
        try (InputStream in = Files.newInputStream(dir.resolve("p6.csv"))) {
            List<MonthlyActualsCsv.ForecastRow> back = MonthlyActualsCsv.readForecasts("p6.csv", in).orThrow();
            assertThat(back).hasSize(rows.size() - 1);
            assertThat(back).extracting(MonthlyActualsCsv.ForecastRow::method).isSubsetOf("run-rate", "profile", "smoothing", "trend");
            back.stream().filter(f -> f.p10().isPresent()).forEach(f -> {
                assertThat(f.p10().orElseThrow()).isLessThanOrEqualTo(f.outturn());
                assertThat(f.outturn()).isLessThanOrEqualTo(f.p90().orElseThrow());
            });
        }
    }

    @Test
    void readsTheFileActualsWritesAndExplainsEachLine() throws Exception {
        StringBuilder sb = new StringBuilder("cost_centre,month,budget,actual,variance\n");
        for (int m = 0; m < 12; m++) {
            String month = m < 9 ? "2020-" + String.format("%02d", m + 4) : "2021-0" + (m - 8);
            int actual = m < 6 ? 1000 + 50 * (m % 2) : 0;
            sb.append("cc100,").append(month).append(",1000.00,").append(actual).append(".00,").append(actual - 1000).append(".00\n");
            sb.append("cc200,").append(month).append(",500.00,").append(m < 6 ? -300 : 0).append(".00,0.00\n");
        }
        Files.writeString(dir.resolve("out.csv"), sb);
        Cli.Run r = Cli.run(dir, "forecast", "--actuals", "out.csv", "--year", "2020/21", "--period", "P6", "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("line,actual_to_date,outturn,p10,p90,method\ncc100,6150.00,12300.00,");
        assertThat(r.out()).contains("\ncc200,-1800.00,-3600.00,");
        Cli.Run text = Cli.run(dir, "forecast", "--actuals", "out.csv", "--year", "2020/21", "--period", "P6", "--method", "run-rate");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("Outturn forecast 2020/21 P6 (run-rate)", "cc100", "income line", "no history before 2020/21");
    }

    @Test
    void badInputIsOneLineNamingFileLineAndColumnAndLeavesTheOutputAlone() throws Exception {
        Files.writeString(dir.resolve("bad.csv"), "line,month,actual\nPlacements,2020-04,100\nPlacements,April 2020,100\n");
        Files.writeString(dir.resolve("keep.csv"), "precious\n");
        Cli.Run r = Cli.run(dir, "forecast", "--actuals", "bad.csv", "--year", "2020/21", "--period", "P3", "--output", "keep.csv");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("wcf-finance: bad.csv, line 3, column 2 (month): month is 'April 2020': write a month as 2016-04");
        assertThat(Files.readString(dir.resolve("keep.csv"))).isEqualTo("precious\n");
        Cli.Run noPeriod = Cli.run(dir, "forecast", "--actuals", "bad.csv", "--year", "2020/21");
        assertThat(noPeriod.exit()).isEqualTo(2);
        assertThat(noPeriod.err()).contains("--period");
        Cli.Run badMethod = Cli.run(dir, "forecast", "--actuals", "bad.csv", "--year", "2020/21", "--period", "P3", "--method", "magic");
        assertThat(badMethod.exit()).isEqualTo(2);
        assertThat(badMethod.err()).contains("run-rate");
        Cli.Run markdown = Cli.run(dir, "forecast", "--actuals", "bad.csv", "--year", "2020/21", "--period", "P3", "--format", "markdown");
        assertThat(markdown.exit()).isEqualTo(2);
    }
}
