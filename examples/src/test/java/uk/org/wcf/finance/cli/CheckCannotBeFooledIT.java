package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import uk.org.wcf.finance.accounts.AnnualAccounts;
import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.data.CheckRules;
import uk.org.wcf.finance.data.WcfDataset;
import uk.org.wcf.finance.monitor.MonitoringReport;
import uk.org.wcf.finance.report.BusinessPlanTables;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.report.Term;
import uk.org.wcf.finance.structure.Service;
import uk.org.wcf.finance.structure.SubjectiveGroup;

/**
 * Proof that {@code check} bites. For each published table it checks, one model input, one published figure and one
 * rule are changed (inputs and figures in a copy of the dataset given with {@code --data}, run as a process; rules
 * through {@link CheckRules}, run in the same JVM): {@code check} must exit 1 and name the changed cell as NOT
 * EXPLAINED. The unchanged dataset must still pass with its five known differences.
 */
class CheckCannotBeFooledIT {

    @TempDir
    Path dir;

    /** Copies an embedded dataset file into the folder with one text replaced (exactly once). */
    private Path replace(String file, String from, String to) throws IOException {
        String text;
        try (InputStream in = WcfDataset.class.getResourceAsStream("/uk/org/wcf/finance/data/" + file)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int at = text.indexOf(from);
        assertThat(at).as("'" + from + "' in " + file).isNotNegative();
        assertThat(text.indexOf(from, at + 1)).as("'" + from + "' once in " + file).isNegative();
        Path out = dir.resolve("data").resolve(file);
        Files.createDirectories(out.getParent());
        Files.writeString(out, text.substring(0, at) + to + text.substring(at + from.length()), StandardCharsets.UTF_8);
        return dir.resolve("data");
    }

    private Cli.Run checkWith(String file, String from, String to) throws Exception {
        return Cli.run(dir, "check", "--data", replace(file, from, to).toString());
    }

    /** Runs check in this JVM with other rules. */
    private static Cli.Run checkWith(CheckRules rules) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = WcfFinance.commandLine("check", new CheckCommand(rules));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute("check");
        return new Cli.Run(exit, out.toString(), err.toString());
    }

    private static void notExplained(Cli.Run r, String... cells) {
        assertThat(r.exit()).as(r.err() + r.out()).isEqualTo(WcfFinance.CHECK_FAILED);
        for (String cell : cells) {
            assertThat(r.out().lines().filter(l -> l.contains(cell + ": model ") && l.contains(" - NOT EXPLAINED: ")))
                    .as("NOT EXPLAINED line for " + cell + " in\n" + r.out()).hasSize(1);
        }
        assertThat(r.out()).containsPattern("not explained\\. FAIL\n$");
    }

