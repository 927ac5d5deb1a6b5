package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dsg-plan command, run as a process on the example plans. */
class DsgPlanIT {

    @TempDir
    Path dir;

    private static String plan(String name) {
        return Paths.get("dsg", name).toAbsolutePath().toString();
    }

    @Test
    void theWcfPlanPrintsTheSummaryNumbersBridgeScenariosAndMarksIllustrativeFigures() throws Exception {
        Cli.Run r = Cli.run(dir, "dsg-plan", "--plan", plan("wcf-dsg-plan.yaml"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("ILLUSTRATIVE: figures marked [ILLUSTRATIVE] below are not from a published source.")
                .contains("High Needs allocation 43442k in 2019/20, growing 8% a year [ILLUSTRATIVE: ")
                .contains("Opening DSG reserve -633k at 2019-04-01 [source: Scrutiny panel 13 Nov 2019")
                .containsPattern("High Needs block expenditure\\s+52,431\\s")
                .containsPattern("DSG in-year surplus \\(deficit\\)\\s+\\(8,024\\)\\s")
                .containsPattern("DSG reserve at 31 March \\(deficit negative\\)\\s+\\(8,657\\)\\s")
                .containsPattern("Total\\s+3,990\\s")
                .contains("Bridge of the DSG reserve by driver, 2019-04-01 to 2024-03-31")
                .contains("Workstream: New local special school places")
                .contains("Do nothing: DSG reserve at 31 March")
                .contains("P10 (deficit negative)")
                .contains("'Schools block transfer 2021/22'").contains("FLAGGED: above the 0.5% cap")
                .contains("Workstream left out: Mainstream inclusion banding (planned, not deliverable)")
                .contains("the statutory override ends on 2023-03-31");
        assertThat(r.out().lines().filter(l -> l.contains("FLAGGED")).count()).isEqualTo(1);
    }

    @Test
    void theMonteCarloIsSeededAndTheComparisonPutsPlansSideBySide() throws Exception {
        Cli.Run a = Cli.run(dir, "dsg-plan", "--plan", plan("wcf-dsg-plan.yaml"), "--seed", "5", "--runs", "200", "--format", "csv");
        Cli.Run b = Cli.run(dir, "dsg-plan", "--plan", plan("wcf-dsg-plan.yaml"), "--seed", "5", "--runs", "200", "--format", "csv");
        Cli.Run c = Cli.run(dir, "dsg-plan", "--plan", plan("wcf-dsg-plan.yaml"), "--seed", "6", "--runs", "200", "--format", "csv");
        assertThat(a.exit()).as(a.err()).isZero();
        assertThat(a.out()).isEqualTo(b.out()).isNotEqualTo(c.out());
        // one table: the places by provision type as whole places in their own column
        assertThat(a.out()).startsWith("table,ref,line,column,amount_gbp_thousands,places\n")
                .contains("\nHigh needs places by provision type (after mitigations; whole places),,Mainstream top-up,y2019,,1580\n")
                .doesNotContain("\n\n");
        Cli.Run cmp = Cli.run(dir, "dsg-plan", "--plan", plan("wcf-dsg-plan.yaml"), "--compare", plan("wcf-dsg-plan.yaml"),
                plan("wcf-dsg-plan-higher-growth.yaml"), "--format", "markdown");
        assertThat(cmp.exit()).as(cmp.err()).isZero();
        assertThat(cmp.out()).contains("Plans side by side: DSG reserve at 31 March")
                .contains("WCF DSG management plan, higher growth (illustrative) against WCF DSG management plan (illustrative)");
    }

    @Test
    void xlsxHoldsTheTablesWithTotalsAsFormulasAndChartsAreWritten() throws Exception {
        Cli.Run r = Cli.run(dir, "dsg-plan", "--plan", plan("wcf-dsg-plan.yaml"), "--format", "xlsx", "--output", "plan.xlsx",
                "--charts", ".");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote plan.xlsx").contains("ILLUSTRATIVE");
        int sheets = 0;
        boolean formulas = false;
        try (InputStream in = Files.newInputStream(dir.resolve("plan.xlsx")); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                if (e.getName().startsWith("xl/worksheets/sheet")) {
                    sheets++;
                    formulas |= new String(zip.readAllBytes(), StandardCharsets.UTF_8).contains("<f>");
                }
            }
        }
        assertThat(sheets).isEqualTo(7);
        assertThat(formulas).isTrue();
        for (String png : new String[] {"dsg-cumulative-by-scenario.png", "dsg-numbers-by-type.png"}) {
            byte[] b = Files.readAllBytes(dir.resolve(png));
            assertThat(new String(b, 1, 3, StandardCharsets.ISO_8859_1)).isEqualTo("PNG");
        }
    }

    @Test
    void aBadPlanExitsTwoNamingLineAndColumnAndLeavesTheOutputIntact() throws Exception {
        String good = Files.readString(Paths.get("dsg", "wcf-dsg-plan.yaml"));
        Files.writeString(dir.resolve("bad.yaml"), good.replace("    change: -15%", "    change: 15%"));
        Files.writeString(dir.resolve("out.txt"), "before");
        Cli.Run r = Cli.run(dir, "dsg-plan", "--plan", "bad.yaml", "--output", "out.txt", "--charts", ".");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("wcf-finance: bad.yaml, line 90, column 13 (change of 'New local special school "
                + "places'): change of 'New local special school places' is 15%: a mitigation never raises cost: its change is "
                + "a cut (negative) or 0%");
        assertThat(Files.readString(dir.resolve("out.txt"))).isEqualTo("before");
        assertThat(dir.resolve("dsg-numbers-by-type.png")).doesNotExist();
        Cli.Run x = Cli.run(dir, "dsg-plan", "--plan", plan("wcf-dsg-plan.yaml"), "--format", "xlsx");
        assertThat(x.exit()).isEqualTo(2);
        assertThat(x.err()).contains("--format xlsx needs --output FILE.xlsx");
    }
}
