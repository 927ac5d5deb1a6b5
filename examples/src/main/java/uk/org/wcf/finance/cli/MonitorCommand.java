package uk.org.wcf.finance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.org.wcf.finance.data.WcfData;
import uk.org.wcf.finance.dsg.DsgReserve;
import uk.org.wcf.finance.io.InvalidInputException;
import uk.org.wcf.finance.io.MonitorRowsCsv;
import uk.org.wcf.finance.io.Problem;
import uk.org.wcf.finance.io.SnapshotFile;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringReport;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.monitor.MonitoringText;
import uk.org.wcf.finance.monitor.Scope;
import uk.org.wcf.finance.monitor.Trail;
import uk.org.wcf.finance.time.FiscalPeriod;
import uk.org.wcf.finance.time.FiscalYear;

/** {@code monitor}: a period's monitoring report. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = {"Prints a monitoring report of budget, forecast, adjustments and variances.",
                "Net budget, forecast, variance before adjustments, proposed carry-forwards, other adjustments, "
                        + "variance after adjustments and its %% of budget, variance last period and the change. With no "
                        + "options: the Period 6 2019/20 DSG report of the embedded dataset and the DSG reserve. --rows "
                        + "computes a report from a CSV of rows; --snapshot from stored snapshots.",
                "Signs: a variance is forecast - budget (an overspend is positive); variance after adjustments = "
                        + "variance before + proposed carry-forwards + other adjustments, so a carry-forward of an "
                        + "overspend is negative."},
        footer = {"", "Examples:", "  wcf-finance monitor",
                "  wcf-finance monitor --rows examples/data/rows.csv --total \"Total WCF\" \\",
                "      --year 2020/21 --period P6 --output report.csv",
                "  wcf-finance monitor --snapshot examples/data/p6.yaml \\",
                "      --previous examples/data/p5.yaml",
                "  wcf-finance monitor --snapshot examples/data/returns/p4.yaml \\",
                "      --explain \"Family Support / Staffing\"",
                "", "Rows file columns (any order; £000, whole numbers, (975) is negative):",
                "  line,net_budget,forecast,proposed_carry_forwards,other_adjustments,",
                "  variance_last_period",
                "(or with the unit: net_budget_gbp_thousands, ...); --format csv writes these",
                "columns and the computed ones, all in £000, and reads them back: a row",
                "labelled as a sub-total (DSG - Sub Total) must foot to the lines above it,",
                "and it and the total row are checked, then computed anew.",
                "A line that starts with # is a comment and is not read; quote a label that",
                "starts with # (\"#1 Team\",...) to read it as a row."})
final class MonitorCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private Output output;

    @Option(names = "--rows", paramLabel = "FILE.csv", description = "compute the report from a CSV of rows")
    private Path rows;

    @Option(names = "--total", paramLabel = "LABEL", description = "the total row's label (with --rows; default: Total)")
    private String total = "Total";

    @Option(names = "--snapshot", paramLabel = "FILE", description = "a stored snapshot (.yaml, .yml or .json)")
    private Path snapshot;

    @Option(names = "--previous", paramLabel = "FILE", description = "the previous period's snapshot, for variance last period")
    private Path previous;

    @Option(names = "--explain", paramLabel = "LINE", description = "print where LINE's net budget, actuals and forecast "
            + "came from (the trail forecast-collect keeps in --snapshot), instead of the report")
    private String explain;

    @Option(names = "--year", converter = YearConverter.class, description = "financial year of a --rows report "
            + "(default: today's, said on stderr)")
    private FiscalYear year;

    @Option(names = "--period", paramLabel = "P6", description = "period of a --rows report, P1 to P12 (default: today's, said on stderr)")
    private String period;

    @Override
    public Integer call() throws Exception {
        if (rows != null && snapshot != null) {
            throw new ParameterException(spec.commandLine(), "give --rows or --snapshot, not both");
        }
        if (previous != null && snapshot == null) {
            throw new ParameterException(spec.commandLine(), "--previous goes with --snapshot");
        }
        if (explain != null) {
            return explain();
        }
        MonitoringReport report;
        DsgReserve reserve = null;
        if (rows != null) {
            FiscalPeriod now = FiscalPeriod.containing(LocalDate.now());
            if (year == null || period == null) {
                // the title then names today's period: say so, so that nobody takes it for the data's own
                note = "wcf-finance: note: " + (year == null && period == null ? "--year and --period"
                        : year == null ? "--year" : "--period") + " not given: the report is titled with today's period, "
                        + FiscalPeriod.of(year != null ? year : now.year(), period != null ? FiscalPeriod.parseNumber(period)
                                : now.number()) + "; give --year and --period for the report's own";
            }
            FiscalYear y = year != null ? year : now.year();
            FiscalPeriod p = FiscalPeriod.of(y, period != null ? FiscalPeriod.parseNumber(period) : now.number());
            try (InputStream in = uk.org.wcf.finance.io.InputFiles.open(rows)) {
                report = MonitorRowsCsv.read(rows.toString(), in, p, total).orThrow();
            } catch (NoSuchFileException e) {
                throw new InvalidInputException(Problem.ofFile(rows.toString(), "no such file"));
            }
        } else if (snapshot != null) {
            MonitoringSnapshot s = SnapshotFile.read(snapshot).orThrow();
            report = previous == null ? MonitoringReport.of(s)
                    : MonitoringReport.of(s, SnapshotFile.read(previous).orThrow());
            dsgSnapshot = s.scope() == Scope.DSG ? s : null;
        } else {
            report = WcfData.dsgReport2019P6();
            dsgSnapshot = WcfData.dsgSnapshot2019(6);
            reserve = WcfData.dsgReserve2019();
        }
        output.emit(spec.commandLine().getOut(), render(report, reserve));
        if (note != null) {
            spec.commandLine().getErr().println(note);
            spec.commandLine().getErr().flush();
        }
        return WcfFinance.OK;
    }

    /** Prints the trail of one line of a snapshot. */
    private int explain() throws IOException {
        if (snapshot == null || rows != null || previous != null) {
            throw new ParameterException(spec.commandLine(), "--explain goes with --snapshot alone (not --rows or --previous)");
        }
        output.format("monitor --explain", Output.Format.TEXT);
        MonitoringSnapshot s = SnapshotFile.read(snapshot).orThrow();
        MonitoringLine line = s.line(explain).orElseThrow(() -> new InvalidInputException(Problem.ofFile(snapshot.toString(),
                "has no line '" + explain + "'; its lines are " + s.lines().stream().map(MonitoringLine::line)
                        .collect(java.util.stream.Collectors.joining(", ")))));
        Trail trail = SnapshotFile.readTrails(snapshot).orThrow().get(line.line());
        if (trail == null) {
            throw new InvalidInputException(Problem.ofFile(snapshot.toString(), "line '" + explain + "' has no trail (sources);"
                    + " a snapshot that forecast-collect writes has one for every line"));
        }
        StringBuilder sb = new StringBuilder(line.line()).append(", ").append(s.period()).append(" (").append(snapshot)
                .append(")\n");
        trail.steps().forEach(st -> sb.append("  ").append(st).append('\n'));
        sb.append("  variance before adjustments ").append(Gbp.readable(line.varianceBeforeAdjustments()))
                .append(": forecast - net budget\n");
        if (trail.defaulted()) {
            sb.append("  the forecast is a default: the holder gave none\n");
        }
        output.emit(spec.commandLine().getOut(), sb.toString());
        return WcfFinance.OK;
    }

    private MonitoringSnapshot dsgSnapshot;

    /** What stderr says after the report, if anything. */
    private String note;

    private String dsg(boolean markdown, DsgReserve reserve) {
        StringBuilder sb = new StringBuilder();
        if (dsgSnapshot != null) {
            sb.append('\n').append(DsgText.blocks(dsgSnapshot, markdown));
        }
        if (reserve != null) {
            sb.append('\n').append(DsgText.reserve(reserve, markdown));
        }
        return sb.toString();
    }

    private String render(MonitoringReport report, DsgReserve reserve) throws IOException {
        RoundingPolicy policy = RoundingPolicy.THOUSANDS;
        return switch (output.format()) {
            case CSV -> MonitorRowsCsv.write(report, policy);
            case MARKDOWN -> MonitoringText.markdown(report, policy) + dsg(true, reserve);
            default -> MonitoringText.text(report, policy) + dsg(false, reserve);
        };
    }
}
