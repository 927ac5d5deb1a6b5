package uk.org.wcf.finance.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import uk.org.wcf.finance.io.ForecastPackWorkbook;
import uk.org.wcf.finance.io.InvalidInputException;
import uk.org.wcf.finance.io.Problem;
import uk.org.wcf.finance.io.SnapshotFile;
import uk.org.wcf.finance.io.StructuredFormat;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.returns.Pack;
import uk.org.wcf.finance.returns.Returns;
import uk.org.wcf.finance.time.FiscalPeriod;

/** {@code forecast-collect}: budget holders' returns into the period's monitoring snapshot. */
@Command(name = "forecast-collect", mixinStandardHelpOptions = true,
        description = {"Reads budget holders' returns and writes the period's monitoring snapshot.",
                "Makes the period's packs again from the same book and actuals (and --holders, --method, --history) and "
                        + "checks each .xlsx in the folder against its pack: the pack's record, period and checksum, its "
                        + "layout, budgets and actuals unchanged, and forecasts that are amounts. A return is refused, "
                        + "never evaluated or followed, for a macro project (or an .xlsm), an external link, a data "
                        + "connection, a formula where a figure belongs, parts that expand too far (a zip bomb), or a "
                        + "workbook that is not the pack; each problem is named at workbook, sheet and cell, exit 2, and "
                        + "nothing is written, unless --default-refused.",
                "A pack with no return, and a forecast left blank, take the suggested outturn; the lines defaulted are "
                        + "listed with their method. Each line of the snapshot keeps the trail of its figures (the book, "
                        + "the actuals, the workbook and cell, or the method), which 'monitor --explain LINE' prints. "
                        + "'monitor --snapshot SNAPSHOT --previous LAST' turns the snapshot into the period's report."},
        footer = {"", "Example:", "  wcf-finance forecast-collect examples/data/returns/p5 \\",
                "      --book examples/data/returns/book.yaml \\",
                "      --actuals examples/data/returns/actuals.json --year 2024/25 --period P5 \\",
                "      --output p5.yaml"})
final class ForecastCollectCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the folder of returns")
    private Path dir;

    @Mixin
    private ForecastInputs inputs;

    @Option(names = "--output", required = true, paramLabel = "SNAPSHOT", description = "the snapshot to write (.yaml, .yml or .json)")
    private Path output;

    @Option(names = "--title", paramLabel = "TEXT", description = "the snapshot's title (default: Forecast outturn; the report adds the period)")
    private String title;

    @Option(names = "--total", paramLabel = "LABEL", description = "the total's label (default: Total)")
    private String total = "Total";

    @Option(names = "--default-refused", description = "take the suggested outturn for a refused return's lines, name its "
            + "problems on stderr, and write the snapshot, instead of exiting 2")
    private boolean defaultRefused;

    @picocli.CommandLine.Mixin
    private VerboseOption verbose = new VerboseOption();

    @Override
    public Integer call() throws Exception {
        FiscalPeriod at = inputs.period(spec);
        StructuredFormat format = StructuredFormat.ofFile(output.toString());
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(Problem.ofFile(dir.toString(), Files.exists(dir) ? "is a file; the returns are read "
                    + "from a folder" : "no such folder"));
        }
        List<Pack> packs = inputs.packs(at, Map.of()).packs();
        Map<String, Pack> byId = new LinkedHashMap<>();
        packs.forEach(p -> byId.put(p.id(), p));
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        PrintWriter err = spec.commandLine().getErr();
        List<String> notes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Returns.Returned> returns = new LinkedHashMap<>();
        Map<String, String> from = new LinkedHashMap<>();
        Map<String, String> refused = new LinkedHashMap<>();
        for (Path f : files) {
            String n = f.getFileName().toString();
            String lower = n.toLowerCase(Locale.ROOT);
            String name = dir.resolve(n).toString();
            if (n.startsWith("~$") || n.startsWith(".")) {
                notes.add(name + ": not read (a lock or hidden file)");
                continue;
            }
            if (!(lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls") || lower.endsWith(".xlsb"))) {
                notes.add(name + ": not read (not a workbook)");
                continue;
            }
            ForecastPackWorkbook.ReturnRead r = ForecastPackWorkbook.read(f, name, byId, at);
            if (r.returned().isEmpty()) {
                problems.addAll(r.problems());
                r.packId().filter(byId::containsKey)
                        .ifPresent(id -> refused.putIfAbsent(id, name + ": " + r.problems().get(0).message()));
                continue;
            }
            String packId = r.packId().orElseThrow();
            String first = from.putIfAbsent(packId, name);
            if (first != null) {
                problems.add(Problem.ofFile(name, "is a second return of pack '" + packId + "', after " + first
                        + ": keep one return a pack in the folder"));
                returns.remove(packId);
                refused.put(packId, "two returns, " + first + " and " + name);
                continue;
            }
            returns.put(packId, r.returned().get());
        }
        if (!problems.isEmpty() && !defaultRefused) {
            throw new InvalidInputException(problems);
        }
        refused.keySet().forEach(returns::remove);
        Returns.Result result;
        try {
            result = Returns.collect(title != null ? title : "Forecast outturn", total, packs, returns, refused);
        } catch (FinanceRuleException e) {
            throw new InvalidInputException(Problem.ofFile(dir.toString(), e.getMessage()));
        }
        MonitoringSnapshot s = result.snapshot();
        String text = SnapshotFile.write(s, result.trails(), format);
        Output.write(output, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
        PrintWriter out = spec.commandLine().getOut();
        out.println("collected " + at + ": " + result.returned().size() + " of " + packs.size() + " packs returned, "
                + s.lines().size() + " lines -> " + output);
        out.println("  net budget " + Gbp.readable(s.netBudget()) + ", forecast "
                + Gbp.readable(Gbp.sum(s.lines().stream().map(l -> l.forecast()))) + ", variance "
                + Gbp.readable(s.varianceAfterAdjustments()));
        if (!result.missing().isEmpty()) {
            out.println("  no usable return: " + String.join(", ", result.missing()));
        }
        if (!result.defaulted().isEmpty()) {
            out.println("defaulted to the suggested outturn (" + result.defaulted().size() + " lines; line, pack, outturn, "
                    + "method, why):");
            result.defaulted().forEach(d -> out.println("  " + d.line() + ", " + d.packId() + ", " + Gbp.readable(d.outturn())
                    + ", " + d.method() + ", " + d.reason()));
        }
        out.flush();
        problems.forEach(p -> err.println("wcf-finance: refused: " + p));
        notes.forEach(n -> err.println("note: " + n));
        err.flush();
        return WcfFinance.OK;
    }
}
