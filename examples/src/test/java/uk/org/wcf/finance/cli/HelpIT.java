package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every registered command's {@code --help}, as a user sees it at 80 columns: no picocli warning, no line longer
 * than 80, no word or path cut across lines, and a summary that is a whole sentence (as the top-level command list
 * shows it). The commands come from the tool's own list, so a new command is covered when it is added.
 */
class HelpIT {

    private static final int WIDTH = 80;

    @TempDir
    Path dir;

    static Map<String, CommandLine> commands() {
        return WcfFinance.commandLine().getSubcommands();
    }

    @Test
    void everyCommandsHelpReadsWellAt80Columns() throws Exception {
        assertThat(commands()).isNotEmpty();
        assertHelpReadsWell(WcfFinance.commandLine().getCommandSpec(), List.of("--help"));
        for (var e : commands().entrySet()) {
            assertHelpReadsWell(e.getValue().getCommandSpec(), List.of(e.getKey(), "--help"));
        }
    }

    @Test
    void theCommandListShowsEachSummaryWhole() throws Exception {
        Cli.Run top = Cli.run(dir, "--help");
        assertThat(top.exit()).isZero();
        String joined = top.out().replaceAll("\\s+", " ");
        for (var e : commands().entrySet()) {
            String[] d = e.getValue().getCommandSpec().usageMessage().description();
            String summary = e.getValue().getCommandSpec().usageMessage().header().length > 0
                    ? e.getValue().getCommandSpec().usageMessage().header()[0] : d.length > 0 ? d[0] : "";
            summary = summary.replace("%%", "%");
            assertThat(summary).as("%s: a summary", e.getKey()).isNotBlank();
            assertThat(summary).as("%s: the summary is a whole sentence", e.getKey()).matches("[A-Z].*[.]$");
            assertThat(joined).as("%s: the command list shows the whole summary", e.getKey()).contains(e.getKey() + " " + summary);
        }
    }

    @Test
    void everySubcommandsHelpReadsWellAndItsCommandListShowsEachSummaryWhole() throws Exception {
        int n = 0;
        for (var e : commands().entrySet()) {
            if (e.getValue().getSubcommands().isEmpty()) {
                continue;
            }
            Cli.Run parent = Cli.run(dir, e.getKey(), "--help");
            String joined = parent.out().replaceAll("\\s+", " ");
            for (var sub : e.getValue().getSubcommands().entrySet()) {
                if (sub.getKey().equals("help")) {
                    continue;
                }
                var usage = sub.getValue().getCommandSpec().usageMessage();
                String summary = (usage.header().length > 0 ? usage.header()[0] : usage.description()[0]).replace("%%", "%");
                String name = e.getKey() + " " + sub.getKey();
                assertThat(summary).as("%s: the summary is a whole sentence", name).matches("[A-Z].*[.]$");
                assertThat(joined).as("%s: the command list shows the whole summary", name).contains(sub.getKey() + " " + summary);
                assertHelpReadsWell(sub.getValue().getCommandSpec(), List.of(e.getKey(), sub.getKey(), "--help"));
                n++;
            }
        }
        assertThat(n).as("subcommands checked").isGreaterThanOrEqualTo(12);
    }

    private void assertHelpReadsWell(CommandSpec spec, List<String> args) throws Exception {
        Cli.Run r = Cli.run(dir, args.toArray(String[]::new));
        String name = String.join(" ", args);
        assertThat(r.exit()).as(name).isZero();
        assertThat(r.out() + r.err()).as(name).doesNotContain("picocli WARN").doesNotContain("%n");
        List<String> lines = r.out().lines().toList();
        for (String line : lines) {
            assertThat(line.length()).as("%s: line longer than %d: %s", name, WIDTH, line).isLessThanOrEqualTo(WIDTH);
        }
        // every word the help is written with appears whole on one line: none is cut across two
        List<String> texts = new ArrayList<>();
        texts.addAll(Arrays.asList(spec.usageMessage().description()));
        texts.addAll(Arrays.asList(spec.usageMessage().footer()));
        for (OptionSpec o : spec.options()) {
            texts.addAll(Arrays.asList(o.description()));
        }
        for (String text : texts) {
            for (String word : text.replace("%%", "%").split("\\s+")) {
                if (word.isEmpty() || word.contains("${")) {
                    continue;
                }
                assertThat(lines).as("%s: '%s' is cut across lines", name, word).anyMatch(l -> l.contains(word));
            }
        }
    }
}
