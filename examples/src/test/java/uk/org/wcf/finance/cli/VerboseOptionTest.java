package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * A stack trace follows an error's one line only when the failing command was given {@code --verbose}: the error
 * handler reads the option from the command's mixin, not from the raw arguments, so a value that merely reads
 * "--verbose" (a file named so, after {@code --}) asks for nothing.
 */
class VerboseOptionTest {

    /** stderr of a run. */
    private static String err(String... args) {
        CommandLine cl = WcfFinance.commandLineFor(args);
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        assertThat(cl.execute(args)).as(String.join(" ", args)).isEqualTo(WcfFinance.BAD_INPUT);
        return err.toString();
    }

    @Test
    void verboseGivenPrintsTheStackTraceAfterTheLine() {
        String err = err("s251", "check", "no-such-file.csv", "--verbose");
        assertThat(err).startsWith("wcf-finance: ").contains("\tat ");
    }

    @Test
    void verboseOfAMixinInsideAMixinCounts() {
        // budget's --verbose comes with the Output mixin, which has VerboseOption as its own mixin
        assertThat(err("budget", "--year", "1999/00", "--verbose")).contains("\tat ");
        assertThat(err("budget", "--year", "1999/00")).doesNotContain("\tat ");
    }

    @Test
    void aValueThatReadsVerboseIsNotTheOption() {
        // after "--" the text is the FILE parameter; searching the raw arguments took it for the option
        String err = err("s251", "check", "--", "--verbose");
        assertThat(err).startsWith("wcf-finance: ").doesNotContain("\tat ");
    }
}
