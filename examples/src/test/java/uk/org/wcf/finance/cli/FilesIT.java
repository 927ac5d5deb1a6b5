package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import, export and actuals, run as a process. */
class FilesIT {

    @TempDir
    Path dir;

    @Test
    void exportWritesEveryFormatForEveryModel() throws Exception {
        for (String what : new String[] {"budget", "plan", "monitor", "reserves"}) {
            for (String format : new String[] {"xlsx", "csv", "json", "yaml", "md", "html"}) {
                String name = what + "." + format;
                Cli.Run r = Cli.run(dir, "export", what, "--format", format, "--output", name);
                assertThat(r.exit()).as(name + ": " + r.err()).isZero();
                assertThat(Files.size(dir.resolve(name))).as(name).isGreaterThan(100);
            }
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("budget.csv")))).isEqualTo("rw-r--r--");
        assertThat(Files.readString(dir.resolve("monitor.csv"))).contains("DSG - High Needs Pupils,43442,52431,8989,-8014,0,975,2.2,975,0");
        assertThat(Files.readString(dir.resolve("budget.html"))).startsWith("<!DOCTYPE html>").contains("<td class=\"n\">36,752</td>");
        assertThat(Files.readString(dir.resolve("reserves.yaml"))).contains("passported: true");
        assertThat(new String(Files.readAllBytes(dir.resolve("budget.xlsx")), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    @Test
    void anExportToAPathThatCannotBeWrittenExitsTwoAndLeavesNothing() throws Exception {
        Files.createDirectory(dir.resolve("out"));
        Cli.Run r = Cli.run(dir, "export", "budget", "--format", "xlsx", "--output", "out");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("wcf-finance: cannot write out: out is a folder, not a file");
        Cli.Run missing = Cli.run(dir, "export", "budget", "--format", "json", "--output", "no/where.json");
        assertThat(missing.exit()).isEqualTo(2);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("out"));
        }
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void importListsUnmappedCodesAndABadRowWritesNothing() throws Exception {
        Files.writeString(dir.resolve("gl.csv"), "date,cost_centre,subjective,amount\n2020-04-01,cc1,E1,10.00\n2020-05-01,cc9,E7,(2.50)\n");
        Files.writeString(dir.resolve("map.csv"), "cost_centre,code,line\ncc1,*,Placements\n");
        Cli.Run r = Cli.run(dir, "import", "--ledger", "gl.csv", "--mapping", "map.csv", "--output", "actuals.json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("unmapped").contains("cc9, E7, 1, (2.50)");
        assertThat(Files.readString(dir.resolve("actuals.json"))).contains("\"line\" : \"Placements\"").contains("\"P1\" : \"10.00\"");
        Files.writeString(dir.resolve("bad.csv"), "date,cost_centre,subjective,amount\n2020-04-01,cc1,E1,ten\n");
        Cli.Run bad = Cli.run(dir, "import", "--ledger", "bad.csv", "--mapping", "map.csv", "--output", "bad.json");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("wcf-finance: bad.csv, line 2, column 4 (amount): amount is 'ten': not an amount; "
                + "write it as 1234.56, 1,234.56, -975 or (975)");
        assertThat(dir.resolve("bad.json")).doesNotExist();
    }

    @Test
    void actualsWritesBudgetAgainstActualAndRefusesAPostingOutsideTheYear() throws Exception {
        Files.writeString(dir.resolve("gl.csv"), "date,cost_centre,subjective,amount\n2020-04-02,cc2,E1,10.10\n2020-04-30,cc2,E2,-0.10\n2020-06-01,cc1,E1,5\n");
        Files.writeString(dir.resolve("budget.csv"), "cost_centre,month,budget\ncc2,2020-04-01,12.00\ncc3,2020-05-01,1.00\n");
        Cli.Run r = Cli.run(dir, "actuals", "--gl", "gl.csv", "--budget", "budget.csv", "--output", "out.csv");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("out.csv"))).isEqualTo("""
                cost_centre,month,budget,actual,variance
                cc1,2020-06,0.00,5.00,5.00
                cc2,2020-04,12.00,10.00,-2.00
                cc3,2020-05,1.00,0.00,-1.00
                """);
        Files.writeString(dir.resolve("gl2.csv"), "date,cost_centre,subjective,amount\n2020-04-02,cc2,E1,1.00\n2021-04-01,cc2,E1,1.00\n");
        Cli.Run bad = Cli.run(dir, "actuals", "--gl", "gl2.csv", "--budget", "budget.csv", "--output", "out2.csv");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("wcf-finance: gl2.csv, line 3, column 1 (date): '2021-04-01' is outside 2020/21 (2020-04-01 to 2021-03-31)");
        assertThat(dir.resolve("out2.csv")).doesNotExist();
        Cli.Run given = Cli.run(dir, "actuals", "--gl=gl.csv", "--budget=budget.csv", "--output=out3.csv", "--year=2020/21");
        assertThat(given.exit()).as(given.err()).isZero();
        assertThat(dir.resolve("out3.csv")).hasSameTextualContentAs(dir.resolve("out.csv"));
        Cli.Run usage = Cli.run(dir, "actuals", "--gl", "gl.csv", "--output", "out4.csv");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err().strip()).isEqualTo("wcf-finance: Missing required option: '--budget=BUDGET.csv' (see 'wcf-finance actuals --help')");
        Cli.Run help = Cli.run(dir, "actuals", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: wcf-finance actuals").contains("--gl=GL.csv");
    }
}
