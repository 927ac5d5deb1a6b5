package uk.org.wcf.finance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.org.wcf.finance.io.AtomicFiles;
import uk.org.wcf.finance.io.LedgerImport;
import uk.org.wcf.finance.io.TreeNode;
import uk.org.wcf.finance.ledger.Actuals;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.report.FigureFormat;
import uk.org.wcf.finance.time.FiscalYear;

/** {@code import}: a ledger extract and a mapping file to actuals by monitoring line and period. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports a ledger extract into actuals by monitoring line and period.",
                "The extract has date or period, cost_centre, subjective or account code, amount; the mapping file "
                        + "has cost_centre,code,line (code * for any). Written as JSON or YAML. Unmapped codes are "
                        + "listed with their totals, in the file and on stdout, never dropped. A bad row exits 2 naming "
                        + "file, line and column, and writes nothing."},
        footer = {"", "Example:", "  wcf-finance import --ledger examples/data/gl.csv \\",
                "      --mapping examples/data/mapping.csv --output actuals.json"})
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--ledger", required = true, paramLabel = "FILE.csv", description = "the ledger extract")
    private Path ledger;

    @Option(names = "--mapping", required = true, paramLabel = "FILE", description = "the mapping file (CSV)")
    private Path mapping;

    @Option(names = "--output", required = true, paramLabel = "FILE.json", description = "the actuals (.json, .yaml or .yml)")
    private Path output;

    @Option(names = "--year", converter = YearConverter.class, description = "the financial year (default: from the data)")
    private FiscalYear year;

    @Option(names = "--verbose", description = "show a stack trace on errors")
    private boolean verbose;

    @Override
    public Integer call() throws Exception {
        TreeNode.Format format = TreeNode.Format.ofFile(output.toString());
        Actuals actuals = LedgerImport.run(ledger, mapping, year, ProgressBar.forTerminal()).orThrow().orElseThrow();
        String text = LedgerImport.write(actuals, format);
        Output.write(output, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        PrintWriter out = spec.commandLine().getOut();
        out.println("imported " + actuals.year() + ": " + actuals.lines().size() + " lines -> " + output);
        if (!actuals.unmapped().isEmpty()) {
            out.println("unmapped (cost centre, code, postings, total £): total "
                    + FigureFormat.PRINTED.format(RoundingPolicy.PENCE.round(actuals.unmappedTotal()).getAmount()));
            actuals.unmapped().forEach(u -> out.println("  " + u.costCentre() + ", " + u.code() + ", " + u.postings() + ", "
                    + FigureFormat.PRINTED.format(u.total().getAmount())));
        }
        out.flush();
        return WcfFinance.OK;
    }
}
