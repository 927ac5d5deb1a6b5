package uk.org.wcf.finance.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.report.BusinessPlanTables;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.time.FiscalYear;

/** {@code budget}: print a year's budget book. */
@Command(name = "budget", mixinStandardHelpOptions = true,
        description = {"Prints the budget book of the embedded dataset for a year, or your own with --book.",
                "Gross expenditure by service and subjective group, and the funding reconciliation from gross "
                        + "expenditure to council base budget, in £000."},
        footer = {"", "Examples:", "  wcf-finance budget --year 2020/21 --format csv --output budget.csv",
                "  wcf-finance budget --book examples/data/own-budget.xlsx"})
final class BudgetCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private Output output;

    @Option(names = "--year", converter = YearConverter.class,
            description = "financial year, e.g. 2020/21 (default: 2020/21, or the --book file's one year)")
    private FiscalYear year;

    @Mixin
    private BookOption book;

    @Override
    public Integer call() throws Exception {
        BudgetBook b = book.book(year);
        List<FigureTable> tables = List.of(book.titled(BusinessPlanTables.table2(b)),
                book.titled(BusinessPlanTables.table4(b)));
        output.emit(spec.commandLine().getOut(), output.tables(tables));
        return WcfFinance.OK;
    }
}
