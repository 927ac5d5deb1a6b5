package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * Each command is registered once, by its class, under its {@code @Command} name; a run builds only the command it
 * names (and only the subcommand it names after that), and help, completion or a word that names no command get
 * every command.
 */
class CommandTableTest {

    @Test
    void everyCommandIsRegisteredOnceUnderItsAnnotatedNameInHelpsOrder() {
        List<String> names = WcfFinance.COMMANDS.names();
        assertThat(new HashSet<>(names)).as("each name once").hasSameSizeAs(names);
        assertThat(names).containsExactly("check", "budget", "plan", "monitor", "export", "import", "actuals", "kpi",
                "cashflow", "chart", "notebook", "jupyter", "forecast", "forecast-pack", "forecast-collect", "cycle",
                "dsg-plan", "s251", "generate-completion");
        assertThat(WcfFinance.commandLine().getSubcommands().keySet()).containsExactlyElementsOf(names);
    }

    @Test
    void aRunBuildsOnlyTheCommandItNames() {
        assertThat(subcommands(WcfFinance.commandLineFor("actuals", "--gl", "gl.csv"))).containsExactly("actuals");
        assertThat(subcommands(WcfFinance.commandLineFor("check"))).containsExactly("check");
        assertThat(subcommands(WcfFinance.commandLineFor("--version"))).isEmpty();
    }

    @Test
    void helpCompletionAndAnUnknownWordGetEveryCommand() {
        int all = WcfFinance.COMMANDS.types().size();
        assertThat(subcommands(WcfFinance.commandLineFor())).hasSize(all);
        assertThat(subcommands(WcfFinance.commandLineFor("--help"))).hasSize(all);
        assertThat(subcommands(WcfFinance.commandLineFor("generate-completion"))).hasSize(all);
        assertThat(subcommands(WcfFinance.commandLineFor("chek"))).hasSize(all);
        assertThat(WcfFinance.commandLineFor("generate-completion").getSubcommands().get("s251").getSubcommands())
                .hasSize(4);
    }

    @Test
    void s251BuildsOnlyTheSubcommandItRunsAndEverySubcommandForHelp() {
        assertThat(subcommands(WcfFinance.commandLineFor("s251", "lines", "--year", "2012/13").getSubcommands()
                .get("s251"))).containsExactly("lines");
        assertThat(subcommands(WcfFinance.commandLineFor("s251").getSubcommands().get("s251")))
                .containsExactly("check", "benchmark", "statement", "lines");
        assertThat(subcommands(WcfFinance.commandLineFor("s251", "--help").getSubcommands().get("s251"))).hasSize(4);
        assertThat(WcfFinance.run("s251", "--version")).isZero();
    }

    private static List<String> subcommands(CommandLine cl) {
        return List.copyOf(cl.getSubcommands().keySet());
    }
}
