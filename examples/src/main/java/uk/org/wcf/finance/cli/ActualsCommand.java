package uk.org.wcf.finance.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.org.wcf.finance.io.AtomicFiles;
import uk.org.wcf.finance.io.BudgetVsActualFiles;
import uk.org.wcf.finance.io.InvalidInputException;
import uk.org.wcf.finance.time.FiscalYear;

/** {@code actuals}: budget against actual by cost centre and month from a ledger extract. */
@Command(name = "actuals", mixinStandardHelpOptions = true,
        description = {"Budget against actual by cost centre and month, from a ledger extract",
                "(date,cost_centre,subjective,amount) and a budget file (cost_centre,month,budget). Writes",
                "cost_centre,month,budget,actual,variance (month as 2020-04, pounds with two decimals,",
                "variance = actual - budget), one row for every cost centre and month in either file. A malformed",
                "line, or a posting outside the year, exits 2 naming file, line and column, and writes nothing."},
        footer = {"", "Example:", "  java -jar wcf-finance.jar actuals --gl gl.csv --budget budget.csv --output out.csv"})
final class ActualsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--gl", required = true, paramLabel = "GL.csv", description = "the ledger extract")
    private Path gl;

    @Option(names = "--budget", required = true, paramLabel = "BUDGET.csv", description = "the budget by cost centre and month")
    private Path budget;

    @Option(names = "--output", required = true, paramLabel = "OUT.csv", description = "the file to write")
    private Path output;

    @Option(names = "--year", converter = YearConverter.class, description = "the financial year (default: from the data)")
    private FiscalYear year;

    @Option(names = "--verbose", description = "show a stack trace on errors")
    private boolean verbose;

    @Override
    public Integer call() throws Exception {
        BudgetVsActualFiles.Result r = BudgetVsActualFiles.run(gl, budget, year, ProgressBar.forTerminal());
        if (!r.problems().isEmpty()) {
            throw new InvalidInputException(r.problems());
        }
        Output.write(output, out -> BudgetVsActualFiles.write(r.rows(), out));
        return WcfFinance.OK;
    }
}
