package uk.org.wcf.finance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.joda.money.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import uk.org.wcf.finance.chart.Charts;
import uk.org.wcf.finance.chart.ForecastCharts;
import uk.org.wcf.finance.forecast.Backtest;
import uk.org.wcf.finance.forecast.Calibration;
import uk.org.wcf.finance.forecast.Forecast;
import uk.org.wcf.finance.forecast.ForecastMethod;
import uk.org.wcf.finance.forecast.Forecasting;
import uk.org.wcf.finance.forecast.LineSeries;
import uk.org.wcf.finance.io.InvalidInputException;
import uk.org.wcf.finance.io.MonthlyActualsCsv;
import uk.org.wcf.finance.io.Problem;
import uk.org.wcf.finance.io.write.Csv;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.report.TableText;
import uk.org.wcf.finance.time.FiscalPeriod;
import uk.org.wcf.finance.time.FiscalYear;

/** {@code forecast}: year-end outturn forecasts by line with P10 to P90 ranges; {@code forecast backtest}. */
@Command(name = "forecast", mixinStandardHelpOptions = true, subcommands = ForecastCommand.BacktestCommand.class,
        description = {"Forecasts each line's year-end outturn from its monthly actuals, with a P10 to P90 range.",
                "--actuals and --history read the CSV that 'actuals' writes (columns cost_centre, month, budget, actual, variance) or a "
                        + "plain line,month,actual (month as 2016-04, pounds). Months of --actuals after --period are not "
                        + "used; --history holds earlier years (without it, earlier years' rows in --actuals are the history).",
                "Methods: auto (per line, the method with the smallest error in backtests on the line's history; run-rate "
                        + "without history), run-rate, profile, smoothing, trend. Ranges are calibrated on backtests of the "
                        + "history. CSV columns: line, actual_to_date, outturn, p10, p90 (in pounds), method."},
        footer = {"", "Examples:", "  wcf-finance forecast --actuals examples/data/forecast-actuals.csv \\",
                "      --year 2016/17 --period P6 --history examples/data/forecast-history.csv",
                "  wcf-finance forecast backtest --actuals examples/data/forecast-history.csv \\",
                "      --year 2015/16"})
final class ForecastCommand implements Callable<Integer> {

    /** The formats of {@code forecast}: the two. */
    enum Format {
        TEXT, CSV;

        /** @return the name as a user types it, and as messages print it */
        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--actuals", paramLabel = "FILE", description = "this year's monthly actuals by line")
    private Path actuals;

    @Option(names = "--year", converter = YearConverter.class, paramLabel = "YYYY/YY", description = "the financial year, such as 2016/17")
    private FiscalYear year;

    @Option(names = "--period", paramLabel = "PN", description = "the last period of actuals, P1 to P12")
    private String period;

    @Option(names = "--history", paramLabel = "FILE", description = "earlier years' monthly actuals by line")
    private Path history;

    @Option(names = "--method", defaultValue = "auto", converter = MethodConverter.class,
            description = "auto, run-rate, profile, smoothing or trend (default: ${DEFAULT-VALUE})")
    private ForecastMethod method = ForecastMethod.AUTO;

    @Option(names = "--format", description = "text or csv (default: from the --output file's ending, .csv, else text)")
    private Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "write to FILE (atomically) instead of stdout")
    private Path output;

    @picocli.CommandLine.Mixin
    private VerboseOption verbose = new VerboseOption();

