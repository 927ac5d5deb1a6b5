package uk.org.wcf.finance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.Properties;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import uk.org.wcf.finance.io.InvalidInputException;
import uk.org.wcf.finance.report.SafeText;

/**
 * The {@code wcf-finance} command-line tool. Exit codes: 0 ok, 1 a check failed, 2 bad usage or bad input.
 * Errors go to stderr in one line (one per problem for a bad file); a stack trace only with {@code --verbose}.
 */
@Command(name = "wcf-finance", mixinStandardHelpOptions = true, versionProvider = WcfFinance.Version.class,
        description = "Budgets, plans, monitoring and reserves for Worcestershire Children First.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:a check failed", "2:bad usage or bad input"},
        footer = {"", "Example:", "  wcf-finance check"})
public final class WcfFinance implements Runnable {

    /** Exit code: all good. */
    public static final int OK = 0;
    /** Exit code: a check failed. */
    public static final int CHECK_FAILED = 1;
    /** Exit code: bad usage or bad input. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the tool.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the tool and returns its exit code (for tests and embedding).
     *
     * @param args the command line
     * @return the exit code
     */
    public static int run(String... args) {
        PrintWriter err = new PrintWriter(System.err, true);
        Integer plain = ActualsCommand.runPlain(args, err);
        if (plain == null && args.length > 0 && "import".equals(args[0])) {
            plain = ImportCommand.runPlain(args, stdout(), err);
        }
        if (plain == null) {
            plain = S251Command.runPlain(args, err);
        }
        return plain != null ? plain : commandLineFor(args).execute(args);
    }

    /** stdout as picocli opens it: in the encoding the JVM gives stdout, else the default charset. */
    static PrintWriter stdout() {
        String name = System.getProperty("sun.stdout.encoding", System.getProperty("stdout.encoding"));
        java.nio.charset.Charset cs;
        try {
            cs = name == null ? java.nio.charset.Charset.defaultCharset() : java.nio.charset.Charset.forName(name);
        } catch (IllegalArgumentException e) {
            cs = java.nio.charset.Charset.defaultCharset();
        }
        return new PrintWriter(new java.io.OutputStreamWriter(System.out, cs), true);
    }

    /** The commands' names, in the order help lists them. */
    private static final List<String> COMMANDS = List.of("check", "budget", "plan", "monitor", "export", "import", "actuals",
            "kpi", "cashflow", "chart", "notebook", "jupyter", "forecast", "forecast-pack", "forecast-collect", "cycle", "dsg-plan", "s251", "generate-completion");

    /**
     * A new instance of a command. A switch rather than a table of constructor references, so that a run loads
     * (and verifies) only the class of the command it runs, not every command's and their libraries'.
     */
    private static Object command(String name) {
        return switch (name) {
            case "check" -> new CheckCommand();
            case "budget" -> new BudgetCommand();
            case "plan" -> new PlanCommand();
            case "monitor" -> new MonitorCommand();
            case "export" -> new ExportCommand();
            case "import" -> new ImportCommand();
            case "actuals" -> new ActualsCommand();
            case "kpi" -> new KpiCommand();
            case "cashflow" -> new CashflowCommand();
            case "chart" -> new ChartCommand();
            case "notebook" -> new NotebookCommand();
            case "jupyter" -> new JupyterCommand();
            case "forecast" -> new ForecastCommand();
            case "forecast-pack" -> new ForecastPackCommand();
            case "forecast-collect" -> new ForecastCollectCommand();
            case "cycle" -> new CycleCommand();
            case "dsg-plan" -> new DsgPlanCommand();
            case "generate-completion" -> new AutoComplete.GenerateCompletion();
            case "s251" -> S251Command.commandLine(null);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** @return the command line with every command (for help and completion) */
    static CommandLine commandLine() {
        return commandLine(COMMANDS);
    }

    /**
     * @param args the command line
     * @return a command line with only the command the arguments name, or every command when they name none
     */
    static CommandLine commandLineFor(String... args) {
        // the completion script describes every command, so it needs them all
        boolean one = args.length > 0 && COMMANDS.contains(args[0]) && !"generate-completion".equals(args[0]);
        if (one && "s251".equals(args[0])) { // s251 builds only the subcommand it runs, too
            return handled(new CommandLine(new WcfFinance()).addSubcommand("s251",
                    S251Command.commandLine(args.length > 1 ? args[1] : null)));
        }
        // the version alone needs no command: building all of them is most of what --version cost
        boolean version = args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]));
        return one ? commandLine(List.of(args[0])) : version ? commandLine(List.of()) : commandLine();
    }

    private static CommandLine commandLine(Collection<String> names) {
        CommandLine cl = new CommandLine(new WcfFinance());
        for (String name : names) {
            cl.addSubcommand(name, command(name));
        }
        return handled(cl);
    }

    /**
     * A command line with one command instance given by the caller, with the tool's error handling: a seam for tests
     * that run a command built differently (such as {@code check} with another rule) and need its exit code.
     */
    static CommandLine commandLine(String name, Object command) {
        CommandLine cl = new CommandLine(new WcfFinance());
        cl.addSubcommand(name, command);
        return handled(cl);
    }

    private static CommandLine handled(CommandLine cl) {
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("wcf-finance: " + ex.getMessage() + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help')");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
                failed(ex, commandLine.getErr(), VerboseOption.asked(commandLine)));
        return cl;
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
