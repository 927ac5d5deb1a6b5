package uk.org.wcf.finance.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.data.WcfData;
import uk.org.wcf.finance.io.AssumptionsFile;
import uk.org.wcf.finance.io.BudgetBookCsv;
import uk.org.wcf.finance.io.BudgetBookFile;
import uk.org.wcf.finance.io.BudgetBookXlsx;
import uk.org.wcf.finance.io.MonitorRowsCsv;
import uk.org.wcf.finance.io.ReserveLedgerCsv;
import uk.org.wcf.finance.io.ReserveLedgerFile;
import uk.org.wcf.finance.io.SnapshotFile;
import uk.org.wcf.finance.io.StructuredFormat;
import uk.org.wcf.finance.io.write.AtomicFiles;
import uk.org.wcf.finance.io.write.Csv;
import uk.org.wcf.finance.io.write.HtmlReport;
import uk.org.wcf.finance.io.write.XlsxWriter;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.monitor.MonitoringReport;
import uk.org.wcf.finance.monitor.MonitoringText;
import uk.org.wcf.finance.io.export.Export;
import uk.org.wcf.finance.io.export.ExportFormat;
import uk.org.wcf.finance.io.export.Exporter;
import uk.org.wcf.finance.plan.AssumptionSet;
import uk.org.wcf.finance.plan.Plan;
import uk.org.wcf.finance.report.BusinessPlanTables;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * {@code export}: the budget, plan, monitoring report or reserves of the embedded dataset, in a file format; the
 * budget (and the budget book itself) also of the user's own {@code --book}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the budget, plan, monitoring report or reserves of the embedded dataset to a file.",
                "As xlsx (one sheet per table, totals as formulas), csv, json, yaml, md (Markdown) or html (a printable "
                        + "page); without --format, the format follows the output's ending. json and yaml are the "
                        + "library's own formats, which it reads back; csv is the library's CSV format for budget and "
                        + "reserves, the report columns for monitor, Table 3 for plan. book writes the budget book "
                        + "itself in a form --book reads back: xlsx (sheets Budget and Funding, the layout of "
                        + "finance-io/README), csv (the lines file), json or yaml. budget and book take --book to "
                        + "export your own book. The file is written whole or not at all."},
        footer = {"", "Examples:", "  wcf-finance export budget --output budget.xlsx",
                "  wcf-finance export book --book examples/data/own-budget.yaml \\",
                "      --output own-budget.xlsx",
                "  wcf-finance export monitor --format html --output p6.html"})
final class ExportCommand implements Callable<Integer> {

    /** What can be exported. */
    enum What {
        BUDGET, PLAN, MONITOR, RESERVES, BOOK;

        /** @return the name as a user types it */
        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "budget, plan, monitor, reserves or book")
    private What what;

    @Option(names = "--format", description = "xlsx, csv, json, yaml, md or html (default: from the output file's ending)")
    private ExportFormat format;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "the file to write")
    private Path output;

    @Option(names = "--year", converter = YearConverter.class,
            description = "the year of the budget or reserves (default: 2020/21, or the --book file's one year); the plan and the monitoring report "
                    + "are of their one year")
    private FiscalYear year;

    @picocli.CommandLine.Mixin
    private VerboseOption verbose;

    @picocli.CommandLine.Mixin
    private BookOption book;

    @Override
    public Integer call() throws Exception {
        format = format(format, output);
        if (what == What.PLAN || what == What.MONITOR) {
            FiscalYear only = what == What.PLAN ? WcfData.plan2020().base().year() : WcfData.dsgReport2019P6().period().year();
            if (year != null && !year.equals(only)) {
                throw new IllegalArgumentException("the embedded " + (what == What.PLAN ? "plan starts from " : "monitoring report is of ")
                        + only + "; there is no " + what + " for --year " + year);
            }
        }
        if (book.given() && what != What.BUDGET && what != What.BOOK) {
            throw new IllegalArgumentException("--book goes with export budget or export book: the " + what
                    + " export is of the embedded dataset");
        }
        if (what == What.BOOK && !format.readsBack()) {
            throw new IllegalArgumentException("export book writes xlsx, csv, json or yaml, which --book reads back; for "
                    + "a printable " + format + " use export budget");
        }
        Export export = export();
        Output.write(output, out -> export.write(format, out));
        spec.commandLine().getOut().println("wrote " + output + " (" + what + ", " + format + ")");
        return WcfFinance.OK;
    }

    /**
     * The book as written to a file: a given book's declared names are written back; the embedded dataset's book is
     * written as it always was, since its names (WCF, WCC) are the dataset's, not declared in a file.
     */
    private BudgetBook written(BudgetBook given) {
        return book.given() ? given : given.withParties(BudgetBook.Parties.NONE);
    }

    /** What to export: the given or embedded book, or the embedded plan, monitoring report or reserves. */
    private Export export() {
        return switch (what) {
            case BUDGET -> {
                BudgetBook given = book.book(year);
                String title = book.given() ? "Budget book " + given.year() + ", " + book.file.getFileName()
                        : "WCF budget book " + given.year();
                yield Exporter.budget(written(given), title, List.of(book.titled(BusinessPlanTables.table2(given)),
                        book.titled(BusinessPlanTables.table4(given))));
            }
            case BOOK -> Exporter.book(written(book.book(year)));
            case PLAN -> {
                Plan plan = WcfData.plan2020();
                yield Exporter.plan(plan, "WCF three-year plan from " + plan.base().year(), new AssumptionSet(
                        "Business Plan 2020/21", plan.indicativeYears(), plan.assumptions()));
            }
            case MONITOR -> Exporter.monitor(WcfData.dsgReport2019P6(), WcfData.dsgSnapshot2019(6));
            case RESERVES -> Exporter.reserves(WcfData.reserves(year == null ? BookOption.EMBEDDED_DEFAULT : year));
        };
    }

    /**
     * The format: {@code --format} when given, else the one the file's ending names; a format that contradicts the
     * ending is refused.
     */
    static ExportFormat format(ExportFormat given, Path output) {
        ExportFormat byName = ExportFormat.ofFileName(output.getFileName().toString()).orElse(null);
        if (given == null && byName == null) {
            throw new IllegalArgumentException("cannot tell the format from " + output.getFileName()
                    + ": give --format, or name the file .xlsx, .csv, .json, .yaml, .md or .html");
        }
        if (given != null && byName != null && given != byName) {
            throw new IllegalArgumentException("--format " + given + " does not match the output file " + output.getFileName()
                    + ": name it ." + given + ", or leave --format out");
        }
        return given != null ? given : byName;
    }
}