    /** Converts {@code --method}. */
    static final class MethodConverter implements CommandLine.ITypeConverter<ForecastMethod> {
        @Override
        public ForecastMethod convert(String value) {
            try {
                return ForecastMethod.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Override
    public Integer call() throws IOException {
        require(spec, actuals, "--actuals=FILE");
        require(spec, year, "--year=YYYY/YY");
        require(spec, period, "--period=PN");
        FiscalPeriod at;
        try {
            at = year.period(FiscalPeriod.parseNumber(period));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--period': " + e.getMessage());
        }
        Inputs in = Inputs.read(actuals, history, year);
        List<Forecast> forecasts = new ArrayList<>();
        Calibration c = Calibration.fromHistory(in.all());
        for (LineSeries s : in.lines()) {
            forecasts.add(Forecasting.forecast(s, at, method, c));
        }
        Format f = format(spec, format, output);
        String text = f == Format.CSV ? MonthlyActualsCsv.writeForecasts(forecasts) : text(forecasts, at, in);
        emit(spec, output, text, f);
        return WcfFinance.OK;
    }

    private String text(List<Forecast> forecasts, FiscalPeriod at, Inputs in) {
        RoundingPolicy p = RoundingPolicy.POUNDS;
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"Line", "Actual to date", "Outturn (P50)", "P10", "P90", "Method"});
        Money ytd = Gbp.zero();
        Money outturn = Gbp.zero();
        for (Forecast f : forecasts) {
            cells.add(new String[] {f.line(), pounds(p, f.actualsToDate()), pounds(p, f.outturn()),
                f.low().map(m -> pounds(p, m)).orElse("-"), f.high().map(m -> pounds(p, m)).orElse("-"), f.method()});
            ytd = ytd.plus(f.actualsToDate());
            outturn = outturn.plus(f.outturn());
        }
        cells.add(new String[] {"Total", pounds(p, ytd), pounds(p, outturn), "", "", ""});
        StringBuilder sb = new StringBuilder(TableText.grid("Outturn forecast " + at + " (" + method.cliName() + "), pounds", cells, 1));
        sb.append("\nThe total's outturn is the sum of the lines' P50s; the lines' ranges do not add.\n\nHow each line was forecast:\n");
        for (Forecast f : forecasts) {
            sb.append("  ").append(f.line()).append(": ").append(f.method());
            f.inputs().forEach((k, v) -> {
                if (!k.equals("actuals to date") && !k.equals("periods")) {
                    sb.append("\n      ").append(k).append(": ").append(v);
                }
            });
            sb.append('\n');
        }
        in.notes().forEach(n -> sb.append("Note: ").append(n).append('\n'));
        return sb.toString();
    }

    private static String pounds(RoundingPolicy p, Money m) {
        return String.format(Locale.ROOT, "%,d", p.round(m).getAmount().longValueExact());
    }

    static void require(CommandSpec spec, Object value, String option) {
        if (value == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '" + option + "'");
        }
    }

