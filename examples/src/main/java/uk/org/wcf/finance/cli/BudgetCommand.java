package uk.org.wcf.finance.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.data.WcfData;
import uk.org.wcf.finance.report.BusinessPlanTables;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.time.FiscalYear;

/** {@code budget}: print a year's budget book. */
@Command(name = "budget", mixinStandardHelpOptions = true,
        description = {"Prints the budget book of the embedded dataset for a year.",
                "Gross expenditure by service and subjective group, and the funding reconciliation from gross "
                        + "expenditure to council base budget, in £000."},
        footer = {"", "Example:", "  wcf-finance budget --year 2020/21 --format csv --output budget.csv"})
final class BudgetCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private Output output;

    @Option(names = "--year", defaultValue = "2020/21", converter = YearConverter.class,
            description = "financial year, e.g. 2020/21 (default: ${DEFAULT-VALUE})")
    private FiscalYear year;

    @Override
    public Integer call() throws Exception {
        BudgetBook book = WcfData.budgetBook(year);
        List<FigureTable> tables = List.of(BusinessPlanTables.table2(book), BusinessPlanTables.table4(book));
        output.emit(spec.commandLine().getOut(), output.tables(tables));
        return WcfFinance.OK;
    }
}
