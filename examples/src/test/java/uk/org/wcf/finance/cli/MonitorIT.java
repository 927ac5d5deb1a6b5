package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monitor command, run as a process. */
class MonitorIT {

    @TempDir
    Path dir;

    @Test
    void withNoArgumentsItPrintsThePeriod6DsgReportAsPublished() throws Exception {
        Cli.Run r = Cli.run(dir, "monitor");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .containsPattern("DSG - High Needs Pupils\\s+43,442\\s+52,431\\s+8,989\\s+\\(8,014\\)\\s+975\\s+2.2\\s+975\\s+0")
                .containsPattern("Dedicated Schools Grant \\(DSG\\)\\s+0\\s+8,024\\s+8,024\\s+\\(8,024\\)\\s+0\\s+0\\s+0")
                .contains("Closing balance: (8,657) (opening (633) + carried forward (8,024))")
                .contains("statutory override");
        Cli.Run csv = Cli.run(dir, "monitor", "--format", "csv");
        assertThat(csv.out()).contains("DSG - Sub Total,211012,220011,8999,-8024,0,975,0.5,975,0\n")
                .contains("Dedicated Schools Grant (DSG),0,8024,8024,-8024,0,0,,0,0\n");
    }

    @Test
    void rowsFromACsvWithTheTotalLabel() throws Exception {
        Files.writeString(dir.resolve("rows.csv"), """
                line,net_budget,forecast,proposed_carry_forwards,other_adjustments,variance_last_period
                Placements,45906,47000,0,(500),400
                =cmd,100,98,0,0,0
                """);
        Cli.Run r = Cli.run(dir, "monitor", "--rows", "rows.csv", "--total", "Total WCF", "--format", "csv",
                "--output", "out.csv");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("out.csv"))).isEqualTo("\uFEFF" + """
                line,net_budget,forecast,variance_before_adjustments,proposed_carry_forwards,other_adjustments,variance_after_adjustments,variance_after_adjustments_pct,variance_last_period,change_since_last_period
                Placements,45906,47000,1094,0,-500,594,1.3,400,194
                '=cmd,100,98,-2,0,0,-2,-2.0,0,-2
                Total WCF,46006,47098,1092,0,-500,592,1.3,400,192
                """);
    }

    @Test
    void aBadRowExitsTwoAndWritesNoOutputFile() throws Exception {
        Files.writeString(dir.resolve("rows.csv"), "line,net_budget,forecast,variance_last_period\nA,1,one,0\n");
        Cli.Run r = Cli.run(dir, "monitor", "--rows", "rows.csv", "--total", "T", "--output", "out.csv");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("wcf-finance: rows.csv, line 2, column 3 (forecast): amount is 'one': "
                + "not an amount; write it as 1234.56, 1,234.56, -975 or (975)");
        assertThat(dir.resolve("out.csv")).doesNotExist();
    }

    @Test
    void storedSnapshotsGiveVarianceLastPeriod() throws Exception {
        String p5 = """
                schemaVersion: 1
                title: WCF non-DSG
                period: 2020/21 P5
                scope: non_dsg
                totalLabel: Total WCF
                lines:
                  - {line: Placements, netBudget: 45906, forecast: 46500}
                """;
        Files.writeString(dir.resolve("p5.yaml"), p5);
        Files.writeString(dir.resolve("p6.yaml"), p5.replace("P5", "P6").replace("46500", "47000"));
        Cli.Run r = Cli.run(dir, "monitor", "--snapshot", "p6.yaml", "--previous", "p5.yaml", "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Placements,45906,47000,1094,0,0,1094,2.4,594,500\n");
        Cli.Run wrong = Cli.run(dir, "monitor", "--snapshot", "p5.yaml", "--previous", "p6.yaml");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("previous snapshot is 2020/21 P6: the report for 2020/21 P5 compares with 2020/21 P4");
    }

    /**
     * A figure traces to its source: the actuals to date of a collected line name the ledger's own lines (the file's
     * line numbers, header line 1) of the postings summed into them, and the import file they came through, whether
     * the import wrote JSON or CSV. The lines are found here by reading the ledger and mapping on their own.
     */
    @Test
    void explainTracesActualsToTheLedgersOwnLinesThroughTheImport() throws Exception {
        ExamplesIT.copy(java.nio.file.Paths.get("data/returns"), dir.resolve("returns"));
        java.util.List<String> gl = Files.readAllLines(dir.resolve("returns/gl.csv"));
        java.util.List<Long> expected = new java.util.ArrayList<>();
        for (int i = 1; i < gl.size(); i++) {
            String[] cells = gl.get(i).split(",");
            // FS01 is Family Support / Staffing; P1 to P4 are April to July 2024
            if (cells[1].equals("FS01") && cells[0].compareTo("2024-08") < 0) {
                expected.add((long) i + 1);
            }
        }
        StringBuilder ranges = new StringBuilder();
        for (int i = 0; i < expected.size(); i++) {
            long first = expected.get(i);
            while (i + 1 < expected.size() && expected.get(i + 1) == expected.get(i) + 1) {
                i++;
            }
            ranges.append(ranges.length() == 0 ? "" : ", ").append(first == expected.get(i) ? "" + first : first + "-" + expected.get(i));
        }
        for (String out : java.util.List.of("actuals.json", "actuals.csv")) {
            Cli.Run imp = Cli.run(dir, "import", "--ledger", "returns/gl.csv", "--mapping", "returns/mapping.csv", "--output", out);
            assertThat(imp.exit()).as(imp.err()).isZero();
            Cli.Run c = Cli.run(dir, "forecast-collect", "returns/p4", "--book", "returns/book.yaml", "--actuals", out,
                    "--year", "2024/25", "--period", "P4", "--output", "p4-" + out + ".yaml");
            assertThat(c.exit()).as(c.err()).isZero();
            Cli.Run r = Cli.run(dir, "monitor", "--snapshot", "p4-" + out + ".yaml", "--explain", "Family Support / Staffing");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("  actuals to date £615,743.05: returns/gl.csv, lines " + ranges + " ("
                    + expected.size() + " postings), P1 to P4, via import " + out + ", ");
        }
    }
}