    @Test
    void theRealDatasetPassesWithItsFiveKnownDifferences() throws Exception {
        Cli.Run r = Cli.run(dir, "check");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.contains(" - known: "))).hasSize(5);
        assertThat(r.out()).doesNotContain("NOT EXPLAINED").endsWith("PASS\n");
        Cli.Run same = checkWith(CheckRules.standard());
        assertThat(same.exit()).isZero();
        assertThat(same.out()).isEqualTo(r.out());
    }

    // ---- Table 1: contract sums

    @Test
    void table1ModelInput() throws Exception {
        notExplained(checkWith("wcf-budget-lines.csv", "Youth Offending Services,not_analysed,254", "Youth Offending Services,not_analysed,255"),
                "Net Budget funded by WCC / 2019/20 6 months");
    }

    @Test
    void table1PublishedFigure() throws Exception {
        notExplained(checkWith("published/bp2020-table1-contract-sums.csv", "6708", "6709"),
                "Funding added to contract (Grants / Income / Reserves) / 2019/20 6 months");
    }

    @Test
    void table1Rule() {
        // a wrong rule: the net budget funded by WCC taken as gross expenditure less pass-through (fees forgotten)
        notExplained(checkWith(CheckRules.standard().withTable1(books -> {
            FigureTable right = BusinessPlanTables.table1(books);
            FigureTable.Builder b = FigureTable.builder(right.id(), right.title());
            right.columns().forEach(c -> b.column(c.key(), c.heading()));
            b.row("net_budget_funded_by_wcc", "", "Net Budget funded by WCC",
                    books.stream().map(k -> k.grossExpenditure().minus(k.passThroughTotal())).toArray(Money[]::new));
            b.row("funding_added_to_contract_grants_income_reserves", "", "Funding added to contract (Grants / Income / Reserves)",
                    books.stream().map(BudgetBook::passThroughTotal).toArray(Money[]::new));
            return b.totalOfRows("total", "", "Total").build();
        })), "Net Budget funded by WCC / 2020/21 Full Year", "Total / 2020/21 Full Year");
    }

    // ---- Table 2: recurrent operating costs

    @Test
    void table2ModelInputTheIssuesCase() throws Exception {
        // Resources staffing 2,750 -> 2,751: the grand total is 115,030 against 115,029, and the published rows add to
        // 115,029 exactly, so it is not the source's rounding even though 36,753 + 727 + 16,236 + 61,314 = 115,030
        Cli.Run r = checkWith("wcf-budget-lines.csv", "Resources,staffing,2750", "Resources,staffing,2751");
        notExplained(r, "Resources Directorate / Staffing", "Total Gross Expenditure / Total Gross Expenditure");
        assertThat(r.out()).doesNotContain("115,030, published 115,029 (-1) - known");
    }

    @Test
    void table2PublishedFigure() throws Exception {
        notExplained(checkWith("published/bp2020-table2-recurrent-operating-costs-2020-21.csv", "28697", "28698"),
                "Social Care Directorate / Staffing");
    }

    @Test
    void table2Rule() {
        // a wrong rule: transport counted as premises
        notExplained(checkWith(CheckRules.standard().withTable2(book -> {
            FigureTable.Builder b = FigureTable.builder(BusinessPlanTables.TABLE_2, "Table 2 (transport as premises)");
            List<Term> parts = new ArrayList<>();
            for (SubjectiveGroup g : book.groups()) {
                b.column(g.code(), g.name());
                parts.add(Term.plus(g.code()));
            }
            b.totalColumn("total_gross_expenditure", "Total Gross Expenditure", parts.toArray(Term[]::new));
            for (Service s : book.services()) {
                b.row(s.ref(), s.ref(), s.name(), book.groups().stream().map(g -> g.code().equals("premises")
                        ? book.grossOf(s, g).plus(book.grossOf(s, SubjectiveGroup.standard("transport")))
                        : g.code().equals("transport") ? Money.zero(book.grossOf(s, g).getCurrencyUnit()) : book.grossOf(s, g))
                        .toArray(Money[]::new));
            }
            return b.totalOfRows("F", "F", "Total Gross Expenditure").build();
        })), "Social Care Directorate / Premises", "Social Care Directorate / Transport");
    }

    // ---- Table 3: gross expenditure over time (the reproduced columns; the indicative ones are fitted)

    @Test
    void table3ModelInput() throws Exception {
        notExplained(checkWith("wcf-budget-lines.csv", "Resources,other_non_staffing,8154", "Resources,other_non_staffing,8150"),
                "Resources Directorate / 2020/21 Budget");
    }

    @Test
    void table3PublishedFigure() throws Exception {
        notExplained(checkWith("published/bp2020-table3-gross-expenditure-over-time.csv", "A,Resources Directorate,5666,10914",
                "A,Resources Directorate,5666,10915"), "Resources Directorate / 2020/21 Budget");
    }

    @Test
    void table3Rule() {
        // a wrong rule: the 6-month 2019/20 contract annualised
        notExplained(checkWith(CheckRules.standard().withTable3(books -> {
            FigureTable right = BusinessPlanTables.table3(books);
            FigureTable.Builder b = FigureTable.builder(right.id(), right.title());
            right.columns().forEach(c -> b.column(c.key(), c.heading()));
            for (FigureTable.Row r : right.rows().subList(0, right.rows().size() - 1)) {
                List<Money> v = new ArrayList<>(r.values());
                v.set(0, v.get(0).multipliedBy(2));
                b.row(r.key(), r.ref(), r.label(), v.toArray(Money[]::new));
            }
            FigureTable.Row total = right.rows().get(right.rows().size() - 1);
            return b.totalOfRows(total.key(), total.ref(), total.label()).build();
        })), "Resources Directorate / 2019/20 (Part-year contract)", "Total Gross Expenditure / 2019/20 (Part-year contract)");
    }

    @Test
    void table3SaysItsIndicativeYearsAreFittedAndItsWordsFollowTheRate() throws Exception {
        Cli.Run r = checkWith("wcf-plan-2020.yaml", "rate: 2%", "rate: 3%");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Fitted to the published figures, not reproduced: 2021/22 Indicative, 2022/23 Indicative.")
                .contains("stated assumptions (staffing inflation 3% a year, compounding)")
                .contains("Resources Directorate: change 53.0; explained by the stated assumptions 82.5")
                .doesNotContain("2% staffing").doesNotContain("inflation 2%");
        // a published indicative figure changed: the fitted year follows it, and is said to be fitted, not reproduced
        Path data = dir.resolve("data");
        Files.delete(data.resolve("wcf-plan-2020.yaml"));
        Cli.Run edited = checkWith("published/bp2020-table3-gross-expenditure-over-time.csv", "10914,10967", "10914,10999");
        assertThat(edited.out()).containsPattern("A\\s+Resources Directorate\\s+5,666\\s+10,914\\s+10,999")
                .contains("Resources Directorate: change 85.0; explained by the stated assumptions 55.0; not itemised 30.0")
                .contains("Fitted to the published figures, not reproduced");
    }

    // ---- Table 4: funding reconciliation

    @Test
    void table4ModelInput() throws Exception {
        notExplained(checkWith("wcf-budget-lines.csv", "\"Non-WCC Sales, Fees and Charges\",,,407", "\"Non-WCC Sales, Fees and Charges\",,,409"),
                "Non-WCC Sales, Fees and Charges / £000");
    }

    @Test
    void table4PublishedFigure() throws Exception {
        // the source's own rounding difference made larger than rounding two parts can make
        notExplained(checkWith("published/bp2020-table4-funding-reconciliation-2020-21.csv", "100215", "100217"),
                "Council Base Budget / £000");
    }

    @Test
    void table4Rule() {
        // a wrong rule: the council base budget taken as the whole contract sum (pass-through not deducted)
        notExplained(checkWith(CheckRules.standard().withTable4(book -> {
            FigureTable right = BusinessPlanTables.table4(book);
            FigureTable.Builder b = FigureTable.builder(right.id(), right.title()).column("amount", "£000");
            for (FigureTable.Row r : right.rows()) {
                Money v = r.key().equals("council_base_budget") ? book.contractSum() : r.values().get(0);
                b.row(r.key(), r.ref(), r.label(), v);
            }
            return b.build();
        })), "Council Base Budget / £000");
    }

    // ---- Period 6 2019/20 DSG report

    @Test
    void dsgModelInput() throws Exception {
        notExplained(checkWith("wcc-2019-20-p6-dsg.yaml", "forecast: 52431", "forecast: 52432"), "DSG - High Needs Pupils / Forecast");
    }

    @Test
    void dsgPublishedFigure() throws Exception {
        // a percentage that does not follow from the published money, and is further than half a digit from the model
        notExplained(checkWith("published/wcc-2019-20-p6-dsg-forecast.csv", "975,2.2,975", "975,2.3,975"),
                "DSG - High Needs Pupils / variance_after_adjustments_pct");
    }

    @Test
    void dsgRuleTheIssuesCase() {
        // the percentage on the variance before adjustments: 20.7 against the published 2.2, and 4.3 against 0.5
        Cli.Run r = checkWith(CheckRules.standard().withDsgPercentBasis(MonitoringReport.PercentBasis.BEFORE_ADJUSTMENTS));
        notExplained(r, "DSG - High Needs Pupils / variance_after_adjustments_pct", "DSG - Sub Total / variance_after_adjustments_pct");
        assertThat(r.out()).contains("DSG - High Needs Pupils / variance_after_adjustments_pct: model 20.7, published 2.2")
                .doesNotContain("known: source rounding: the published percentage");
    }

    // ---- the accounts

    @Test
    void accountsModelInput() throws Exception {
        notExplained(checkWith("wcf-accounts.csv", "2020/21,turnover,119731869", "2020/21,turnover,119731870"), "Turnover / 2020/21");
    }

    @Test
    void accountsPublishedFigure() throws Exception {
        String file = "published/wcf-2020-21-annual-accounts.csv";
        String text;
        try (InputStream in = WcfDataset.class.getResourceAsStream("/uk/org/wcf/finance/data/" + file)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String debtors = text.lines().filter(l -> l.startsWith("balance_sheet,debtors,")).findFirst().orElseThrow();
        notExplained(checkWith(file, debtors, debtors.replace("28354791", "28354792")), "Debtors / 2020/21");
    }

    @Test
    void accountsRule() {
        // a wrong rule: tax deducted from profit although the model's tax line is already signed
        notExplained(checkWith(CheckRules.standard().withAccounts(years -> {
            FigureTable right = AnnualAccounts.table(years);
            FigureTable.Builder b = FigureTable.builder(right.id(), right.title());
            right.columns().forEach(c -> b.column(c.key(), c.heading()));
            for (FigureTable.Row r : right.rows()) {
                if (!r.isTotal()) {
                    b.row(r.key(), r.ref(), r.label(), r.values().toArray(Money[]::new));
                } else {
                    List<Term> parts = r.key().equals("profit_for_the_financial_year")
                            ? List.of(Term.plus("profit_before_taxation"), Term.minus("tax_on_profit_on_ordinary_activities"))
                            : r.parts();
                    b.totalRow(r.key(), r.ref(), r.label(), parts.toArray(Term[]::new));
                }
            }
            return b.build();
        })), "Profit for the financial year / 2019/20", "Profit for the financial year / 2020/21");
    }

    @Test
    void aFileTheDatasetHasNotIsRefusedAndNothingIsChecked() throws Exception {
        Path data = Files.createDirectories(dir.resolve("typo"));
        Files.writeString(data.resolve("wcf-budget-line.csv"), "x\n");
        Cli.Run r = Cli.run(dir, "check", "--data", data.toString());
        assertThat(r.exit()).isEqualTo(WcfFinance.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).doesNotContain("\n").contains("wcf-budget-line.csv").contains("is not a file of the WCF dataset");
    }

    @Test
    void accountsIncomeSummaryThatDiffersFails() throws Exception {
        Cli.Run r = checkWith("published/wcf-2020-21-annual-accounts.csv", ",119.7", ",119.8");
        assertThat(r.exit()).as(r.out()).isEqualTo(WcfFinance.CHECK_FAILED);
        assertThat(r.out()).contains("the model's turnover is 119.7m: NOT EXPLAINED").endsWith("FAIL\n");
    }
}
