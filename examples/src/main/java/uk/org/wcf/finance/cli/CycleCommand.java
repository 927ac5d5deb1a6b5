package uk.org.wcf.finance.cli;

import static uk.org.wcf.finance.cli.CycleStore.existing;
import static uk.org.wcf.finance.cli.CycleStore.k;
import static uk.org.wcf.finance.cli.CycleStore.period;
import static uk.org.wcf.finance.cli.CycleStore.readSnapshot;
import static uk.org.wcf.finance.cli.CycleStore.scope;
import static uk.org.wcf.finance.cli.CycleStore.sha256;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;

import org.jfree.chart.JFreeChart;
import org.joda.money.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import uk.org.wcf.finance.chart.Charts;
import uk.org.wcf.finance.cli.CycleStore.Db;
import uk.org.wcf.finance.io.InvalidInputException;
import uk.org.wcf.finance.io.LedgerImport;
import uk.org.wcf.finance.io.MonitorRowsCsv;
import uk.org.wcf.finance.io.Problem;
import uk.org.wcf.finance.io.SnapshotFile;
import uk.org.wcf.finance.io.write.Csv;
import uk.org.wcf.finance.ledger.Actuals;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.monitor.MonitoringReport;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.monitor.MonitoringText;
import uk.org.wcf.finance.monitor.Scope;
import uk.org.wcf.finance.report.FigureFormat;
import uk.org.wcf.finance.store.Change;
import uk.org.wcf.finance.io.MonitorRowsCsv;
import uk.org.wcf.finance.store.ForecastAccuracy;
import uk.org.wcf.finance.store.ClosedYear;
import uk.org.wcf.finance.store.ForecastAccuracy;
import uk.org.wcf.finance.store.HistoryPoint;
import uk.org.wcf.finance.store.LedgerBatch;
import uk.org.wcf.finance.store.MonitoringStore;
import uk.org.wcf.finance.store.StoredSnapshot;
import uk.org.wcf.finance.time.FiscalPeriod;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * {@code cycle}: the monitoring year in a database (the embedded file {@code wcf-finance.db} in the working
 * directory unless {@code --db} names another file or a {@code jdbc:postgresql://} URL).
 */
@Command(name = "cycle", mixinStandardHelpOptions = true,
        description = {"Keeps the monitoring year in a database, period by period.",
                "Imports a ledger batch into a period, closes a period (locked), restates it with a reason, reports it "
                        + "(variance last period from the stored previous period), shows a line's history and closes the "
                        + "year into the next. --db is a file (default: wcf-finance.db in the working directory, created "
                        + "readable by you only) or a jdbc:postgresql:// URL (credentials from the URL or PGUSER/PGPASSWORD; "
                        + "never printed)."},
        subcommands = {CycleCommand.Import.class, CycleCommand.Close.class, CycleCommand.Restate.class,
                CycleCommand.Report.class, CycleCommand.History.class, CycleCommand.Accuracy.class,
                CycleCommand.CloseYear.class},
        footer = {"", "Example:", "  wcf-finance cycle close --db my.db --snapshot examples/data/p5.yaml",
                "The examples of the subcommands, run in the order listed above, take a store through a year."})
final class CycleCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code cycle import}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            header = "Imports a ledger extract into a period of the store, never the same file twice.",
            description = {"Imports a ledger extract through a mapping into a period of the store. The file's SHA-256 is "
                    + "kept: the same file is never imported twice. A closed period takes no actuals."},
            footer = {"", "Example:", "  wcf-finance cycle import --db my.db --ledger examples/data/gl.csv \\",
                    "      --mapping examples/data/mapping.csv --period \"2020/21 P3\"",
                    "The first step of the cycle examples: it creates the store my.db and imports the ledger to "
                            + "June 2020 (P3). Next: cycle close."})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Db db;
        @Option(names = "--ledger", required = true, paramLabel = "FILE.csv", description = "the ledger extract")
        Path ledger;
        @Option(names = "--mapping", required = true, paramLabel = "FILE", description = "the mapping file (CSV)")
        Path mapping;
        @Option(names = "--period", required = true, paramLabel = "\"2019/20 P6\"", description = "the period the batch is for")
        String period;

        @Override
        public Integer call() throws Exception {
            FiscalPeriod p = period(period);
            if (!Files.isRegularFile(ledger)) {
                throw new InvalidInputException(Problem.ofFile(ledger.toString(), "no such file"));
            }
            String sha = sha256(ledger);
            Actuals actuals = LedgerImport.run(ledger, mapping, p.year()).orThrow();
            try (MonitoringStore store = db.open()) {
                LedgerBatch b = store.importBatch(p, ledger.getFileName().toString(), sha, actuals, db.change());
                PrintWriter out = spec.commandLine().getOut();
                out.println("imported batch " + b.id() + " '" + b.sourceName() + "' into " + b.period() + ": " + b.lines()
                        + " lines, " + b.unmapped() + " unmapped (" + store.location() + ")");
                out.flush();
            }
            return WcfFinance.OK;
        }
    }

    /** {@code cycle close}. */
    @Command(name = "close", mixinStandardHelpOptions = true,
            header = "Closes a period from a snapshot file and locks it.",
            description = {"Closes the period of a snapshot file (its forecasts and adjustments) and locks it: budgets "
                    + "from the stored budget book where it has the line, actuals to date from the imported batches."},
            footer = {"", "Examples:", "  wcf-finance cycle close --db my.db --snapshot examples/data/p5.yaml",
                    "  wcf-finance cycle close --db my.db --snapshot examples/data/p6.yaml",
                    "After the cycle import example (a store that is not there is created). Next: cycle restate."})
    static final class Close implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Db db;
        @Option(names = "--snapshot", required = true, paramLabel = "FILE", description = "the period's snapshot (.yaml, .yml or .json)")
        Path snapshot;

        @Override
        public Integer call() throws Exception {
            MonitoringSnapshot s = readSnapshot(snapshot);
            try (MonitoringStore store = db.open()) {
                StoredSnapshot st = store.close(s, snapshot.getFileName().toString(), db.change());
                spec.commandLine().getOut().println("closed " + s.period() + " " + s.scope() + " (version " + st.version()
                        + ", locked): " + s.lines().size() + " lines, variance after adjustments "
                        + k(st.snapshot().varianceAfterAdjustments()) + " (£000)");
                spec.commandLine().getOut().flush();
            }
            return WcfFinance.OK;
        }
    }

    /** {@code cycle restate}. */
    @Command(name = "restate", mixinStandardHelpOptions = true,
            description = {"Restates a closed period as a new version with a reason; the older versions stay."},
            footer = {"", "Example:", "  wcf-finance cycle restate --snapshot examples/data/p5-restated.yaml \\",
                    "      --reason \"late invoices\" --db my.db",
                    "After the cycle close examples: P5 again as version 2, its Placements forecast up by late "
                            + "invoices. Next: cycle report."})
    static final class Restate implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Db db;
        @Option(names = "--snapshot", required = true, paramLabel = "FILE", description = "the restated snapshot")
        Path snapshot;
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why the period is restated")
        String reason;

        @Override
        public Integer call() throws Exception {
            MonitoringSnapshot s = readSnapshot(snapshot);
            try (MonitoringStore store = db.open()) {
                StoredSnapshot st = store.restate(s, snapshot.getFileName().toString(), reason, db.change());
                spec.commandLine().getOut().println("restated " + s.period() + " " + s.scope() + " as version " + st.version()
                        + ": " + reason.strip());
                spec.commandLine().getOut().flush();
            }
            return WcfFinance.OK;
        }
    }

    /** {@code cycle report}. */
    @Command(name = "report",
            header = "Prints the monitoring report of a closed period.",
            description = {"The monitoring report of a closed period from the store, variance last period from the "
                    + "stored previous period (its latest version)."},
            footer = {"", "Example:", "  wcf-finance cycle report --db my.db --period \"2020/21 P6\"",
                    "After cycle restate: P6's variance last period is from P5 as restated."})
    static final class Report implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--db", paramLabel = "FILE|URL", defaultValue = MonitoringStore.DEFAULT_FILE,
                description = "the store (default: ${DEFAULT-VALUE} in the working directory)")
        String db;
        @Option(names = "--period", required = true, paramLabel = "\"2019/20 P6\"", description = "the period")
        String period;
        @Option(names = "--scope", defaultValue = "non-dsg", paramLabel = "dsg|non-dsg", description = "default: ${DEFAULT-VALUE}")
        String scope;
        @Option(names = "--version", paramLabel = "N", description = "a stored version (default: the latest)")
        Long version;
        // its own --help: the standard help options' --version (the tool's version) would take the place of the
        // stored version above, and --help would then fail for want of --period
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
        boolean help;
        @Mixin
        Output output;

        @Override
        public Integer call() throws Exception {
            FiscalPeriod p = period(period);
            try (MonitoringStore store = existing(db)) {
                MonitoringReport r = store.report(p, scope(scope), version == null ? OptionalLong.empty() : OptionalLong.of(version));
                String text = switch (output.format("cycle report", Output.Format.TEXT, Output.Format.CSV, Output.Format.MARKDOWN)) {
                    case CSV -> MonitorRowsCsv.write(r, RoundingPolicy.THOUSANDS);
                    case MARKDOWN -> MonitoringText.markdown(r, RoundingPolicy.THOUSANDS);
                    default -> MonitoringText.text(r, RoundingPolicy.THOUSANDS);
                };
                output.emit(spec.commandLine().getOut(), text);
            }
            return WcfFinance.OK;
        }
    }

    /** {@code cycle history}. */
    @Command(name = "history", mixinStandardHelpOptions = true,
            header = "Shows a line's figures at each closed period of a year.",
            description = {"A line's budget, forecast, actuals to date and variance at each closed period of a year "
                    + "(latest versions), as a table (£000) and optionally a chart."},
            footer = {"", "Example:", "  wcf-finance cycle history --db my.db --year 2020/21 --line Placements \\",
                    "      --chart placements.png",
                    "After the cycle close and restate examples: Placements at P5 (version 2) and P6."})
    static final class History implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--db", paramLabel = "FILE|URL", defaultValue = MonitoringStore.DEFAULT_FILE,
                description = "the store (default: ${DEFAULT-VALUE} in the working directory)")
        String db;
        @Option(names = "--year", required = true, converter = YearConverter.class, description = "the year")
        FiscalYear year;
        @Option(names = "--scope", defaultValue = "non-dsg", paramLabel = "dsg|non-dsg", description = "default: ${DEFAULT-VALUE}")
        String scope;
        @Option(names = "--line", required = true, paramLabel = "NAME", description = "the line")
        String line;
        @Option(names = "--chart", paramLabel = "FILE.png|FILE.svg", description = "also draw the forecast and variance by period")
        Path chart;
        @picocli.CommandLine.Mixin
        VerboseOption verbose = new VerboseOption();

        @Override
        public Integer call() throws Exception {
            List<HistoryPoint> h;
            try (MonitoringStore store = existing(db)) {
                h = store.history(year, scope(scope), line);
            }
            if (h.isEmpty()) {
                throw new IllegalArgumentException("line '" + line + "' is in no closed period of " + year + " "
                        + scope(scope) + ": check the name and the scope");
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(line + ", " + year + " (£000)");
            out.println("period,version,net_budget,forecast,actuals_to_date,variance_before_adjustments,variance_after_adjustments");
            for (HistoryPoint p : h) {
                out.println(p.period().label() + "," + p.version() + "," + plain(p.netBudget()) + "," + plain(p.forecast()) + ","
                        + plain(p.actualsToDate()) + "," + plain(p.varianceBeforeAdjustments()) + ","
                        + plain(p.varianceAfterAdjustments()));
            }
            out.flush();
            if (chart != null) {
                byte[] bytes = Charts.bytes(historyChart(line, year, h), chart);
                Output.write(chart, o -> o.write(bytes));
            }
            return WcfFinance.OK;
        }

        static String plain(Money m) {
            return FigureFormat.PLAIN.format(Gbp.inThousands(RoundingPolicy.THOUSANDS.round(m)).setScale(0));
        }

        private static JFreeChart historyChart(String line, FiscalYear year, List<HistoryPoint> h) {
            List<String> x = new ArrayList<>();
            List<Long> before = new ArrayList<>();
            List<Long> after = new ArrayList<>();
            for (HistoryPoint p : h) {
                x.add(p.period().label());
                before.add(RoundingPolicy.THOUSANDS.units(p.varianceBeforeAdjustments()));
                after.add(RoundingPolicy.THOUSANDS.units(p.varianceAfterAdjustments()));
            }
            Map<String, List<Long>> series = new LinkedHashMap<>();
            series.put("Variance before adjustments", before);
            series.put("Variance after adjustments", after);
            return Charts.lines(line + ", " + year, "£000 (overspend +)", x, series);
        }
    }

    /** {@code cycle accuracy}. */
    @Command(name = "accuracy", mixinStandardHelpOptions = true,
            header = "Compares each period's forecast outturn with the final outturn.",
            description = {"Each closed period's forecast outturn against the final (P12) outturn, per line and in total "
                    + "(£000, error = forecast - final), and the period from which every forecast showed the final overspend."},
            footer = {"", "Examples:", "  wcf-finance cycle close --db my.db --snapshot examples/data/p12.yaml",
                    "  wcf-finance cycle accuracy --db my.db --year 2020/21",
                    "At the year end, after the cycle close and restate examples: P12's forecast is the final outturn "
                            + "each earlier forecast is compared with."})
    static final class Accuracy implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--db", paramLabel = "FILE|URL", defaultValue = MonitoringStore.DEFAULT_FILE,
                description = "the store (default: ${DEFAULT-VALUE} in the working directory)")
        String db;
        @Option(names = "--year", required = true, converter = YearConverter.class, description = "the year")
        FiscalYear year;
        @Option(names = "--scope", defaultValue = "non-dsg", paramLabel = "dsg|non-dsg", description = "default: ${DEFAULT-VALUE}")
        String scope;
        @picocli.CommandLine.Mixin
        VerboseOption verbose = new VerboseOption();

        @Override
        public Integer call() throws Exception {
            ForecastAccuracy a;
            try (MonitoringStore store = existing(db)) {
                a = store.accuracy(year, scope(scope));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Forecast accuracy, " + year + " (£000; final outturn at " + a.finalPeriod() + ")");
            out.println("line,period,forecast,variance,error");
            List<ForecastAccuracy.Line> all = new ArrayList<>(a.lines());
            all.add(a.total());
            for (ForecastAccuracy.Line l : all) {
                for (ForecastAccuracy.Point p : l.points()) {
                    out.println(Csv.text(l.line()) + "," + p.period().label() + "," + History.plain(p.forecast()) + ","
                            + History.plain(p.variance()) + "," + History.plain(p.error()));
                }
            }
            for (ForecastAccuracy.Line l : all) {
                out.println(l.line() + ": final outturn " + k(l.finalOutturn()) + ", variance " + k(l.finalVariance())
                        + l.overspendShownFrom().map(p -> "; the overspend showed in every forecast from " + p.label())
                                .orElse(l.finalVariance().isPositive() ? "; the overspend showed only at the end" : ""));
            }
            out.flush();
            return WcfFinance.OK;
        }
    }

    /** {@code cycle close-year}. */
    @Command(name = "close-year", mixinStandardHelpOptions = true,
            header = "Closes a year into the next from its P12 snapshots.",
            description = {"Closes a year from its P12 snapshots into the next: non-DSG carry-forwards become next year's "
                    + "budget adjustments, DSG carry-forwards go to the DSG reserve, every reserve's closing balance opens "
                    + "next year, and every difference is named."},
            footer = {"", "Example:", "  wcf-finance cycle close-year --db my.db --year 2020/21",
                    "After the cycle accuracy examples, which close P12: the carry-forward proposed in p12.yaml becomes "
                            + "a budget adjustment of 2021/22."})
    static final class CloseYear implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Db db;
        @Option(names = "--year", required = true, converter = YearConverter.class, description = "the year to close")
        FiscalYear year;

        @Override
        public Integer call() throws Exception {
            try (MonitoringStore store = db.open()) {
                ClosedYear y = store.closeYear(year, db.change());
                PrintWriter out = spec.commandLine().getOut();
                out.println("closed " + year + " into " + year.next() + " (£000):");
                for (ClosedYear.Carried c : y.carryForwards()) {
                    out.println("  carried " + k(c.amount()) + " '" + c.name() + "' from '" + c.line() + "' " + c.from() + " v"
                            + c.version() + " -> " + c.destination());
                }
                y.closing().forEach((name, m) -> out.println("  reserve '" + name + "': closes " + k(m) + ", opens "
                        + year.next() + " at " + k(y.nextOpening().getOrDefault(name, Gbp.zero()))));
                y.notes().forEach(n -> out.println("  note: " + n));
                out.flush();
            }
            return WcfFinance.OK;
        }
    }
}
