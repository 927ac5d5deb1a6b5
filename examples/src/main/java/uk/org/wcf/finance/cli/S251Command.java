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
final class S251Command implements Runnable, CommandTable.Group {

    /** The subcommands, in the order help lists them; a run builds only the one it names ({@link CommandTable}). */
    private static final CommandTable SUBCOMMANDS = CommandTable.of(S251CheckCommand.class, S251BenchmarkCommand.class,
            S251StatementCommand.class, S251LinesCommand.class);

    @Spec
    private CommandSpec spec;

    @Override
    public CommandTable subcommands() {
        return SUBCOMMANDS;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The formats the s251 commands print. */
    enum Format { TEXT, CSV }

    /**
     * Reads DfE's file; a bad file is bad input (exit 2).
     *
     * @param file the file
     * @param year the year option, or null
     * @return what was read
     */
    static S251File.Contents read(Path file, FiscalYear year) {
        return (year == null ? S251File.read(file) : S251File.read(file, year)).orThrow();
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
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        } else {
            Output.write(output, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
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
