package uk.org.wcf.finance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import uk.org.wcf.finance.io.InvalidInputException;

/**
 * The {@code wcf-finance} command-line tool. Exit codes: 0 ok, 1 a check failed, 2 bad usage or bad input.
 * Errors go to stderr in one line (one per problem for a bad file); a stack trace only with {@code --verbose}.
 */
@Command(name = "wcf-finance", mixinStandardHelpOptions = true, versionProvider = WcfFinance.Version.class,
        description = "Budgets, plans, monitoring and reserves for Worcestershire Children First.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:a check failed", "2:bad usage or bad input"},
        footer = {"", "Example:", "  java -jar wcf-finance.jar check"})
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
        return commandLineFor(args).execute(args);
    }

    /** The commands, by name; built on demand so that a run introspects only the command it needs. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("check", CheckCommand::new);
        m.put("budget", BudgetCommand::new);
        m.put("plan", PlanCommand::new);
        m.put("monitor", MonitorCommand::new);
        m.put("export", ExportCommand::new);
        m.put("import", ImportCommand::new);
        m.put("actuals", ActualsCommand::new);
        m.put("kpi", KpiCommand::new);
        m.put("cashflow", CashflowCommand::new);
        m.put("chart", ChartCommand::new);
        m.put("notebook", NotebookCommand::new);
        m.put("generate-completion", AutoComplete.GenerateCompletion::new);
        return m;
    }

    /** @return the command line with every command (for help and completion) */
    static CommandLine commandLine() {
        return commandLine(COMMANDS.keySet());
    }

    /**
     * @param args the command line
     * @return a command line with only the command the arguments name, or every command when they name none
     */
    static CommandLine commandLineFor(String... args) {
        // the completion script describes every command, so it needs them all
        boolean one = args.length > 0 && COMMANDS.containsKey(args[0]) && !"generate-completion".equals(args[0]);
        return one ? commandLine(List.of(args[0])) : commandLine();
    }

    private static CommandLine commandLine(Collection<String> names) {
        CommandLine cl = new CommandLine(new WcfFinance());
        for (String name : names) {
            cl.addSubcommand(name, COMMANDS.get(name).get());
        }
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("wcf-finance: " + ex.getMessage() + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help')");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            boolean verbose = parseResult.expandedArgs().contains("--verbose");
            if (ex instanceof InvalidInputException bad) {
                bad.problems().forEach(p -> err.println("wcf-finance: " + p));
            } else if (ex instanceof IllegalArgumentException || ex instanceof IOException
                    || ex instanceof java.io.UncheckedIOException) {
                err.println("wcf-finance: " + ex.getMessage());
            } else {
                err.println("wcf-finance: internal error: " + ex + " (rerun with --verbose for details)");
            }
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return BAD_INPUT;
        });
        return cl;
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
