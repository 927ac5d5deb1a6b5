package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The tool's own command is built in code ({@link WcfFinance#root()}); it must be exactly the command the annotation
 * below describes, which is how it was declared before: the same help, option by option and line by line, the same
 * version, the same exit codes.
 */
class WcfFinanceTest {

    /** The root command as an annotation would declare it. */
    @Command(name = "wcf-finance", mixinStandardHelpOptions = true, versionProvider = WcfFinance.Version.class,
            description = "Budgets, plans, monitoring and reserves for Worcestershire Children First.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:ok", "1:a check failed", "2:bad usage or bad input"},
            footer = {"", "Example:", "  wcf-finance check"})
    static final class Declared implements Runnable {
        @Override
        public void run() {
        }
    }

    private static String usage(CommandLine cl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        cl.usage(new PrintStream(out, true, StandardCharsets.UTF_8), CommandLine.Help.Ansi.OFF);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String version(CommandLine cl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        cl.printVersionHelp(new PrintStream(out, true, StandardCharsets.UTF_8), CommandLine.Help.Ansi.OFF);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theRootBuiltInCodeHasTheDeclaredCommandsHelpWithAndWithoutItsCommands() {
        assertThat(usage(WcfFinance.root())).isEqualTo(usage(new CommandLine(new Declared())));
        CommandLine declared = WcfFinance.COMMANDS.addTo(new CommandLine(new Declared()), List.of());
        assertThat(usage(WcfFinance.commandLine())).isEqualTo(usage(declared)).contains("Exit codes:%n  0   ok".formatted());
    }

    @Test
    void theRootBuiltInCodeHasTheDeclaredOptionsAndVersion() {
        var root = WcfFinance.root().getCommandSpec();
        var declared = new CommandLine(new Declared()).getCommandSpec();
        assertThat(root.name()).isEqualTo(declared.name());
        assertThat(root.options()).extracting(o -> List.of(o.names()), o -> o.usageHelp(), o -> o.versionHelp())
                .containsExactlyElementsOf(declared.options().stream()
                        .map(o -> org.assertj.core.groups.Tuple.tuple(List.of(o.names()), o.usageHelp(), o.versionHelp()))
                        .toList());
        assertThat(version(WcfFinance.root())).isEqualTo(version(new CommandLine(new Declared())))
                .startsWith("wcf-finance ").contains("Java " + System.getProperty("java.version"));
    }

    @Test
    void theRootAloneRunsAsTheToolDoes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandLine cl = WcfFinance.commandLineFor();
        cl.setOut(new java.io.PrintWriter(out, true, StandardCharsets.UTF_8));
        assertThat(cl.execute()).isEqualTo(WcfFinance.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: wcf-finance [-hV] [COMMAND]");
        assertThat(WcfFinance.commandLineFor("--version").execute("--version")).isEqualTo(WcfFinance.OK);
    }

    @Test
    void mainSetsOnlyTheStartUpPropertiesTheCommandLineLeftUnset() {
        java.util.Properties given = new java.util.Properties();
        given.setProperty("org.joda.money.CurrencyUnitDataProvider", "org.joda.money.DefaultCurrencyUnitDataProvider");
        WcfFinance.setAbsent(given, WcfFinance.JVM_PROPERTIES);
        assertThat(given).containsEntry("org.joda.money.CurrencyUnitDataProvider", "org.joda.money.DefaultCurrencyUnitDataProvider")
                .containsEntry("picocli.disable.closures", "true").hasSize(3);
        java.util.Properties none = new java.util.Properties();
        WcfFinance.setAbsent(none, WcfFinance.JVM_PROPERTIES);
        assertThat(none).containsEntry("org.joda.money.CurrencyUnitDataProvider", SterlingCurrencies.class.getName())
                .containsEntry("picocli.converters.excludes", WcfFinance.UNUSED_CONVERTERS).hasSize(3);
    }

    /** Every option and parameter of every command, at any depth. */
    private static List<CommandLine.Model.ArgSpec> args(CommandLine cl) {
        List<CommandLine.Model.ArgSpec> args = new java.util.ArrayList<>(cl.getCommandSpec().args());
        cl.getSubcommands().values().forEach(sub -> args.addAll(args(sub)));
        return args;
    }

    @Test
    void noOptionNeedsAConverterThatMainLeavesUnregistered() {
        List<String> excluded = List.of(WcfFinance.UNUSED_CONVERTERS.split(","));
        List<CommandLine.Model.ArgSpec> all = args(WcfFinance.commandLine());
        assertThat(all).hasSizeGreaterThan(100);
        for (CommandLine.Model.ArgSpec arg : all) {
            List<Class<?>> types = new java.util.ArrayList<>(List.of(arg.auxiliaryTypes()));
            types.add(arg.type());
            for (Class<?> type : types) {
                boolean unregistered = excluded.stream().anyMatch(type.getName()::matches);
                assertThat(unregistered && arg.converters().length == 0)
                        .as("%s of %s: type %s has no converter when main runs", arg.paramLabel(),
                                arg.command().qualifiedName(), type.getName())
                        .isFalse();
            }
        }
        // the exclusion bites: a java.time type would be caught
        assertThat(excluded.stream().anyMatch(java.time.LocalDate.class.getName()::matches)).isTrue();
        assertThat(excluded.stream().anyMatch(java.sql.Timestamp.class.getName()::matches)).isTrue();
    }
}