    /** The format asked for, else the one the output file's ending names, else text; a contradiction is refused. */
    static Format format(CommandSpec spec, Format asked, Path output) {
        String name = output == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        Format byName = name.endsWith(".csv") ? Format.CSV : name.endsWith(".txt") ? Format.TEXT : null;
        if (asked != null && byName != null && asked != byName) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format " + asked + " does not match the output file "
                    + output.getFileName() + ", whose ending says " + byName + ": leave --format out, or give a matching file");
        }
        return asked != null ? asked : byName != null ? byName : Format.TEXT;
    }

    /** Prints, or writes the file whole; a CSV file starts with the byte-order mark that Excel needs to read UTF-8. */
    static void emit(CommandSpec spec, Path output, String text, Format format) throws IOException {
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            Output.write(output, o -> {
                if (format == Format.CSV) {
                    o.write(Output.BOM);
                }
                o.write(text.getBytes(StandardCharsets.UTF_8));
            });
        }
    }

    /**
     * The lines to forecast, each with this year's months and its prior years, and every history line (for the
     * calibration); with notes on what was left out.
     */
    record Inputs(List<LineSeries> lines, List<LineSeries> all, List<String> notes) {

        static Inputs read(Path actualsFile, Path historyFile, FiscalYear year) throws IOException {
            Map<String, Map<YearMonth, Money>> now = load(actualsFile);
            Map<String, Map<YearMonth, Money>> before = historyFile == null ? now : load(historyFile);
            List<String> notes = new ArrayList<>();
            int later = 0;
            for (Map<YearMonth, Money> m : now.values()) {
                later += (int) m.keySet().stream().filter(x -> x.isAfter(year.period(12).month())).count();
            }
            if (later > 0) {
                notes.add(later + " row(s) of " + actualsFile + " after " + year + " not used");
            }
            int ignored = 0;
            FiscalYear first = year;
            for (Map<YearMonth, Money> m : before.values()) {
                for (YearMonth x : m.keySet()) {
                    FiscalYear y = FiscalYear.containing(x);
                    if (y.compareTo(year) < 0 && y.compareTo(first) < 0) {
                        first = y;
                    }
                    ignored += historyFile != null && y.compareTo(year) >= 0 ? 1 : 0;
                }
            }
            if (ignored > 0) {
                notes.add(ignored + " row(s) of " + historyFile + " in " + year + " or later not used as history");
            }
            List<String> years = new ArrayList<>();
            for (FiscalYear y = first; y.compareTo(year) < 0; y = y.next()) {
                years.add(y.toString());
            }
            notes.add(years.isEmpty() ? "no history before " + year : "history: " + String.join(", ", years));
            Map<String, LineSeries> all = new LinkedHashMap<>();
            List<LineSeries> lines = new ArrayList<>();
            for (var e : now.entrySet()) {
                boolean inYear = e.getValue().keySet().stream().anyMatch(x -> FiscalYear.containing(x).equals(year));
                if (!inYear) {
                    continue;
                }
                LineSeries s = LineSeries.of(e.getKey(), months(e.getValue(), year), prior(before.get(e.getKey()), first, year));
                lines.add(s);
                all.put(e.getKey(), s);
            }
            for (var e : before.entrySet()) {
                all.putIfAbsent(e.getKey(), LineSeries.of(e.getKey(), List.of(), prior(e.getValue(), first, year)));
            }
            if (lines.isEmpty()) {
                throw new InvalidInputException(Problem.ofFile(actualsFile.toString(), "no actuals in " + year + " (months "
                        + year.period(1).month() + " to " + year.period(12).month() + ")"));
            }
            return new Inputs(lines, new ArrayList<>(all.values()), notes);
        }

        private static List<Money> months(Map<YearMonth, Money> m, FiscalYear y) {
            List<Money> out = new ArrayList<>();
            for (int p = 1; p <= 12; p++) {
                out.add(m.getOrDefault(y.period(p).month(), Gbp.zero()));
            }
            return out;
        }

        private static List<List<Money>> prior(Map<YearMonth, Money> m, FiscalYear first, FiscalYear year) {
            List<List<Money>> out = new ArrayList<>();
            for (FiscalYear y = first; y.compareTo(year) < 0; y = y.next()) {
                out.add(m == null ? months(Map.of(), y) : months(m, y));
            }
            return out;
        }

        private static Map<String, Map<YearMonth, Money>> load(Path file) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                return MonthlyActualsCsv.read(file.toString(), in).orThrow();
            } catch (NoSuchFileException e) {
                throw new InvalidInputException(Problem.ofFile(file.toString(), "no such file"));
            }
        }
    }

    /** {@code forecast backtest}: methods measured on a held-out year. */
    @Command(name = "backtest", mixinStandardHelpOptions = true,
            header = "Backtests the forecasting methods on a year whose outturn is known.",
            description = {"Backtests outturn forecasts on a year whose twelve months are known: each line forecast at each "
                    + "period from the months before it (and --history), against the year's outturn. Lines with actuals in "
                    + "fewer than 9 months, or a nil outturn, are listed and left out. For each method and period: median "
                    + "and mean absolute %% error, bias (mean signed %% error, positive above the outturn) and how often "
                    + "the P10 to P90 range held the outturn. CSV columns: "
                    + "method, period, lines, median_abs_pct_error, mean_abs_pct_error, bias_pct, held, ranged."},
            footer = {"", "Example:", "  wcf-finance forecast backtest --actuals examples/data/forecast-history.csv \\",
                    "      --year 2015/16 --chart backtest.png"})
    static final class BacktestCommand implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--actuals", required = true, paramLabel = "FILE", description = "the held-out year's monthly actuals by line")
        private Path actuals;

        @Option(names = "--year", required = true, converter = YearConverter.class, paramLabel = "YYYY/YY", description = "the held-out year")
        private FiscalYear year;

        @Option(names = "--history", paramLabel = "FILE", description = "earlier years' monthly actuals by line")
        private Path history;

        @Option(names = "--period", split = ",", paramLabel = "PN", defaultValue = "P3,P6,P9",
                description = "the periods to forecast at (default: ${DEFAULT-VALUE})")
        private List<String> periods;

        @Option(names = "--method", split = ",", converter = MethodConverter.class, defaultValue = "auto,run-rate,profile,smoothing,trend",
                description = "the methods to measure, comma-separated (default: all five, auto, run-rate, profile, smoothing and trend)")
        private List<ForecastMethod> methods;

        @Option(names = "--format", description = "text or csv (default: from the --output file's ending, .csv, else text)")
        private Format format;

        @Option(names = "--output", paramLabel = "FILE", description = "write to FILE (atomically) instead of stdout")
        private Path output;

        @Option(names = "--chart", paramLabel = "FILE", description = "also draw the errors by method and period, as PNG or SVG (by the file's ending)")
        private Path chart;

        @picocli.CommandLine.Mixin
        private VerboseOption verbose = new VerboseOption();

        @Override
        public Integer call() throws IOException {
            List<Integer> ps = new ArrayList<>();
            for (String p : periods) {
                int n;
                try {
                    n = FiscalPeriod.parseNumber(p);
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--period': " + e.getMessage());
                }
                if (n > 11) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "Invalid value for option '--period': P" + n + ": a backtest forecasts at P1 to P11 (at P12 the outturn is known)");
                }
                ps.add(n);
            }
            if (chart != null) {
                String name = chart.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!name.endsWith(".png") && !name.endsWith(".svg")) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "Invalid value for option '--chart': a chart is written as .png or .svg, not " + chart.getFileName());
                }
            }
            Inputs in = Inputs.read(actuals, history, year);
            Backtest b = Backtest.run(year, in.lines(), methods, ps, Calibration.fromHistory(in.all()));
            Format f = format(spec, format, output);
            String text = f == Format.CSV ? csv(b) : text(b, in);
            if (chart != null) {
                byte[] png = Charts.bytes(ForecastCharts.backtest(b), chart);
                emit(spec, output, text, f);
                Output.write(chart, o -> o.write(png));
            } else {
                emit(spec, output, text, f);
            }
            return WcfFinance.OK;
        }

        private static String csv(Backtest b) {
            StringBuilder sb = new StringBuilder(Csv.line(List.of("method", "period", "lines", "median_abs_pct_error",
                    "mean_abs_pct_error", "bias_pct", "held", "ranged")));
            for (Backtest.Summary s : b.summary()) {
                sb.append(Csv.rawLine(List.of(s.method().cliName(), "P" + s.period(), "" + s.lines(), f1(s.medianAbsPercent()),
                        f1(s.meanAbsPercent()), f1(s.biasPercent()), "" + s.held(), "" + s.ranged())));
            }
            return sb.toString();
        }

        private static String f1(double v) {
            return String.format(Locale.ROOT, "%.1f", v);
        }

        private static String text(Backtest b, Inputs in) {
            StringBuilder sb = new StringBuilder("Outturn forecasts backtested on " + b.year() + "\n\n").append(b.table());
            sb.append("\nauto's choice by line:\n");
            b.autoChoices().forEach((l, why) -> sb.append("  ").append(l).append(": ").append(why).append('\n'));
            if (!b.skipped().isEmpty()) {
                sb.append("\nLeft out:\n");
                b.skipped().forEach((l, why) -> sb.append("  ").append(l).append(": ").append(why).append('\n'));
            }
            in.notes().forEach(n -> sb.append("Note: ").append(n).append('\n'));
            return sb.toString();
        }
    }
}
