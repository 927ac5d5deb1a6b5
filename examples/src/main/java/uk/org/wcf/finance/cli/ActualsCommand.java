package uk.org.wcf.finance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.org.wcf.finance.io.BudgetVsActualFiles;
import uk.org.wcf.finance.io.DateFormat;
import uk.org.wcf.finance.io.InvalidInputException;
import uk.org.wcf.finance.time.FiscalYear;

/** {@code actuals}: budget against actual by cost centre and month from a ledger extract. */
@Command(name = "actuals", mixinStandardHelpOptions = true,
        description = {"Compares budget against actual by cost centre and month.",
                "Reads a ledger extract and a monthly budget, and writes budget, actual and variance (actual - "
                        + "budget) in pounds with two decimals, one row for every cost centre and month in either file. "
                        + "A malformed line, or a posting outside the year, exits 2 naming file, line and column, and "
                        + "writes nothing. Dates may be 2020-06-30, 30/06/2020 (day first, never month first) or "
                        + "30-Jun-2020; period 13 and later are year-end adjustments, counted with March and named in a "
                        + "note on stderr, as are columns not read and rows of only commas (skipped)."},
        footer = {"", "Columns:",
                "  ledger: date,cost_centre,subjective,amount",
                "  budget: cost_centre,month,budget (month as 2020-04 or 2020-04-01)",
                "  output: cost_centre,month,budget,actual,variance (month as 2020-04)",
                "", "Examples:", "  wcf-finance actuals --gl examples/data/gl.csv \\",
                "      --budget examples/data/budget.csv --output actuals.csv",
                "  wcf-finance actuals --gl examples/data/spend-q1.csv \\",
                "      --budget examples/data/spend-budget.csv --where Type=Revenue \\",
                "      --columns 'date=Paid Date,cost_centre=Service Area' --output q1.csv"})
final class ActualsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--gl", required = true, paramLabel = "GL.csv", description = "the ledger extract")
    private Path gl;

    @Option(names = "--budget", required = true, paramLabel = "BUDGET.csv", description = "the budget by cost centre and month")
    private Path budget;

    @Option(names = "--output", required = true, paramLabel = "OUT.csv", description = "the file to write")
    private Path output;

    @picocli.CommandLine.Mixin
    private LedgerDatesOption dates = new LedgerDatesOption();

    @picocli.CommandLine.Mixin
    private VerboseOption verbose = new VerboseOption();

    @picocli.CommandLine.Mixin
    private LedgerColumnsOption ledgerColumns = new LedgerColumnsOption();

    @Override
    public Integer call() throws IOException {
        BudgetVsActualFiles.Comparison r = (dates.year == null
                ? BudgetVsActualFiles.run(gl, budget, dates.dateFormat, ledgerColumns.options(), ProgressBar.forTerminal())
                : BudgetVsActualFiles.run(gl, budget, dates.year, dates.dateFormat, ledgerColumns.options(), ProgressBar.forTerminal()))
                .orThrow();
        Output.write(output, out -> BudgetVsActualFiles.write(r.rows(), out));
        PrintWriter err = spec.commandLine().getErr();
        r.notes().forEach(n -> err.println("note: " + n));
        err.flush();
        return WcfFinance.OK;
    }
}
