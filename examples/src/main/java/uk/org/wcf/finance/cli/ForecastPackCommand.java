package uk.org.wcf.finance.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.joda.money.Money;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.org.wcf.finance.io.ForecastPackWorkbook;
import uk.org.wcf.finance.io.InvalidInputException;
import uk.org.wcf.finance.io.Problem;
import uk.org.wcf.finance.io.SnapshotFile;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.returns.Pack;
import uk.org.wcf.finance.time.FiscalPeriod;

/** {@code forecast-pack}: a period's forecast packs for budget holders, one XLSX each. */
@Command(name = "forecast-pack", mixinStandardHelpOptions = true,
        description = {"Writes a period's forecast packs: one workbook per service, or per budget holder.",
                "Each line of the budget book is a monitoring line named 'service / subjective group', the name the "
                        + "ledger mapping gives its actuals. For each line a pack shows the annual budget, actuals to date, "
                        + "last period's forecast (with --previous) and a suggested outturn with the method that made it; "
                        + "the holder types a forecast and a comment in the only unlocked cells (numbers only). The sheet "
                        + "is protected, totals are formulas, and a hidden record names the pack, its period and a "
                        + "checksum of its budgets and actuals, which forecast-collect checks. Amounts are in pounds.",
                "A pack's file is its id (the service's reference, or the holder) with .xlsx; packs already in the "
                        + "folder are replaced. Bad input exits 2 naming file, line and column, and writes nothing."},
        footer = {"", "Example:", "  wcf-finance forecast-pack --book examples/data/returns/book.yaml \\",
                "      --actuals examples/data/returns/actuals.json --year 2024/25 --period P5 \\",
                "      --previous examples/data/returns/p4.yaml --output packs"})
final class ForecastPackCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ForecastInputs inputs;

    @Option(names = "--previous", paramLabel = "SNAPSHOT", description = "last period's snapshot, for last period's forecast")
    private Path previous;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "the folder to write the packs to "
            + "(made when missing)")
    private Path output;

    @picocli.CommandLine.Mixin
    private VerboseOption verbose = new VerboseOption();

    @Override
    public Integer call() throws Exception {
        FiscalPeriod at = inputs.period(spec);
        Map<String, Money> before = new LinkedHashMap<>();
        if (previous != null) {
            if (!Files.exists(previous)) {
                throw new InvalidInputException(Problem.ofFile(previous.toString(), "no such file"));
            }
            MonitoringSnapshot p = SnapshotFile.read(previous).orThrow();
            if (!p.period().equals(at.previous())) {
                throw new InvalidInputException(Problem.ofFile(previous.toString(), "is the snapshot of " + p.period()
                        + "; last period's, before " + at + ", is of " + at.previous()));
            }
            p.lines().forEach(l -> before.put(l.line(), l.forecast()));
        }
        ForecastInputs.Made made = inputs.packs(at, before);
        List<Pack> packs = made.packs();
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new InvalidInputException(Problem.ofFile(output.toString(), "is a file; --output names a folder for the packs"));
        }
        Files.createDirectories(output);
        for (Pack p : packs) {
            Output.write(output.resolve(p.fileStem() + ".xlsx"), out -> ForecastPackWorkbook.write(p, out));
        }
        PrintWriter out = spec.commandLine().getOut();
        int lines = packs.stream().mapToInt(p -> p.lines().size()).sum();
        out.println("wrote " + packs.size() + " packs of " + at + " (" + lines + " lines) -> " + output);
        out.println("  annual budget " + Gbp.readable(Gbp.sum(packs.stream().map(Pack::budget))) + ", actuals to date "
                + Gbp.readable(Gbp.sum(packs.stream().map(Pack::actualsToDate))) + ", suggested outturn "
                + Gbp.readable(Gbp.sum(packs.stream().map(Pack::suggested))) + " (" + inputs.method.cliName() + ")");
        if (previous != null) {
            long missing = packs.stream().flatMap(p -> p.lines().stream()).filter(l -> l.previousForecast().isEmpty()).count();
            if (missing > 0) {
                out.println("  " + missing + " line(s) not in " + previous + ": their last period's forecast is blank");
            }
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        if (made.actuals().unmapped().isPositive() || made.actuals().unmapped().isNegative()) {
            err.println("note: " + made.actuals().file() + ": " + Gbp.readable(made.actuals().unmapped())
                    + " of postings are on no line (unmapped by the import); no pack holds them");
        }
        err.flush();
        return WcfFinance.OK;
    }
}
