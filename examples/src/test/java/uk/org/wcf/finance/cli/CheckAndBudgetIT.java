package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job and the budget command, run as a process. */
class CheckAndBudgetIT {

    @TempDir
    Path dir;

    @Test
    void checkReproducesThePublishedTablesAndListsTheThreeSourceDifferences() throws Exception {
        Cli.Run r = Cli.run(dir, "check");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out())
                .contains("Table 1: Agreed WCC Contract Sums (£000)")
                .contains("Table 2: Recurrent operating costs WCF (2020/21) (£000)")
                .contains("Table 4: 2020/21 Funding Sources and Contract Funding Reconciliation (£000)")
                .containsPattern("F\\s+Total Gross Expenditure\\s+36,752\\s+727\\s+16,236\\s+61,314\\s+115,029")
                .contains("Total Gross Expenditure / Staffing: model 36,752, published 36,753 (+1) - known: source rounding")
                .contains("Total External Funding / £000: model 14,815, published 14,814 (-1) - known: source rounding")
                .contains("Council Base Budget / £000: model 100,214, published 100,215 (+1) - known: source rounding")
                .contains("council drawdowns passported 934: reconciles")
                .contains("Tax on profit / 2019/20: model (122,541), published 122,541 (+245082) - known: source sign")
                .contains("Profit margin 2020/21: 566,545 / 119,731,869 = 0.47%")
                .contains("Closing balance: (8,657)")
                .contains("6 tables checked (1 with fitted columns), 5 differences, all known differences in the source (rounding, or the sign it prints). PASS");
        assertThat(r.out().lines().filter(l -> l.contains(" - known: source rounding")).count()).isEqualTo(3);
    }

    @Test
    void budgetPrintsCsvForScripts() throws Exception {
        Cli.Run r = Cli.run(dir, "budget", "--year", "2020/21", "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        // both tables in one: a row per figure, naming its table, line and column
        assertThat(r.out()).startsWith("table,ref,line,column,amount_gbp_thousands\n")
                .contains("\nTable 2: Recurrent operating costs WCF (2020/21),F,Total Gross Expenditure,staffing,36752\n")
                .contains("\nTable 2: Recurrent operating costs WCF (2020/21),F,Total Gross Expenditure,total_gross_expenditure,115029\n")
                .containsPattern("\nTable 4: [^\n]*,,Council Base Budget,amount,100214\n")
                .doesNotContain("\n\n");
    }

    @Test
    void outputGoesToAFileWhole() throws Exception {
        Cli.Run r = Cli.run(dir, "budget", "--format", "markdown", "--output", "budget.md");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(dir.resolve("budget.md"))).contains("| A | Resources Directorate | 2,750 |");
    }

    @Test
    void badUsageExitsTwoWithOneLineOnStderr() throws Exception {
        Cli.Run r = Cli.run(dir, "budget", "--year", "2020/22");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).doesNotContain("\n").contains("the second year must follow the first");
        Cli.Run unknown = Cli.run(dir, "budget", "--year", "2023/24");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("the embedded dataset has no budget for 2023/24").doesNotContain("Exception");
    }

    @Test
    void anOutputPathThatCannotBeWrittenExitsTwoAndLeavesNothing() throws Exception {
        Cli.Run r = Cli.run(dir, "budget", "--output", "no/such/folder/budget.txt");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("wcf-finance: cannot write no/such/folder/budget.txt");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void versionAndHelp() throws Exception {
        assertThat(Cli.run(dir, "--version").out()).startsWith("wcf-finance 0.1.0");
        Cli.Run help = Cli.run(dir, "check", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Examples:").contains("  wcf-finance check");
    }
}
