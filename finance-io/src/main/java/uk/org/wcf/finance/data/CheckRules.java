package uk.org.wcf.finance.data;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import uk.org.wcf.finance.accounts.AnnualAccounts;
import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.monitor.MonitoringReport;
import uk.org.wcf.finance.report.BusinessPlanTables;
import uk.org.wcf.finance.report.FigureTable;

/**
 * How {@link WcfDataset#checks} computes each table it compares with the source: the library's rules
 * ({@link #standard()}), or another rule for one table, to see what a different rule does to the comparison (and
 * to prove that a wrong rule is caught: the check must then report the cells it changes as not explained).
 *
 * @param table1 Table 1 (contract sums) from the 2019/20 and 2020/21 books
 * @param table2 Table 2 (recurrent operating costs) from the 2020/21 book
 * @param table3 Table 3 (gross expenditure over time) from the 2019/20 book and the plan's years
 * @param table4 Table 4 (funding reconciliation) from the 2020/21 book
 * @param dsgPercentBasis which variance the Period 6 DSG report's percentage column divides by the net budget
 * @param accounts the accounts' statements from the years' accounts
 */
public record CheckRules(Function<List<BudgetBook>, FigureTable> table1, Function<BudgetBook, FigureTable> table2,
        Function<List<BudgetBook>, FigureTable> table3, Function<BudgetBook, FigureTable> table4,
        MonitoringReport.PercentBasis dsgPercentBasis, Function<List<AnnualAccounts>, FigureTable> accounts) {

    /**
     * Validates the rules.
     *
     * @param table1 not null
     * @param table2 not null
     * @param table3 not null
     * @param table4 not null
     * @param dsgPercentBasis not null
     * @param accounts not null
     */
    public CheckRules {
        Objects.requireNonNull(table1, "table1");
        Objects.requireNonNull(table2, "table2");
        Objects.requireNonNull(table3, "table3");
        Objects.requireNonNull(table4, "table4");
        Objects.requireNonNull(dsgPercentBasis, "dsgPercentBasis");
        Objects.requireNonNull(accounts, "accounts");
    }

    /** @return the library's rules: {@link BusinessPlanTables}, percentages after adjustments, {@link AnnualAccounts#table} */
    public static CheckRules standard() {
        return new CheckRules(BusinessPlanTables::table1, BusinessPlanTables::table2, BusinessPlanTables::table3,
                BusinessPlanTables::table4, MonitoringReport.PercentBasis.AFTER_ADJUSTMENTS, AnnualAccounts::table);
    }

    /**
     * @param rule Table 1 from the books
     * @return these rules with Table 1 computed by {@code rule}
     */
    public CheckRules withTable1(Function<List<BudgetBook>, FigureTable> rule) {
        return new CheckRules(rule, table2, table3, table4, dsgPercentBasis, accounts);
    }

    /**
     * @param rule Table 2 from the 2020/21 book
     * @return these rules with Table 2 computed by {@code rule}
     */
    public CheckRules withTable2(Function<BudgetBook, FigureTable> rule) {
        return new CheckRules(table1, rule, table3, table4, dsgPercentBasis, accounts);
    }

    /**
     * @param rule Table 3 from the years
     * @return these rules with Table 3 computed by {@code rule}
     */
    public CheckRules withTable3(Function<List<BudgetBook>, FigureTable> rule) {
        return new CheckRules(table1, table2, rule, table4, dsgPercentBasis, accounts);
    }

    /**
     * @param rule Table 4 from the 2020/21 book
     * @return these rules with Table 4 computed by {@code rule}
     */
    public CheckRules withTable4(Function<BudgetBook, FigureTable> rule) {
        return new CheckRules(table1, table2, table3, rule, dsgPercentBasis, accounts);
    }

    /**
     * @param basis the variance the DSG percentage divides by the net budget
     * @return these rules with that basis
     */
    public CheckRules withDsgPercentBasis(MonitoringReport.PercentBasis basis) {
        return new CheckRules(table1, table2, table3, table4, basis, accounts);
    }

    /**
     * @param rule the statements from the years' accounts
     * @return these rules with the accounts' statements computed by {@code rule}
     */
    public CheckRules withAccounts(Function<List<AnnualAccounts>, FigureTable> rule) {
        return new CheckRules(table1, table2, table3, table4, dsgPercentBasis, rule);
    }
}
