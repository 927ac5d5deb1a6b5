package uk.org.wcf.finance.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.ledger.Actuals;
import uk.org.wcf.finance.io.BudgetBookFile;
import uk.org.wcf.finance.io.LedgerImport;
import uk.org.wcf.finance.io.S251File;
import uk.org.wcf.finance.io.S251Inputs;
import uk.org.wcf.finance.io.S251Xlsx;
import uk.org.wcf.finance.s251.BookMapping;
import uk.org.wcf.finance.s251.CouncilReturn;
import uk.org.wcf.finance.s251.LineCatalogue;
import uk.org.wcf.finance.s251.ReturnKind;
import uk.org.wcf.finance.s251.S251Check;
import uk.org.wcf.finance.s251.S251Difference;
import uk.org.wcf.finance.s251.S251Return;
import uk.org.wcf.finance.s251.S251Statement;
import uk.org.wcf.finance.time.FiscalYear;

/** {@code s251 statement}: a council's own s251 statement in DfE's layout, from its budget book. */
@Command(name = "statement", mixinStandardHelpOptions = true,
        header = "Builds the council's section 251 statement in DfE's layout.",
        description = {"Builds the council's section 251 statement in DfE's layout from a budget book (YAML or JSON) "
                + "and a mapping that tags each book line with an s251 line (columns book_line,s251_line[,measure]; "
                + "book_line is a cost line 'Service / Group', a service, an income line or a funding source; s251_line "
                + "a number, a description or none). Total, net, LEA net and every total line are computed exactly; "
                + "the statement is checked by the same rules as 's251 check' before anything is written. "
                + "CSV as DfE publishes it (after a comment line naming the statement and year), or XLSX (by "
                + "--output's ending) with the computed figures as formulas. An outturn statement the same way from "
                + "the year's actuals: --ledger and --ledger-mapping (as for 'import') instead of --book; the mapping "
                + "then tags actuals lines (a line tagged Income is a credit in the ledger, entered with its sign "
                + "reversed), and postings the ledger mapping leaves unmapped are refused."},
        footer = {"", "Examples:", "  wcf-finance s251 statement --book examples/data/s251-book-2012-13.yaml \\",
                "      --mapping examples/data/s251-mapping.csv --year 2012/13 --output s251.xlsx",
                "  wcf-finance s251 statement --ledger examples/data/s251-ledger-2012-13.csv \\",
                "      --ledger-mapping examples/data/s251-ledger-mapping.csv \\",
                "      --mapping examples/data/s251-mapping.csv --year 2012/13",
                "The book and the ledger are a made-up county's; one mapping tags the book's lines and, named the "
                        + "same by the ledger mapping, the ledger's actuals lines."})
final class S251StatementCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--book", paramLabel = "FILE", description = "the budget book (.yaml or .json)")
    private Path book;

    @Option(names = "--ledger", paramLabel = "FILE", description = "instead of --book: the year's ledger extract, for an"
            + " outturn statement from its actuals (columns as for 'import')")
    private Path ledger;

    @Option(names = "--ledger-mapping", paramLabel = "FILE",
            description = "with --ledger: cost centres and codes to actuals lines (columns cost_centre,code,line)")
    private Path ledgerMapping;

    @Option(names = "--mapping", required = true, paramLabel = "FILE", description = "book lines to s251 lines (CSV)")
    private Path mapping;

    @Option(names = "--year", required = true, paramLabel = "YYYY/YY", converter = YearConverter.class,
            description = "the statement's year; the book must be for it")
    private FiscalYear year;

    @Option(names = "--la", defaultValue = "885", paramLabel = "CODE",
            description = "the council's DfE code (default: ${DEFAULT-VALUE}, Worcestershire)")
    private String la;

    @Option(names = "--name", defaultValue = "Worcestershire", paramLabel = "NAME",
            description = "the council's name (default: ${DEFAULT-VALUE})")
    private String name;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "budget or outturn (default: budget from --book, outturn from --ledger)")
    private String kind;

    @Option(names = "--output", paramLabel = "FILE", description = "a .csv or .xlsx file (default: CSV on stdout)")
    private Path output;

    @picocli.CommandLine.Mixin
    private VerboseOption verbose = new VerboseOption();

    @Override
    public Integer call() throws Exception {
        if ((book == null) == (ledger == null)) {
            throw S251Command.refuse(spec, "give --book (a statement from a budget book) or --ledger with"
                    + " --ledger-mapping (an outturn from the year's actuals), one of the two");
        }
        if ((ledger == null) != (ledgerMapping == null)) {
            throw S251Command.refuse(spec, "--ledger and --ledger-mapping go together");
        }
        String kindText = kind != null ? kind : ledger != null ? "outturn" : "budget";
        ReturnKind k = switch (kindText.toLowerCase(Locale.ROOT)) {
            case "budget" -> ReturnKind.BUDGET;
            case "outturn" -> ReturnKind.OUTTURN;
            default -> throw S251Command.refuse(spec, "--kind is '" + kind + "': it is budget or outturn");
        };
        boolean xlsx = output != null && output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        if (output != null && !xlsx && !output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw S251Command.refuse(spec, "--output is written as .csv or .xlsx, not " + output.getFileName());
        }
        LineCatalogue catalogue = LineCatalogue.forYear(year).orElseThrow(() -> S251Command.refuse(spec,
                "--year is " + year + " but the library's s251 line catalogues are for " + LineCatalogue.knownYears()));
        List<BookMapping> tags = S251Inputs.mapping(mapping).orThrow();
        CouncilReturn council;
        if (book != null) {
            BudgetBook b = BudgetBookFile.read(book).orThrow();
            if (!b.year().equals(year)) {
                throw S251Command.refuse(spec, "--year is " + year + " but " + book.getFileName() + " is the book for "
                        + b.year());
            }
            council = S251Statement.fromBook(b, tags, catalogue, la, name);
        } else {
            Actuals actuals = LedgerImport.run(ledger, ledgerMapping, year).orThrow();
            council = S251Statement.fromActuals(actuals, tags, catalogue, la, name);
        }
        S251Return statement = S251Return.of(k, catalogue, List.of(council));
        List<S251Difference> diffs = S251Check.check(statement);
        if (!diffs.isEmpty()) {
            diffs.forEach(d -> spec.commandLine().getErr().println("wcf-finance: " + d));
            spec.commandLine().getErr().println("wcf-finance: the statement breaks the rules above: nothing written");
            return WcfFinance.CHECK_FAILED;
        }
        if (xlsx) {
            Output.write(output, o -> S251Xlsx.write(statement, o));
            spec.commandLine().getOut().println("wrote " + output + ": s251 " + k.word() + " " + year + ", " + council
                    + ", " + council.lines().size() + " lines, every rule kept");
        } else if (output != null) {
            Output.write(output, o -> o.write(S251File.write(statement).getBytes(StandardCharsets.UTF_8)));
            spec.commandLine().getOut().println("wrote " + output + ": s251 " + k.word() + " " + year + ", " + council
                    + ", " + council.lines().size() + " lines, every rule kept");
        } else {
            S251Command.emit(spec, null, S251File.write(statement));
        }
        return WcfFinance.OK;
    }
}
