package uk.org.wcf.finance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    /** The options of a plain command line (see {@link #runPlain}), the required ones first. */
    private static final List<String> PLAIN_OPTIONS = List.of("--gl", "--budget", "--output", "--year", "--date-format");

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

    @Option(names = "--date-format", converter = DateFormatConverter.class, paramLabel = "FORM",
            description = "the form of the ledger's dates: auto (default: any of the forms), yyyy-mm-dd, dd/mm/yyyy or"
                    + " dd-mmm-yyyy; any other form is then an error at its cell")
    private DateFormat dateFormat = DateFormat.AUTO;

    @Option(names = "--verbose", description = "show a stack trace on errors")
    private boolean verbose;

    /** Not a plain option: a command line with --columns or --where goes through picocli. */
    @picocli.CommandLine.Mixin
    private LedgerColumnsOption ledgerColumns = new LedgerColumnsOption();

    @Override
    public Integer call() throws IOException {
        return call(spec.commandLine().getErr());
    }

    private Integer call(PrintWriter err) throws IOException {
        BudgetVsActualFiles.Comparison r = BudgetVsActualFiles.run(gl, budget, year, dateFormat, ledgerColumns.options(),
                ProgressBar.forTerminal()).orThrow();
        Output.write(output, out -> BudgetVsActualFiles.write(r.rows(), out));
        r.notes().forEach(n -> err.println("note: " + n));
        err.flush();
        return WcfFinance.OK;
    }

    /**
     * Runs {@code actuals} from a plain command line without building picocli's command model, which costs
     * about 0.1 s on every start: a script that runs the command on ledger after ledger notices, and so does the
     * performance target. Plain means {@code actuals} followed only by {@code --gl}, {@code --budget},
     * {@code --output}, {@code --year} and {@code --date-format} (each once, as {@code --name value} or {@code --name=value}, with a
     * value that does not start with {@code -} or {@code @} and converts) and {@code --verbose}, with the three
     * required options present. Any other command line (help, a mistake, an argument file) gets null back and
     * goes through picocli, so that its messages are picocli's. What runs is {@link #call()}, the same as
     * through picocli, with the same error handling.
     *
     * @param args the whole command line
     * @param err stderr
     * @return the exit code, or null when the command line is not plain
     */
    static Integer runPlain(String[] args, PrintWriter err) {
        PlainCommandLine plain = PlainCommandLine.parse(args, "actuals", PLAIN_OPTIONS, 3);
        if (plain == null) {
            return null;
        }
        Map<String, String> values = plain.values();
        boolean verboseFlag = plain.verbose();
        ActualsCommand c = new ActualsCommand();
        try {
            c.gl = Path.of(values.get("--gl"));
            c.budget = Path.of(values.get("--budget"));
            c.output = Path.of(values.get("--output"));
            c.year = values.containsKey("--year") ? FiscalYear.parse(values.get("--year")) : null;
            c.dateFormat = values.containsKey("--date-format") ? DateFormat.parse(values.get("--date-format")) : DateFormat.AUTO;
        } catch (IllegalArgumentException e) { // InvalidPathException too: picocli words the error
            return null;
        }
        c.verbose = verboseFlag;
        try {
            return c.call(err);
        } catch (IOException | RuntimeException e) {
            return WcfFinance.failed(e, err, c.verbose);
        }
    }
}
