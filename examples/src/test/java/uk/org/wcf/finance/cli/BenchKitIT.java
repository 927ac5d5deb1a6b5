package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code actuals} on a small ledger made by the bench kit's own generator ({@code ../shared/bench/gen_ledger.py},
 * or the folder in {@code -Dwcf.bench.kit}), checked against every total the kit expects: the whole year's
 * actual and budget, the sum of absolute variances, the actual of each month, and one cost centre's actual and
 * budget by month. Skipped, saying why, where the kit or python3 is not there. No timing: speed is measured in
 * {@code benchmarks}.
 */
class BenchKitIT {

    private static final int POSTINGS = 20_000;

    @TempDir
    Path dir;

    @Test
    void actualsAgreesWithEveryTotalTheKitExpects() throws Exception {
        Path kit = Paths.get(System.getProperty("wcf.bench.kit", "../../shared/bench"));
        Assumptions.assumeTrue(Files.isRegularFile(kit.resolve("gen_ledger.py")), "the bench kit is not at " + kit);
        Process gen;
        try {
            gen = new ProcessBuilder("python3", kit.resolve("gen_ledger.py").toString(), String.valueOf(POSTINGS), "--out",
                    dir.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("gen.log").toFile()).start();
        } catch (IOException noPython) {
            Assumptions.abort("python3 is not installed: " + noPython.getMessage());
            return;
        }
        assertThat(gen.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(gen.exitValue()).as(Files.readString(dir.resolve("gen.log"))).isZero();

        Cli.Run r = Cli.run(dir, "actuals", "--gl", "gl-" + POSTINGS + ".csv", "--budget", "budget-" + POSTINGS + ".csv",
                "--output", "out.csv");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();

        JsonNode expected = new ObjectMapper().readTree(dir.resolve("expected-" + POSTINGS + ".json").toFile());
        List<String> rows = Files.readAllLines(dir.resolve("out.csv"));
        assertThat(rows.get(0)).isEqualTo("cost_centre,month,budget,actual,variance");
        long actual = 0;
        long budget = 0;
        long absVariance = 0;
        long[] byMonth = new long[12];
        long[] cc100 = new long[12];
        long[] cc100Budget = new long[12];
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split(",", -1);
            assertThat(c).as(row).hasSize(5);
            int m = (Integer.parseInt(c[1].substring(5)) + 8) % 12; // 2020-04 is P1 (index 0)
            long b = pence(c[2]);
            long a = pence(c[3]);
            assertThat(pence(c[4])).as(row).isEqualTo(a - b);
            actual += a;
            budget += b;
            absVariance += Math.abs(a - b);
            byMonth[m] += a;
            if ("cc100".equals(c[0])) {
                cc100[m] = a;
                cc100Budget[m] = b;
            }
        }
        assertThat(rows).hasSize(1 + expected.get("cost_centres").asInt() * 12);
        assertThat(actual).isEqualTo(expected.get("total_actual_pence").asLong());
        assertThat(budget).isEqualTo(expected.get("total_budget_pence").asLong());
        assertThat(absVariance).isEqualTo(expected.get("sum_abs_variance_pence").asLong());
        for (int m = 0; m < 12; m++) {
            assertThat(byMonth[m]).as("actual in month %d", m + 1).isEqualTo(expected.get("actual_by_month_pence").get(m).asLong());
            assertThat(cc100[m]).as("cc100 in month %d", m + 1).isEqualTo(expected.get("cc100_actual_pence").get(m).asLong());
            assertThat(cc100Budget[m]).as("cc100's budget in month %d", m + 1)
                    .isEqualTo(expected.get("cc100_budget_month_pence").asLong());
        }
    }

    private static long pence(String pounds) {
        return new BigDecimal(pounds).movePointRight(2).longValueExact();
    }
}
