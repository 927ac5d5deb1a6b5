package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan command, run as a process. */
class PlanIT {

    @TempDir
    Path dir;

    private static String scenario(String name) {
        return Paths.get("scenarios", name).toAbsolutePath().toString();
    }

    @Test
    void theEmbeddedPlanShowsTheBridgeWithTheStatedTwoPercent() throws Exception {
        Cli.Run r = Cli.run(dir, "plan");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("F\\s+Total Gross Expenditure\\s+115,029\\s+119,251\\s+123,451")
                .containsPattern("A\\s+Resources Directorate\\s+10,914\\s+55\\s+\\(2\\)\\s+10,967")
                .contains("Staffing inflation (Business Plan 2020/21) [Staffing inflation, 2% a year]");
    }

    @Test
    void anAssumptionsFileAndAComparisonOfScenarios() throws Exception {
        Cli.Run r = Cli.run(dir, "plan", "--assumptions", scenario("business-plan-2020.yaml"), "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        // Learning and Achievement: 6,500 x 10/12 = 5,416.67 in 2020/21 on Education and Early Help
        assertThat(r.out()).contains("\"Table 3: Gross Expenditure WCF, over time\",C,Education and Early Help Directorate,fy2020_21_budget,15826\n",
                "\"Table 3: Gross Expenditure WCF, over time\",C,Education and Early Help Directorate,fy2021_22_indicative,17009\n",
                "\"Table 3: Gross Expenditure WCF, over time\",C,Education and Early Help Directorate,fy2022_23_indicative,17112\n");
        Cli.Run c = Cli.run(dir, "plan", "--compare", scenario("business-plan-2020.yaml"), scenario("pay-award-3pc.yaml"));
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(c.out()).contains("Scenario B (Pay award 3%) against A (Business Plan 2020/21 with Learning and Achievement)")
                .containsPattern("Total Gross Expenditure\\s+120,446\\s+120,446\\s+0\\s+122,264\\s+122,632\\s+368");
    }

    @Test
    void eachAssumptionIsListedOnceAndEachScenarioTableIsLabelled() throws Exception {
        Cli.Run r = Cli.run(dir, "plan");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("  - Other movements"))).hasSize(1);
        assertThat(r.out()).containsPattern("  - Other movements .* \\(applied \\d+ times\\)");
        Path scenarios = Cli.jar().toAbsolutePath().getParent().getParent().resolve("scenarios");
        Cli.Run c = Cli.run(dir, "plan", "--compare", scenarios.resolve("business-plan-2020.yaml").toString(),
                scenarios.resolve("pay-award-3pc.yaml").toString());
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(c.out()).contains("Table 3: Gross Expenditure WCF, over time, scenario A: ")
                .contains("Table 3: Gross Expenditure WCF, over time, scenario B: Pay award 3%");
    }

    @Test
    void aBadAssumptionsFileExitsTwoNamingLineAndColumn() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "schemaVersion: 1\nname: Bad\nassumptions:\n  - type: staffing_inflation\n    name: Pay\n    rate: lots\n");
        Cli.Run r = Cli.run(dir, "plan", "--assumptions", "bad.yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("wcf-finance: bad.yaml, line 6, column 11 (rate): rate is lots: a rate is a percentage such as 2% or 18.6 (plain digits, at most 10 decimals, no exponent)");
        assertThat(Cli.run(dir, "plan", "--assumptions", "missing.yaml").err().strip())
                .isEqualTo("wcf-finance: missing.yaml: no such file");
    }
}
