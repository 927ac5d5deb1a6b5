package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An option changes the result or is refused with one line saying why; never ignored. */
class OptionsIT {

    @TempDir
    Path dir;

    private void refused(String why, String... args) throws Exception {
        Cli.Run r = Cli.run(dir, args);
        assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
        assertThat(r.err().lines()).as(String.join(" ", args)).hasSize(1);
        assertThat(r.err()).contains(why);
        try (var files = Files.list(dir)) {
            assertThat(files).as("nothing written").isEmpty();
        }
    }

    @Test
    void aYearTheDataDoesNotHaveIsRefused() throws Exception {
        refused("the embedded plan starts from 2020/21; --year 2019/20", "plan", "--year", "2019/20");
        refused("the embedded monitoring report is of 2019/20; there is no monitor for --year 2020/21",
                "export", "monitor", "--year", "2020/21", "--output", "m.csv");
        refused("the bridge goes into a plan year after the first, 2021/22 or 2022/23; not 2020/21",
                "chart", "bridge", "--year", "2020/21", "--output", "b.svg");
        refused("--year goes with the bridge chart only", "chart", "plan", "--year", "2021/22", "--output", "p.svg");
    }

    @Test
    void aFormatThatContradictsTheFileIsRefusedAndTheFileNamesTheFormatOtherwise() throws Exception {
        refused("--format xlsx does not match the output file b.csv", "export", "budget", "--format", "xlsx", "--output", "b.csv");
        refused("cannot tell the format from b.out", "export", "budget", "--output", "b.out");
        refused("check writes text or markdown, not csv", "check", "--format", "csv");
        refused("check writes text or markdown, not csv (from the output file's ending)", "check", "--output", "x.csv");
        refused("--format text does not match the output file b.csv", "budget", "--format", "text", "--output", "b.csv");

        Cli.Run xlsx = Cli.run(dir, "export", "budget", "--output", "b.xlsx");
        assertThat(xlsx.exit()).isZero();
        // POI's Log4j API goes to SLF4J: no "Log4j API could not find a logging provider" on a good run
        assertThat(xlsx.err()).isEmpty();
        assertThat(new String(Files.readAllBytes(dir.resolve("b.xlsx")), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(Cli.run(dir, "budget", "--output", "b.csv").exit()).isZero();
        assertThat(Files.readString(dir.resolve("b.csv"))).doesNotContain("----").contains(",");
        assertThat(Cli.run(dir, "check", "--output", "c.md").exit()).isZero();
        assertThat(Files.readString(dir.resolve("c.md"))).contains("|");
    }

    @Test
    void aBridgeIntoALaterYearIsDrawn() throws Exception {
        Cli.Run r = Cli.run(dir, "chart", "bridge", "--year", "2022/23", "--output", "b.svg");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("b.svg"))).contains("Bridge from 2021/22 to 2022/23");
    }

    @Test
    void aRowsReportWithoutYearAndPeriodSaysItsTitleIsTodays() throws Exception {
        Files.writeString(dir.resolve("rows.csv"), "line,net_budget,forecast,variance_last_period\nPlacements,100,90,0\n");
        Cli.Run r = Cli.run(dir, "monitor", "--rows", "rows.csv");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("--year and --period not given: the report is titled with today's period");
        Cli.Run given = Cli.run(dir, "monitor", "--rows", "rows.csv", "--year", "2020/21", "--period", "P6");
        assertThat(given.err()).isEmpty();
        assertThat(given.out()).contains("2020/21 P6");
    }
}
