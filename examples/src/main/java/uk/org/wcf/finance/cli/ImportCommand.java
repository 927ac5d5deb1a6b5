package uk.org.wcf.finance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import uk.org.wcf.finance.io.DateFormat;
import uk.org.wcf.finance.io.LedgerImport;
import uk.org.wcf.finance.io.LedgerOptions;
import uk.org.wcf.finance.io.LedgerSummary;
import uk.org.wcf.finance.io.MonthlyActualsCsv;
import uk.org.wcf.finance.io.StructuredFormat;
import uk.org.wcf.finance.io.write.AtomicFiles;
import uk.org.wcf.finance.ledger.Actuals;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.report.FigureFormat;
import uk.org.wcf.finance.time.FiscalPeriod;
import uk.org.wcf.finance.time.FiscalYear;

/** {@code import}: a ledger extract and a mapping file to actuals by monitoring line and period. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports a ledger extract into actuals by monitoring line and period.",
                "The extract has date or period, cost_centre, subjective or account code, amount; the mapping file "
                        + "has cost_centre,code,line (code * for any). Written as CSV, JSON or YAML, as the output file's ending says. Unmapped codes are "
                        + "listed with their totals, in the file and on stdout, never dropped. A bad row exits 2 naming "
                        + "file, line and column, and writes nothing. Dates may be 2020-06-30, 30/06/2020 (day first) or "
                        + "30-Jun-2020; period 13 and later are year-end adjustments counted with March. Notes on stderr "
                        + "name columns not read, rows of only commas skipped, adjustments, and mapping rows that match "
                        + "no posting. --columns reads an extract with its own headers (the mapping file may carry them "
                        + "in a '# columns:' comment above its header), --where keeps only some rows (counted), "
                        + "--in-period puts every posting of an extract without usable dates in one period."},
        footer = {"", "Examples:", "  wcf-finance import --ledger examples/data/gl.csv \\",
                "      --mapping examples/data/mapping.csv --output actuals.json",
                "  wcf-finance import --ledger examples/data/gl.csv \\",
                "      --mapping examples/data/mapping.csv --output actuals.csv",
                "  wcf-finance import --ledger examples/data/spend-q1.csv \\",
                "      --mapping examples/data/spend-mapping.csv --where Type=Revenue \\",
                "      --columns 'cost_centre=Service Area' --output q1.json"})
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--ledger", required = true, paramLabel = "FILE.csv", description = "the ledger extract")
    private Path ledger;

    @Option(names = "--mapping", required = true, paramLabel = "FILE", description = "the mapping file (CSV)")
    private Path mapping;

    @Option(names = "--output", required = true, paramLabel = "FILE.json", description = "the actuals: .csv (line,month,actual_gbp, which forecast --actuals reads), .json, .yaml or .yml")
    private Path output;

    @picocli.CommandLine.Mixin
    private LedgerDatesOption dates = new LedgerDatesOption();

    @picocli.CommandLine.Mixin
    private VerboseOption verbose = new VerboseOption();

    @picocli.CommandLine.Mixin
    private LedgerColumnsOption ledgerColumns;

    @Option(names = "--in-period", paramLabel = "PN", description = "put every posting in this period (P1 to P12) "
            + "and read no date: for an extract without usable dates (a quarter whose dates are all 00:00:00); "
            + "needs --year")
    private String inPeriod;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean csv = output.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
        if (!csv && !output.toString().toLowerCase(java.util.Locale.ROOT).matches(".*\\.(json|ya?ml)")) {
            throw new IllegalArgumentException("--output " + output.getFileName()
                    + ": the format follows the file's ending; name it .csv, .json, .yaml or .yml");
        }
        StructuredFormat format = csv ? null : StructuredFormat.ofFile(output.toString());
        java.util.List<String> notes = new java.util.ArrayList<>();
        LedgerOptions options = ledgerColumns.options();
        if (inPeriod != null) {
            if (dates.year == null) {
                throw new IllegalArgumentException("--in-period " + inPeriod + " needs --year: an extract without usable "
                        + "dates does not say its year");
            }
            options = options.withPeriod(FiscalPeriod.parseNumber(inPeriod));
        }
        LedgerSummary[] read = new LedgerSummary[1];
        Actuals actuals = (dates.year == null
                ? LedgerImport.run(ledger, mapping, dates.dateFormat, options, ProgressBar.forTerminal(), notes::add, r -> read[0] = r)
                : LedgerImport.run(ledger, mapping, dates.year, dates.dateFormat, options, ProgressBar.forTerminal(), notes::add,
                        r -> read[0] = r)).orThrow();
        String text = csv ? MonthlyActualsCsv.writeActuals(actuals) : LedgerImport.write(actuals, format);
        Output.write(output, o -> {
            if (csv) {
                o.write(Output.BOM);
            }
            o.write(text.getBytes(StandardCharsets.UTF_8));
        });
        out.println("imported " + actuals.year() + ": " + actuals.lines().size() + " lines -> " + output);
        if (read[0] != null && !read[0].filters().isEmpty()) {
            out.println("read " + read[0].postings() + " postings; left out " + read[0].leftOut() + " rows by --where "
                    + String.join(" and ", read[0].filters()));
        }
        if (!actuals.unmapped().isEmpty()) {
            out.println("unmapped (cost centre, code, postings, total £): total "
                    + FigureFormat.PRINTED.format(RoundingPolicy.PENCE.round(actuals.unmappedTotal()).getAmount()));
            actuals.unmapped().forEach(u -> out.println("  " + u.costCentre() + ", " + u.code() + ", " + u.postings() + ", "
                    + FigureFormat.PRINTED.format(u.total().getAmount())));
        }
        out.flush();
        notes.forEach(n -> err.println("note: " + n));
        err.flush();
        return WcfFinance.OK;
    }
}
