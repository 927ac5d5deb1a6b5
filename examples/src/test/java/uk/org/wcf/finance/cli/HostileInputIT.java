package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and awkward inputs to every command that reads a file, run as a process: exit 2, one line naming file,
 * line and column, no stack trace, nothing written and an existing output unchanged; and UK ledgers as they come.
 * The timeout guards against a hang (it is not a speed target).
 */
@Timeout(value = 120)
class HostileInputIT {

    @TempDir
    Path dir;

    private static final String BUDGET = "cost_centre,month,budget\ncc1,2020-04-01,10.00\n";

    /** Runs a command that must be refused, and checks that the old output survives and nothing else was written. */
    private Cli.Run refused(String output, String... args) throws Exception {
        Path out = dir.resolve(output);
        Files.writeString(out, "old output\n");
        Cli.Run r = Cli.run(dir, args);
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception").startsWith("wcf-finance: ");
        assertThat(Files.readString(out)).isEqualTo("old output\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp") || n.startsWith("."));
        }
        return r;
    }

    @Test
    void twoAmountColumnsAreRefusedNamingBoth() throws Exception {
        Files.writeString(dir.resolve("gl.csv"), "date,cost_centre,amount,amount_gbp_thousands\n2020-04-01,cc1,12.34,12.34\n");
        Files.writeString(dir.resolve("budget.csv"), BUDGET);
        Cli.Run r = refused("out.csv", "actuals", "--gl", "gl.csv", "--budget", "budget.csv", "--output", "out.csv");
        assertThat(r.err().strip()).isEqualTo("wcf-finance: gl.csv, line 1, column 4 (amount_gbp_thousands): two amount columns,"
                + " 'amount' (column 3) and 'amount_gbp_thousands' (column 4); keep the one you mean");
        Files.writeString(dir.resolve("map.csv"), "cost_centre,code,line\ncc1,*,Placements\n");
        Files.writeString(dir.resolve("gl2.csv"), "date,cost_centre,code,amount\n2020-04-01,cc1,E1,1\n2020-04-01,cc1,E1,1\n"
                .replace("date,cost_centre,code,amount", "date,cost_centre,code,amount,date"));
        Cli.Run twice = refused("a.json", "import", "--ledger", "gl2.csv", "--mapping", "map.csv", "--output", "a.json");
        assertThat(twice.err()).contains("gl2.csv, line 1, column 5 (date): the column 'date' appears twice, in columns 1 and 5");
    }

    @Test
    void aThousandsFigureThatWouldWrapALongIsRefusedAtItsCell() throws Exception {
        Files.writeString(dir.resolve("gl.csv"), "date,cost_centre,amount_gbp_thousands\n2020-04-01,cc1,18446744073709551\n");
        Files.writeString(dir.resolve("budget.csv"), BUDGET);
        Cli.Run r = refused("out.csv", "actuals", "--gl", "gl.csv", "--budget", "budget.csv", "--output", "out.csv");
        assertThat(r.err().strip()).isEqualTo("wcf-finance: gl.csv, line 2, column 3 (amount_gbp_thousands): amount is"
                + " '18446744073709551': a trillion pounds or more, beyond what the library reads (less than"
                + " £1,000,000,000,000); check the column and its unit");
    }

    @Test
    void manyLargePostingsThatWouldOverflowATotalAreAnInputProblemNotAnInternalError() throws Exception {
        Files.writeString(dir.resolve("gl.csv"), "date,cost_centre,amount\n" + "2020-04-01,cc1,999999999999.99\n".repeat(92_234));
        Files.writeString(dir.resolve("budget.csv"), BUDGET);
        Cli.Run r = refused("out.csv", "actuals", "--gl", "gl.csv", "--budget", "budget.csv", "--output", "out.csv");
        assertThat(r.err()).doesNotContain("internal error")
                .contains("gl.csv, line 92235, column 3 (amount): amount is '999999999999.99': adding it makes a total pass"
                        + " £92,233,720,368,547,758.07");
    }

    @Test
    void aLedgerWithABadDateAndABadAmountOnEveryLineIsTwoLinesWithNothingLeftToCount() throws Exception {
        Files.writeString(dir.resolve("gl.csv"), "date,cost_centre,amount\n" + "2020-13-01,cc1,x\n".repeat(3000));
        Files.writeString(dir.resolve("budget.csv"), BUDGET);
        Cli.Run r = refused("out.csv", "actuals", "--gl", "gl.csv", "--budget", "budget.csv", "--output", "out.csv");
        assertThat(r.err().lines()).containsExactly(
                "wcf-finance: gl.csv, line 2, column 1 (date): date is '2020-13-01': not a date; the same on the next 2,999"
                        + " lines, to line 3,001",
                "wcf-finance: gl.csv, line 2, column 3 (amount): amount is 'x': not an amount; write it as 1234.56, 1,234.56,"
                        + " -975 or (975); the same on the next 2,999 lines, to line 3,001");
    }

    @Test
    void aHugeOrTinyExponentInARateIsRefusedAtOnce() throws Exception {
        for (String rate : new String[] {"1e999999999%", "1e-3000000%"}) {
            Files.writeString(dir.resolve("a.yaml"), "schemaVersion: 1\nname: S\nassumptions:\n"
                    + "  - {type: staffing_inflation, name: Pay, rate: " + rate + "}\n");
            long start = System.nanoTime();
            Cli.Run r = Cli.run(dir, "plan", "--assumptions", "a.yaml");
            assertThat(r.exit()).as(r.err()).isEqualTo(2);
            assertThat(r.err().strip()).isEqualTo("wcf-finance: a.yaml, line 4, column 49 (rate): rate is " + rate
                    + ": a rate is a percentage such as 2% or 18.6 (plain digits, at most 10 decimals, no exponent)");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no hang").isLessThan(Duration.ofSeconds(60));
        }
    }

    @Test
    void aYamlAliasIsRefusedNotReadAsTheAnchorsName() throws Exception {
        Files.writeString(dir.resolve("a.yaml"), "schemaVersion: 1\nname: &t Scenario\nassumptions:\n"
                + "  - {type: staffing_inflation, name: *t, rate: 2%}\n");
        Cli.Run r = Cli.run(dir, "plan", "--assumptions", "a.yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("a.yaml, line 4, column 38: an alias (*t) stands for another value here");
    }

    @Test
    void aRiskFlagOutsideYesOrNoIsAnErrorAtItsCell() throws Exception {
        Files.writeString(dir.resolve("v.csv"), "kpi,month,numerator,denominator,risk_notified\nKPI-SC1,2020-06,1,2,1\n");
        Cli.Run r = Cli.run(dir, "kpi", "--values", "v.csv");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("wcf-finance: v.csv, line 2, column 5 (risk_notified): risk_notified is '1': write yes or no");
    }

    @Test
    void aWildcardCostCentreIsRefusedAndAMappingRowThatMatchesNothingIsNamed() throws Exception {
        Files.writeString(dir.resolve("gl.csv"), "date,cost_centre,code,amount\n2020-04-01,cc1,E1,10\n");
        Files.writeString(dir.resolve("star.csv"), "cost_centre,code,line\n*,E1,Placements\n");
        Cli.Run star = refused("a.json", "import", "--ledger", "gl.csv", "--mapping", "star.csv", "--output", "a.json");
        assertThat(star.err().strip()).isEqualTo("wcf-finance: star.csv, line 2, column 1 (cost_centre): cost_centre is '*':"
                + " a * stands for any code, in the code column only; name each cost centre");
        Files.writeString(dir.resolve("map.csv"), "cost_centre,code,line,service\ncc1,*,Placements,S\ncc2,E9,Transport,S\n");
        Cli.Run r = Cli.run(dir, "import", "--ledger", "gl.csv", "--mapping", "map.csv", "--output", "b.json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("note: map.csv: columns not read: service")
                .contains("note: map.csv, line 3: cost centre cc2 with code E9 matches no posting in gl.csv");
    }

    @Test
    void errorsSayWhatToFix() throws Exception {
        Files.writeString(dir.resolve("s.yaml"), "schemaVersion: 1\nname: S\nassumptions:\n"
                + "  - {type: saving, name: S, service: ZZ, amount: 5, year: 2021/22, status: deliverable}\n");
        Cli.Run service = Cli.run(dir, "plan", "--assumptions", "s.yaml");
        assertThat(service.exit()).isEqualTo(2);
        assertThat(service.err()).startsWith("wcf-finance: s.yaml, line 4, column 38 (service): service is 'ZZ': not a service"
                + " of the 2020/21 budget; the services are A (Resources Directorate), B (Social Care Directorate)");
        Files.write(dir.resolve("cp.yaml"), "schemaVersion: 1\nname: Caf\u00e9\nassumptions: []\n".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1));
        Cli.Run cp = Cli.run(dir, "plan", "--assumptions", "cp.yaml");
        assertThat(cp.exit()).isEqualTo(2);
        assertThat(cp.err().strip()).isEqualTo("wcf-finance: cp.yaml: the file has bytes that are not UTF-8 (a file saved as"
                + " Windows-1252 or Latin-1?); save it as UTF-8");
        Files.writeString(dir.resolve("k.csv"), "kpi,month,numerator,denominator\nKPI-SC1,0000-06,1,2\nKPI-SC1,2020-06,1,2\nKPI-SC1,+10000-06,1,2\n");
        Cli.Run kpi = Cli.run(dir, "kpi", "--values", "k.csv");
        assertThat(kpi.exit()).isEqualTo(2);
        assertThat(kpi.err().lines()).containsExactly(
                "wcf-finance: k.csv, line 2, column 2 (month): month is '0000-06': outside the financial years the library"
                        + " handles, 1900/01 to 2998/99 (1 April 1900 to 31 March 2999)",
                "wcf-finance: k.csv, line 4, column 2 (month): month is '+10000-06': outside the financial years the library"
                        + " handles, 1900/01 to 2998/99 (1 April 1900 to 31 March 2999)");
        Files.createDirectory(dir.resolve("folder.csv"));
        Cli.Run folder = Cli.run(dir, "kpi", "--values", "folder.csv");
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err().strip()).isEqualTo("wcf-finance: folder.csv: is a folder, not a file; give the file's name");
        Files.write(dir.resolve("r.jsh"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, (byte) 0x80, (byte) 0xc3});
        Cli.Run nb = refused("r.html", "notebook", "r.jsh", "--output", "r.html");
        assertThat(nb.err().strip()).isEqualTo("wcf-finance: r.jsh: is not UTF-8 text: a notebook is a JShell script (.jsh) saved as UTF-8");
    }

    @Test
    void ukDatesPeriod13AndRowsOfCommasAsASpreadsheetLeavesThem() throws Exception {
        Files.writeString(dir.resolve("gl.csv"), "date,cost_centre,amount,supplier\n14/04/2020,cc1,5.00,ACME\n"
                + "30-Apr-2020,cc1,2.50,ACME\n,,,\n,,,\n");
        Files.writeString(dir.resolve("budget.csv"), BUDGET);
        Cli.Run r = Cli.run(dir, "actuals", "--gl", "gl.csv", "--budget", "budget.csv", "--output", "out.csv");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("out.csv"))).isEqualTo("cost_centre,month,budget,actual,variance\n"
                + "cc1,2020-04,10.00,7.50,-2.50\n");
        assertThat(r.err().lines()).containsExactly("note: gl.csv: columns not read: supplier",
                "note: gl.csv: 2 rows of only commas skipped");
        Cli.Run iso = refused("out2.csv", "actuals", "--gl", "gl.csv", "--budget", "budget.csv", "--output", "out2.csv",
                "--date-format", "yyyy-mm-dd");
        assertThat(iso.err()).contains("gl.csv, line 2, column 1 (date): date is '14/04/2020': write a date as 2020-06-30"
                + " (the date format is yyyy-mm-dd)");
        Cli.Run bad = Cli.run(dir, "actuals", "--gl", "gl.csv", "--budget", "budget.csv", "--output", "o.csv",
                "--date-format", "mm/dd/yyyy");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("date format is 'mm/dd/yyyy': it is one of auto, yyyy-mm-dd, dd/mm/yyyy or dd-mmm-yyyy");

        Files.writeString(dir.resolve("p.csv"), "period,cost_centre,code,amount\nP12,cc1,E1,1.00\nP13,cc1,E1,4.00\n");
        Files.writeString(dir.resolve("map.csv"), "cost_centre,code,line\ncc1,*,Placements\n");
        Cli.Run adj = Cli.run(dir, "import", "--ledger", "p.csv", "--mapping", "map.csv", "--output", "a.json", "--year", "2020/21");
        assertThat(adj.exit()).as(adj.err()).isZero();
        assertThat(Files.readString(dir.resolve("a.json"))).contains("\"P12\" : \"5.00\"");
        assertThat(adj.err()).contains("note: p.csv: 1 year-end adjustment (period 13 and later), 4.00 in pounds, counted with"
                + " March 2021 (P12)");
    }
}
