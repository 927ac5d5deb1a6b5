package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * Every CSV the tool writes is one table (one header, every row as wide as it, no second header after a blank
 * line), and every money column's header names its unit ({@code _gbp} or {@code _gbp_thousands}). The column
 * lists an issue spelled out are kept exactly as spelled, unit in the help instead: {@code actuals}; {@code s251 check}
 * and {@code benchmark}; {@code monitor --format csv} (its {@link uk.org.wcf.finance.io.MonitorRowsCsv#OUTPUT}, also
 * {@code export monitor}); {@code forecast --format csv} ({@code line,actual_to_date,outturn,p10,p90,method}).
 */
class CsvOutputsIT {

    @TempDir
    Path dir;

    /** Header cells that are not money: names, keys, dates, counts, percentages, flags. */
    private static final Set<String> NOT_MONEY = Set.of("ref", "line", "table", "column", "scenario", "month", "method",
            "kpi", "rag", "out_of_tolerance", "risk_notified", "performance_failure", "repeat_failure", "period", "lines",
            "held", "ranged", "year", "reserve", "kind", "description", "route", "reference", "date", "passported", "places",
            "name", "directorate", "subjective_group", "ledger", "ledger_lines");

    private static Path data(String name) {
        return Cli.jar().toAbsolutePath().getParent().getParent().resolve(name);
    }

    @Test
    void everyCsvIsOneTableWithEachMoneyColumnsUnitInItsHeader() throws Exception {
        String rows = data("data/rows.csv").toString();
        String a = data("scenarios/business-plan-2020.yaml").toString();
        String b = data("scenarios/pay-award-3pc.yaml").toString();
        String dsg = data("dsg/wcf-dsg-plan.yaml").toString();
        List<String[]> runs = List.of(
                new String[] {"budget", "--output", "budget.csv"},
                new String[] {"plan", "--output", "plan.csv"},
                new String[] {"plan", "--compare", a, b, "--output", "compare.csv"},
                new String[] {"monitor", "--output", "monitor.csv"},
                new String[] {"monitor", "--rows", rows, "--total", "Total WCF", "--year", "2020/21", "--period", "P6",
                    "--output", "rows-report.csv"},
                new String[] {"export", "budget", "--output", "export-budget.csv"},
                new String[] {"export", "plan", "--output", "export-plan.csv"},
                new String[] {"export", "monitor", "--output", "export-monitor.csv"},
                new String[] {"export", "reserves", "--output", "export-reserves.csv"},
                new String[] {"kpi", "--values", data("data/kpi-values.csv").toString(), "--output", "kpi.csv"},
                new String[] {"cashflow", "--output", "cashflow.csv"},
                new String[] {"import", "--ledger", data("data/gl.csv").toString(), "--mapping", data("data/mapping.csv").toString(),
                    "--output", "import.csv"},
                new String[] {"forecast", "--actuals", data("data/forecast-actuals.csv").toString(), "--year", "2016/17",
                    "--period", "P6", "--history", data("data/forecast-history.csv").toString(), "--output", "forecast.csv"},
                new String[] {"forecast", "backtest", "--actuals", data("data/forecast-history.csv").toString(), "--year",
                    "2015/16", "--output", "backtest.csv"},
                new String[] {"dsg-plan", "--plan", dsg, "--compare", dsg, data("dsg/wcf-dsg-plan-higher-growth.yaml").toString(),
                    "--output", "dsg.csv"});
        java.util.Map<String, List<String>> spelled = java.util.Map.of(
                "monitor.csv", uk.org.wcf.finance.io.MonitorRowsCsv.OUTPUT,
                "rows-report.csv", uk.org.wcf.finance.io.MonitorRowsCsv.OUTPUT,
                "export-monitor.csv", uk.org.wcf.finance.io.MonitorRowsCsv.OUTPUT,
                "forecast.csv", List.of("line", "actual_to_date", "outturn", "p10", "p90", "method"));
        for (String[] args : runs) {
            Cli.Run r = Cli.run(dir, args);
            assertThat(r.exit()).as("%s: %s", String.join(" ", args), r.err()).isZero();
            String file = args[args.length - 1];
            byte[] bytes = Files.readAllBytes(dir.resolve(file));
            assertThat(bytes).as(file).startsWith(Output.BOM);
            String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            assertThat(text).as(file + ": a blank line would start a second table").doesNotContain("\n\n");
            // read by an independent RFC 4180 reader (Commons CSV, strict quoting), not the library's own
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setCommentMarker('#').get().parse(new StringReader(text))
                    .getRecords();
            List<String> header = records.get(0).toList();
            assertThat(records.size()).as(file).isGreaterThan(1);
            for (CSVRecord rec : records) {
                assertThat(rec.toList()).as("%s record %d", file, rec.getRecordNumber()).hasSameSizeAs(header);
            }
            if (spelled.containsKey(file)) {
                assertThat(header).as("%s: the columns as spelled", file).isEqualTo(spelled.get(file));
                continue;
            }
            for (String h : header) {
                assertThat(NOT_MONEY.contains(h) || h.endsWith("_gbp") || h.endsWith("_gbp_thousands") || h.contains("_pct"))
                        .as("%s: column '%s' names no unit", file, h).isTrue();
            }
        }
    }

    @Test
    void planCompareCsvHasPlansShapeWithAScenarioColumn() throws Exception {
        String a = data("scenarios/business-plan-2020.yaml").toString();
        String b = data("scenarios/pay-award-3pc.yaml").toString();
        Cli.Run plan = Cli.run(dir, "plan", "--assumptions", a, "--format", "csv");
        Cli.Run compare = Cli.run(dir, "plan", "--compare", a, b, "--format", "csv");
        assertThat(plan.exit()).as(plan.err()).isZero();
        assertThat(compare.exit()).as(compare.err()).isZero();
        String planHeader = plan.out().lines().findFirst().orElseThrow();
        assertThat(planHeader).isEqualTo("table,ref,line,column,amount_gbp_thousands");
        assertThat(compare.out().lines().findFirst().orElseThrow()).isEqualTo("scenario," + planHeader);
        // scenario A's rows are plan --assumptions A's rows, with the scenario in front
        String prefix = "A: Business Plan 2020/21 with Learning and Achievement,";
        List<String> aRows = compare.out().lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).toList();
        assertThat(aRows).isEqualTo(plan.out().lines().skip(1).toList());
        assertThat(compare.out()).contains("B: Pay award 3%,\"Table 3: Gross Expenditure WCF, over time\",F,Total Gross Expenditure,"
                + "fy2022_23_indicative,123767\n");
        Cli.Run text = Cli.run(dir, "plan", "--compare", a, b);
        assertThat(text.out()).contains("Table 3: Gross Expenditure WCF, over time, scenario A: Business Plan 2020/21",
                "Table 3: Gross Expenditure WCF, over time, scenario B: Pay award 3%");
    }

    @Test
    void importWritesCsvThatForecastReads() throws Exception {
        Cli.Run r = Cli.run(dir, "import", "--ledger", data("data/gl.csv").toString(), "--mapping",
                data("data/mapping.csv").toString(), "--output", "actuals.csv");
        assertThat(r.exit()).as(r.err()).isZero();
        String csv = Files.readString(dir.resolve("actuals.csv")).substring(1);
        // the spelled columns first, then the ledger and its lines summed into each figure (none in a month without postings)
        String ledger = data("data/gl.csv").toString();
        assertThat(csv).startsWith("line,month,actual_gbp,ledger,ledger_lines\nHome to School Transport,2020-04,0.00,,\n"
                + "Home to School Transport,2020-05,7410.75," + ledger + ",7\n")
                .contains("\n# unmapped (cost centre, code, postings, total £): total 3120.00\n# RS301, E2150, 1, 3120.00\n");
        Cli.Run f = Cli.run(dir, "forecast", "--actuals", "actuals.csv", "--year", "2020/21", "--period", "P3",
                "--method", "run-rate", "--format", "csv");
        assertThat(f.exit()).as(f.err()).isZero();
        // Home to School Transport: 0 + 7,410.75 + 6,980.10 to P3, four times that at the run rate
        assertThat(f.out()).contains("\nHome to School Transport,14390.85,57563.40,");
        Cli.Run bad = Cli.run(dir, "import", "--ledger", data("data/gl.csv").toString(), "--mapping",
                data("data/mapping.csv").toString(), "--output", "actuals.txt");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("name it .csv, .json, .yaml or .yml");
        assertThat(dir.resolve("actuals.txt")).doesNotExist();
    }
}
