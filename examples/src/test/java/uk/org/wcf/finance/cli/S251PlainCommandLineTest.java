package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * {@code s251 check} and {@code s251 benchmark} with a plain command line skip picocli's model; every command line
 * must give the same exit code, stdout, stderr and output file either way, and anything that is not plain must be
 * left to picocli.
 */
class S251PlainCommandLineTest {

    static final Path SAMPLE = Path.of("data", "s251-outturn-1213-sample.csv").toAbsolutePath();

    @TempDir
    Path dir;

    private PlainRoute route() {
        return new PlainRoute(dir.resolve("out.csv"), S251Command::runPlain);
    }

    private String f(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void aPlainCommandLineGivesWhatPicocliGives() throws Exception {
        String s = SAMPLE.toString();
        Files.writeString(dir.resolve("group.csv"), "la\n885\n210\n");
        Files.writeString(dir.resolve("people.csv"), "la,population_0_17\n885,118000\n210,50000\n373,110000\n841,25000\n");
        Files.writeString(dir.resolve("bad.csv"), "LA,LA Name\n");
        List<String[]> plain = new ArrayList<>();
        plain.add(new String[] {"s251", "check", s});
        plain.add(new String[] {"s251", "check", s, "--la", "885", "--format", "csv"});
        plain.add(new String[] {"s251", "check", "--format=csv", "--la=885", s, "--output", f("out.csv")});
        plain.add(new String[] {"s251", "check", s, "--year", "2012/13", "--verbose"});
        plain.add(new String[] {"s251", "check", s, "--year", "2013/14"});
        plain.add(new String[] {"s251", "check", s, "--la", "999"});
        plain.add(new String[] {"s251", "check", f("missing_1213.csv")});
        plain.add(new String[] {"s251", "check", f("bad.csv")});
        plain.add(new String[] {"s251", "check", s, "--output", f("no/where.csv")});
        plain.add(new String[] {"s251", "benchmark", s, "--la", "885", "--line", "15"});
        plain.add(new String[] {"s251", "benchmark", s, "--la", "885", "--line", "Total Children Looked After",
            "--measure", "LEANetRevenueExpenditure", "--format", "csv"});
        plain.add(new String[] {"s251", "benchmark", s, "--la=885", "--line=30", "--measure=OwnProvision"});
        plain.add(new String[] {"s251", "benchmark", s, "--la", "885", "--line", "15", "--group", f("group.csv"),
            "--population", f("people.csv"), "--output", f("out.csv")});
        plain.add(new String[] {"s251", "benchmark", s, "--la", "885", "--line", "15", "--measure", "Nothing"});
        plain.add(new String[] {"s251", "benchmark", s, "--la", "885", "--line", "99"});
        plain.add(new String[] {"s251", "benchmark", s, "--la", "885", "--line", "15", "--group", f("bad.csv")});
        for (String[] args : plain) {
            PlainRoute.Outcome expected = route().viaPicocli(args);
            assertThat(route().viaPlain(args)).as(String.join(" ", args)).isEqualTo(expected);
        }
        assertThat(route().viaPicocli(plain.get(1)).out()).startsWith("# s251 outturn 2012/13");
        assertThat(route().viaPicocli(plain.get(5)).exit()).isEqualTo(2);
        assertThat(route().viaPicocli(plain.get(9)).out()).contains("885 Worcestershire: line 15 Total Children Looked After");
        assertThat(route().viaPicocli(plain.get(12)).output()).contains("per head");
    }

    @Test
    void anyOtherCommandLineIsLeftToPicocli() {
        String s = SAMPLE.toString();
        String[][] others = {
            {}, {"s251"}, {"s251", "check"}, {"s251", "check", "--help"}, {"s251", "check", s, "-h"},
            {"s251", "lines", "--year", "2012/13"}, {"s251", "statement", s}, {"check", s},
            {"s251", "check", s, s}, {"s251", "check", s, "--la"}, {"s251", "check", s, "--la", "885", "--la", "885"},
            {"s251", "check", s, "--format", "CSV"}, {"s251", "check", s, "--format", "xlsx"},
            {"s251", "check", s, "--year", "2012"}, {"s251", "check", s, "--line", "15"}, {"s251", "check", "@args.txt"},
            {"s251", "check", s, "--la", "@x"}, {"s251", "check", s, "--la="}, {"s251", "check", s, "--verbose=true"},
            {"s251", "check", s, "--verbose", "--verbose"}, {"s251", "check", s, "--"}, {"s251", "check", s, "-"},
            {"s251", "check", s, "--output", "bad\0path"},
            {"s251", "benchmark", s, "--la", "885"}, {"s251", "benchmark", s, "--line", "15"},
            {"s251", "benchmark", s, "--la", "885", "--line", "15", "--chart", "x.png"},
            {"s251", "benchmark", s, "--la", "885", "--line", "-1"},
        };
        for (String[] args : others) {
            assertThat(S251Command.runPlain(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())))
                    .as(String.join(" ", args)).isNull();
        }
    }

    @Test
    void s251BuildsOnlyTheSubcommandItRunsAndEverySubcommandForHelp() {
        assertThat(WcfFinance.commandLineFor("s251", "lines", "--year", "2012/13").getSubcommands().get("s251")
                .getSubcommands()).containsOnlyKeys("lines");
        assertThat(WcfFinance.commandLineFor("s251").getSubcommands().get("s251").getSubcommands().keySet())
                .containsExactly("check", "benchmark", "statement", "lines");
        assertThat(WcfFinance.commandLineFor("s251", "--help").getSubcommands().get("s251").getSubcommands())
                .hasSize(4);
        assertThat(WcfFinance.commandLine().getSubcommands().get("s251").getSubcommands()).hasSize(4);
        assertThat(WcfFinance.run("s251", "--version")).isZero();
    }
}
