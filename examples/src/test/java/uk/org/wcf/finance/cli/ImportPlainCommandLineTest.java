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
 * {@code import} with a plain command line skips picocli's model, as {@code actuals} does; every command line must
 * give the same exit code, stdout, stderr and output file either way, and anything else (--columns, --where,
 * --in-period, help) must be left to picocli.
 */
class ImportPlainCommandLineTest {

    @TempDir
    Path dir;

    private PlainRoute route() {
        return new PlainRoute(dir.resolve("out.json"), ImportCommand::runPlain);
    }

    private String f(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void aPlainCommandLineGivesWhatPicocliGives() throws Exception {
        Files.writeString(dir.resolve("gl.csv"), "date,cost_centre,subjective,amount,memo\n2020-04-02,cc2,E1,10.10,x\n"
                + "2020-06-01,cc1,E1,5,y\n2020-06-03,cc9,E7,2.50,z\n");
        Files.writeString(dir.resolve("bad.csv"), "date,cost_centre,subjective,amount\n2020-04-02,cc2,E1,ten\n");
        Files.writeString(dir.resolve("map.csv"), "cost_centre,code,line\ncc1,*,One\ncc2,E1,Two\ncc3,*,Three\n");
        Files.createDirectory(dir.resolve("folder"));
        List<String[]> plain = new ArrayList<>();
        plain.add(new String[] {"import", "--ledger", f("gl.csv"), "--mapping", f("map.csv"), "--output", f("out.json")});
        plain.add(new String[] {"import", "--output=" + f("out.json"), "--mapping=" + f("map.csv"), "--ledger=" + f("gl.csv"),
            "--year", "2020/21", "--date-format", "yyyy-mm-dd"});
        plain.add(new String[] {"import", "--verbose", "--ledger", f("gl.csv"), "--mapping", f("map.csv"), "--output",
            f("out.json"), "--year=2021/22"});
        plain.add(new String[] {"import", "--ledger", f("bad.csv"), "--mapping", f("map.csv"), "--output", f("out.json")});
        plain.add(new String[] {"import", "--ledger", f("gl.csv"), "--mapping", f("missing.csv"), "--output", f("out.json")});
        plain.add(new String[] {"import", "--ledger", f("gl.csv"), "--mapping", f("map.csv"), "--output", f("out.txt")});
        plain.add(new String[] {"import", "--ledger", f("gl.csv"), "--mapping", f("map.csv"), "--output", f("folder")});
        for (String[] args : plain) {
            PlainRoute.Outcome expected = route().viaPicocli(args);
            assertThat(route().viaPlain(args)).as(String.join(" ", args)).isEqualTo(expected);
        }
        PlainRoute.Outcome first = route().viaPicocli(plain.get(0));
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("imported 2020/21: 2 lines").contains("cc9, E7, 1, 2.50");
        assertThat(first.err()).contains("cost centre cc3 with code * matches no posting").doesNotContain("Exception");
        assertThat(route().viaPicocli(plain.get(3)).err()).contains("bad.csv, line 2, column 4 (amount)");
    }

    @Test
    void anyOtherCommandLineIsLeftToPicocli() {
        String gl = f("gl.csv");
        String[][] others = {
            {}, {"import"}, {"actuals"}, {"import", "--help"}, {"import", "--version"},
            {"import", "--ledger", gl, "--mapping", gl},
            {"import", "--ledger", gl, "--mapping", gl, "--output", gl, "--where", "Type=Revenue"},
            {"import", "--ledger", gl, "--mapping", gl, "--output", gl, "--columns", "date=Paid Date"},
            {"import", "--ledger", gl, "--mapping", gl, "--output", gl, "--in-period", "P3", "--year", "2020/21"},
            {"import", "--ledger", gl, "--ledger", gl, "--mapping", gl, "--output", gl},
            {"import", "--ledger", gl, "--mapping", gl, "--output", gl, "--year", "2020"},
            {"import", "@args.txt"},
        };
        for (String[] args : others) {
            assertThat(ImportCommand.runPlain(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())))
                    .as(String.join(" ", args)).isNull();
        }
    }
}
