package uk.org.wcf.finance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import uk.org.wcf.finance.io.InvalidInputException;
import uk.org.wcf.finance.report.SafeText;

/**
 * The {@code wcf-finance} command-line tool. Exit codes: 0 ok, 1 a check failed, 2 bad usage or bad input.
 * Errors go to stderr in one line (one per problem for a bad file); a stack trace only with {@code --verbose}.
 *
 * <p>The tool's own command (its name, description, {@code --help}, {@code --version}, exit codes and footer) is
 * built in code by {@link #root()}, not read from annotations: it is built at every start, before any command, and
 * reading annotations is the most expensive thing the JVM does at start-up (the first one starts the JDK's
 * reflection, annotation parsing and proxy machinery: about 0.13 s of CPU, which {@code --version} paid in full).
 * Every command is still an annotated class ({@link CommandTable}), built only when its name is given.
 */
public final class WcfFinance implements Runnable {

    /** Exit code: all good. */
    public static final int OK = 0;
    /** Exit code: a check failed. */
    public static final int CHECK_FAILED = 1;
    /** Exit code: bad usage or bad input. */
    public static final int BAD_INPUT = 2;

    /** The tool's name, as help and errors print it. */
    static final String NAME = "wcf-finance";

    private final CommandSpec spec;

    private WcfFinance() {
        spec = CommandSpec.wrapWithoutInspection(this);
    }

    /**
     * The tool's own command, without its subcommands: what {@code @Command(name = "wcf-finance",
     * mixinStandardHelpOptions = true, versionProvider = Version.class, ...)} would give, built without reflection.
     * {@code WcfFinanceTest} holds its help and version to the text they print.
     *
     * @return a command line of the root command alone
     */
    static CommandLine root() {
        CommandSpec spec = new WcfFinance().spec;
        spec.name(NAME);
        spec.versionProvider(new Version());
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        Map<String, String> exitCodes = new LinkedHashMap<>();
        exitCodes.put(String.valueOf(OK), "ok");
        exitCodes.put(String.valueOf(CHECK_FAILED), "a check failed");
        exitCodes.put(String.valueOf(BAD_INPUT), "bad usage or bad input");
        spec.usageMessage().description("Budgets, plans, monitoring and reserves for Worcestershire Children First.")
                .exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes)
                .footer("", "Example:", "  " + NAME + " check");
        return new CommandLine(spec);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the tool, in a JVM of its own: first it sets the {@link #JVM_PROPERTIES} the command line has not set.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        setAbsent(System.getProperties(), JVM_PROPERTIES);
        System.exit(run(args));
    }

    /**
     * The types whose built-in converters picocli need not register (a regular expression per type name, comma
     * separated: {@code picocli.converters.excludes}): no option of the tool is of a {@code java.time} or
     * {@code java.sql} type ({@code WcfFinanceTest} holds every command to that), and picocli finds each of those
     * converters by reflection, loading and initialising the types, at every start.
     */
    static final String UNUSED_CONVERTERS = "java\\.time\\..*,java\\.sql\\..*";

    /**
     * System properties that make every command start sooner, each a library's documented setting: picocli looks for
     * Groovy's closure class, which the tool has no use for, in every command's first model (a class search through
     * the jar, then a {@code ClassNotFoundException}), and registers no converter for the {@link #UNUSED_CONVERTERS};
     * Joda-Money registers {@link SterlingCurrencies} instead of its table of every currency. Set in {@link #main} only,
     * so that a service or test that embeds the tool ({@link #run}) is not affected; {@code -D} in {@code JAVA_OPTS}
     * wins over each.
     */
    static final Map<String, String> JVM_PROPERTIES = Map.of("picocli.disable.closures", "true",
            "picocli.converters.excludes", UNUSED_CONVERTERS,
            "org.joda.money.CurrencyUnitDataProvider", SterlingCurrencies.class.getName());

    /**
     * @param properties the properties to add to
     * @param wanted the properties to add where absent
     */
    static void setAbsent(Properties properties, Map<String, String> wanted) {
        for (Map.Entry<String, String> e : wanted.entrySet()) {
            properties.putIfAbsent(e.getKey(), e.getValue());
        }
    }

