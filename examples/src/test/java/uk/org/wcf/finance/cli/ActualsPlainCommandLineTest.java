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

import picocli.CommandLine;

/**
 * {@code actuals} with a plain command line skips picocli's model; every command line must give the same exit
 * code, stderr and output file either way, and anything that is not plain must be left to picocli.
 */
class ActualsPlainCommandLineTest {

    @TempDir
    Path dir;

    /** What a run left behind; the frames of a --verbose stack trace are dropped, as they name the caller. */
    private record Outcome(int exit, String err, String output) {
        Outcome {
            err = err.replaceAll("(?m)^\\s+(at |\\.\\.\\. \\d+ more).*\\R", "");
        }
    }

    private Outcome viaPicocli(String... args) throws Exception {
        StringWriter err = new StringWriter();
        CommandLine cl = WcfFinance.commandLineFor(args);
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        int exit = cl.execute(args);
        return new Outcome(exit, err.toString(), takeOutput());
    }

    private Outcome viaPlain(String... args) throws Exception {
        StringWriter err = new StringWriter();
        Integer exit = ActualsCommand.runPlain(args, new PrintWriter(err, true));
        assertThat(exit).as("plain: " + String.join(" ", args)).isNotNull();
        return new Outcome(exit, err.toString(), takeOutput());
    }

    private String takeOutput() throws Exception {
        Path out = dir.resolve("out.csv");
        String text = Files.exists(out) ? Files.readString(out) : "(none)";
        Files.deleteIfExists(out);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file is left")
                    .allMatch(n -> n.endsWith(".csv") || n.equals("folder"));
        }
        return text;
    }

    private String f(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void aPlainCommandLineGivesWhatPicocliGives() throws Exception {
        Files.writeString(dir.resolve("gl.csv"), "date,cost_centre,subjective,amount\n2020-04-02,cc2,E1,10.10\n2020-06-01,cc1,E1,5\n");
        Files.writeString(dir.resolve("bad.csv"), "date,cost_centre,subjective,amount\n2020-04-02,cc2,E1,ten\n2021-04-01,cc2,E1,1\n");
        Files.writeString(dir.resolve("budget.csv"), "cost_centre,month,budget\ncc2,2020-04-01,12.00\ncc3,2020-05-01,1.00\n");
        Files.createDirectory(dir.resolve("folder"));
        List<String[]> plain = new ArrayList<>();
        plain.add(new String[] {"actuals", "--gl", f("gl.csv"), "--budget", f("budget.csv"), "--output", f("out.csv")});
        plain.add(new String[] {"actuals", "--output=" + f("out.csv"), "--budget=" + f("budget.csv"), "--gl=" + f("gl.csv")});
        plain.add(new String[] {"actuals", "--gl", f("gl.csv"), "--budget", f("budget.csv"), "--output", f("out.csv"), "--year", "2020/21"});
        plain.add(new String[] {"actuals", "--verbose", "--gl", f("gl.csv"), "--budget", f("budget.csv"), "--output", f("out.csv"),
            "--year=2021/22"});
        plain.add(new String[] {"actuals", "--gl", f("bad.csv"), "--budget", f("budget.csv"), "--output", f("out.csv")});
        plain.add(new String[] {"actuals", "--gl", f("missing.csv"), "--budget", f("budget.csv"), "--output", f("out.csv")});
        plain.add(new String[] {"actuals", "--gl", f("gl.csv"), "--budget", f("budget.csv"), "--output", f("folder")});
        plain.add(new String[] {"actuals", "--gl", f("gl.csv"), "--budget", f("budget.csv"), "--output", f("no/where.csv")});
        for (String[] args : plain) {
            Outcome expected = viaPicocli(args);
            assertThat(viaPlain(args)).as(String.join(" ", args)).isEqualTo(expected);
        }
        assertThat(viaPicocli(plain.get(0)).output()).isEqualTo("""
                cost_centre,month,budget,actual,variance
                cc1,2020-06,0.00,5.00,5.00
                cc2,2020-04,12.00,10.10,-1.90
                cc3,2020-05,1.00,0.00,-1.00
                """);
        assertThat(viaPicocli(plain.get(4)).err()).contains("bad.csv, line 2, column 4 (amount)").contains("bad.csv, line 3, column 1 (date)");
        assertThat(viaPicocli(plain.get(3))).satisfies(o -> assertThat(o.exit()).isEqualTo(2))
                .satisfies(o -> assertThat(o.err()).contains("is outside 2021/22"));
    }

    @Test
    void anyOtherCommandLineIsLeftToPicocli() {
        String gl = f("gl.csv");
        String[][] others = {
            {}, {"check"}, {"actuals"}, {"actuals", "--help"}, {"actuals", "-h"}, {"actuals", "--version"},
            {"actuals", "--gl", gl, "--budget", gl},
            {"actuals", "--gl", gl, "--budget", gl, "--output"},
            {"actuals", "--gl", gl, "--gl", gl, "--budget", gl, "--output", gl},
            {"actuals", "--gl", gl, "--budget", gl, "--output", gl, "extra"},
            {"actuals", "--gl", gl, "--budget", gl, "--output", "--year"},
            {"actuals", "--gl", gl, "--budget", gl, "--output", gl, "--year", "2020"},
            {"actuals", "--gl", gl, "--budget", gl, "--output", gl, "--verbose", "--verbose"},
            {"actuals", "--gl", gl, "--budget", gl, "--output", gl, "--verbose=true"},
            {"actuals", "--gl", "@args.txt", "--budget", gl, "--output", gl},
            {"actuals", "@args.txt"},
            {"actuals", "--gl", gl, "--budget", gl, "--output", "bad\0path"},
            {"actuals", "--GL", gl, "--budget", gl, "--output", gl},
            {"actuals", "--gl", gl, "--budget", gl, "--output", gl, "--"},
        };
        for (String[] args : others) {
            assertThat(ActualsCommand.runPlain(args, new PrintWriter(new StringWriter()))).as(String.join(" ", args)).isNull();
        }
    }
}
