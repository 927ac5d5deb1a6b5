package uk.org.wcf.finance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.joda.money.Money;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.org.wcf.finance.io.S251File;
import uk.org.wcf.finance.time.FiscalYear;

/** {@code s251}: section 251 returns on DfE's own files: check, benchmark, and a council's own statement. */
@Command(name = "s251", mixinStandardHelpOptions = true,
        description = {"Checks, benchmarks and builds section 251 returns on DfE's own files.",
                "Section 251 returns as the Department for Education publishes them (every council in one CSV, cp1252 or "
                        + "UTF-8; a blank figure is 'not applicable', never 0): check a return against its rules, benchmark "
                        + "a council against every council, build a council's own statement from its budget book, and show a "
                        + "year's line catalogue with its lines matched to another year's."},
        footer = {"", "Examples:", "  wcf-finance s251 check examples/data/s251-outturn-1213-sample.csv",
                "  wcf-finance s251 benchmark examples/data/s251-outturn-1213-sample.csv \\",
                "      --la 885 --line 15",
                "The sample is four councils of DfE's 2012-13 outturn; give the whole file to rank every council."})
final class S251Command implements Runnable {

    /** The subcommands' names, in the order help lists them. */
    static final List<String> SUBCOMMANDS = List.of("check", "benchmark", "statement", "lines");

    @Spec
    private CommandSpec spec;

    /**
     * The s251 command line with the subcommand a command line names, or with every subcommand when it names none
     * (help, completion, a mistake picocli should word). Building only the one a run needs spares picocli reflecting
     * on the others' options and the JVM loading their libraries (the benchmark's chart library, the statement's
     * spreadsheet one): a tenth of a second of a run that reads every council's file in about as long again.
     *
     * @param subcommand the word after {@code s251}, or null
     * @return the command line
     */
    static CommandLine commandLine(String subcommand) {
        CommandLine cl = new CommandLine(new S251Command());
        boolean one = subcommand != null && SUBCOMMANDS.contains(subcommand);
        for (String name : SUBCOMMANDS) {
            if (!one || name.equals(subcommand)) {
                cl.addSubcommand(name, subcommand(name));
            }
        }
        return cl;
    }

    /** A new instance of a subcommand: a switch, so that only the class of the one built is loaded. */
    private static Object subcommand(String name) {
        return switch (name) {
            case "check" -> new S251CheckCommand();
            case "benchmark" -> new S251BenchmarkCommand();
            case "statement" -> new S251StatementCommand();
            case "lines" -> new S251LinesCommand();
            default -> throw new IllegalArgumentException(name);
        };
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The formats the s251 commands print. */
    enum Format { text, csv }

    /**
     * Reads DfE's file; a bad file is bad input (exit 2).
     *
     * @param file the file
     * @param year the year option, or null
     * @return what was read
     */
    static S251File.Contents read(Path file, FiscalYear year) {
        return S251File.read(file, Optional.ofNullable(year)).orThrow();
    }

    /**
     * @param amount pounds
     * @return {@code 30,284,973.00}: grouped, to the penny, a minus for negatives
     */
    static String text(Money amount) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return f.format(amount.getAmount());
    }

    /**
     * @param amount pounds
     * @return {@code 30284973.00}: plain, to the penny
     */
    static String csv(Money amount) {
        return amount.getAmount().setScale(2).toPlainString();
    }

    /**
     * @param amount pounds, or empty when not applicable
     * @return the CSV cell: blank when not applicable
     */
    static String csv(Optional<Money> amount) {
        return amount.map(S251Command::csv).orElse("");
    }

    /**
     * Prints, or writes the output file atomically.
     *
     * @param spec the command
     * @param output the file, or null for stdout
     * @param text the text
     * @throws IOException when the file cannot be written (nothing left behind)
     */
    static void emit(CommandSpec spec, Path output, String text) throws IOException {
        emit(spec.commandLine().getOut(), output, text);
    }