    /**
     * Runs the tool and returns its exit code (for tests and embedding).
     *
     * @param args the command line
     * @return the exit code
     */
    public static int run(String... args) {
        return commandLineFor(args).execute(args);
    }

    /**
     * Every command, registered once: its name is its {@code @Command}'s, and help lists them in this order. A run
     * builds only the one it names ({@link CommandTable}).
     */
    static final CommandTable COMMANDS = CommandTable.of(CheckCommand.class, BudgetCommand.class, PlanCommand.class,
            MonitorCommand.class, ExportCommand.class, ImportCommand.class, ActualsCommand.class, KpiCommand.class,
            CashflowCommand.class, ChartCommand.class, NotebookCommand.class, JupyterCommand.class, ForecastCommand.class,
            ForecastPackCommand.class, ForecastCollectCommand.class, CycleCommand.class, DsgPlanCommand.class,
            S251Command.class, AutoComplete.GenerateCompletion.class);

    /** @return the command line with every command (for help and completion) */
    static CommandLine commandLine() {
        return handled(COMMANDS.addTo(root(), List.of()));
    }

    /**
     * @param args the command line
     * @return a command line with only the command the arguments name (and only its subcommand they name), or every
     *         command when they name none
     */
    static CommandLine commandLineFor(String... args) {
        CommandLine cl = root();
        // the version alone needs no command, nor any command's annotation read (the first read of one is most of
        // what the JVM's start-up costs a command)
        if (args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]))) {
            return handled(cl);
        }
        // the completion script describes every command, so it needs them all
        boolean completion = args.length > 0 && CommandTable.name(AutoComplete.GenerateCompletion.class).equals(args[0]);
        return handled(COMMANDS.addTo(cl, completion ? List.of() : List.of(args)));
    }

    /**
     * A command line with one command instance given by the caller, with the tool's error handling: a seam for tests
     * that run a command built differently (such as {@code check} with another rule) and need its exit code.
     */
    static CommandLine commandLine(String name, Object command) {
        CommandLine cl = root();
        cl.addSubcommand(name, command);
        return handled(cl);
    }

    private static CommandLine handled(CommandLine cl) {
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        Errors errors = new Errors();
        cl.setParameterExceptionHandler(errors);
        cl.setExecutionExceptionHandler(errors);
        return cl;
    }

    /**
     * The tool's error handling: a usage mistake in one line naming the command's help, a command's failure as
     * {@link #failed}. A class, not two lambdas: a JDK 17 class-data archive does not keep an application's lambdas,
     * and making their classes at run time costs every start a few milliseconds.
     */
    private static final class Errors implements CommandLine.IParameterExceptionHandler,
            CommandLine.IExecutionExceptionHandler {

        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("wcf-finance: " + ex.getMessage() + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help')");
            return BAD_INPUT;
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            return failed(ex, commandLine.getErr(), VerboseOption.asked(commandLine));
        }
    }

    /**
     * Reports a command's failure on stderr: one line per problem for bad input, one line for any other error,
     * and a stack trace only when asked for.
     *
     * @param ex what went wrong
     * @param err stderr
     * @param verbose whether to print the stack trace
     * @return {@link #BAD_INPUT}
     */
    static int failed(Exception ex, PrintWriter err, boolean verbose) {
        if (ex instanceof InvalidInputException bad) {
            bad.problems().forEach(p -> err.println("wcf-finance: " + p));
        } else if (ex instanceof IllegalArgumentException || ex instanceof IOException
                || ex instanceof java.io.UncheckedIOException || ex instanceof CommandLine.TypeConversionException) {
            // one line each, a control or direction-override character quoted from a file shown as <U+001B>
            String.valueOf(ex.getMessage()).lines().forEach(l -> err.println("wcf-finance: " + SafeText.visible(l)));
        } else {
            err.println("wcf-finance: internal error: " + ex + " (rerun with --verbose for details)");
        }
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return BAD_INPUT;
    }

    /** Reads the version from the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = WcfFinance.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"wcf-finance " + p.getProperty("version", "unknown"),
                    "Java " + System.getProperty("java.version")};
        }
    }
}