    /**
     * Prints, or writes the output file atomically.
     *
     * @param out stdout
     * @param output the file, or null for stdout
     * @param text the text
     * @throws IOException when the file cannot be written (nothing left behind)
     */
    static void emit(PrintWriter out, Path output, String text) throws IOException {
        if (output == null) {
            out.print(text);
            out.flush();
        } else {
            Output.write(output, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** The options a plain {@code s251 check} line may have, each taking a value. */
    private static final List<String> PLAIN_CHECK = List.of("--la", "--format", "--year", "--output");

    /** The options a plain {@code s251 benchmark} line may have, each taking a value; the first two required. */
    private static final List<String> PLAIN_BENCHMARK = List.of("--la", "--line", "--measure", "--group",
            "--population", "--format", "--year", "--output");

    /**
     * Runs {@code s251 check} or {@code s251 benchmark} from a plain command line without building picocli's
     * command model, as {@code actuals} does ({@link ActualsCommand#runPlain}): building the model costs about as
     * much as reading, checking and ranking every council's file, and the target is the whole process. Plain means
     * the subcommand, one FILE, and only its own options (check: {@code --la}, {@code --format}, {@code --year},
     * {@code --output}; benchmark: those, {@code --line}, {@code --measure}, {@code --group} and
     * {@code --population}, not {@code --chart}) each once as {@code --name value} or {@code --name=value} with a
     * value that does not start with {@code -} or {@code @} and converts, and {@code --verbose}; benchmark's
     * {@code --la} and {@code --line} present. Anything else (help, a mistake, an argument file, a chart) gets null
     * back and goes through picocli, so that its messages are picocli's. What runs is the command's own code, the
     * same as through picocli, with the same error handling, printing to a stdout of the charset picocli uses.
     *
     * @param args the whole command line
     * @param err stderr
     * @return the exit code, or null when the command line is not plain
     */
    static Integer runPlain(String[] args, PrintWriter err) {
        if (args.length < 3 || !"s251".equals(args[0])) {
            return null;
        }
        return runPlain(args, WcfFinance.stdout(), err);
    }

    /**
     * @param args the whole command line
     * @param out stdout
     * @param err stderr
     * @return the exit code, or null when the command line is not plain (see {@link #runPlain(String[], PrintWriter)})
     */
    static Integer runPlain(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length < 3 || !"s251".equals(args[0]) || !("check".equals(args[1]) || "benchmark".equals(args[1]))) {
            return null;
        }
        boolean check = "check".equals(args[1]);
        PlainCommandLine plain = PlainCommandLine.parse(args, List.of("s251", args[1]), check ? PLAIN_CHECK : PLAIN_BENCHMARK,
                check ? List.of() : List.of("--la", "--line"), true);
        if (plain == null) {
            return null;
        }
        Map<String, String> values = plain.values();
        String file = plain.argument();
        boolean verbose = plain.verbose();
        Format format;
        FiscalYear year;
        Path path;
        Path output;
        try {
            format = Format.valueOf(values.getOrDefault("--format", "text"));
            year = values.containsKey("--year") ? FiscalYear.parse(values.get("--year")) : null;
            path = Path.of(file);
            output = values.containsKey("--output") ? Path.of(values.get("--output")) : null;
        } catch (IllegalArgumentException e) { // InvalidPathException too: picocli words the error
            return null;
        }
        try {
            if (check) {
                return S251CheckCommand.of(path, values.get("--la"), format, year, output, verbose).call(out);
            }
            return S251BenchmarkCommand.of(path, values.get("--la"), values.get("--line"),
                    values.getOrDefault("--measure", "TotalExpenditure"),
                    values.containsKey("--group") ? Path.of(values.get("--group")) : null,
                    values.containsKey("--population") ? Path.of(values.get("--population")) : null, format, year,
                    output, verbose).call(out);
        } catch (Exception e) {
            return WcfFinance.failed(e, err, verbose);
        }
    }

    /**
     * @param value a whole number
     * @return it with thousands separators
     */
    static String count(long value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK)).format(BigDecimal.valueOf(value));
    }

    /** Refuses an option with a message (exit 2). */
    static CommandLine.ParameterException refuse(CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
