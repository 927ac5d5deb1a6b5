package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine;

/**
 * Runs a command line through picocli and through a command's plain route ({@link PlainCommandLine}), and captures
 * what each left behind, so that a test can require the two to agree: exit code, stdout, stderr and the output file.
 */
final class PlainRoute {

    /** A command's plain route: its exit code, or null when the command line is not plain. */
    interface Runner {
        Integer run(String[] args, PrintWriter out, PrintWriter err);
    }

    /** What a run left behind; the frames of a --verbose stack trace are dropped, as they name the caller. */
    record Outcome(int exit, String out, String err, String output) {
        Outcome {
            err = err.replaceAll("(?m)^\\s+(at |\\.\\.\\. \\d+ more).*\\R", "");
        }
    }

    private final Path output;
    private final Runner plain;

    /**
     * @param output the output file the command lines name (read, then deleted, after each run)
     * @param plain the command's plain route
     */
    PlainRoute(Path output, Runner plain) {
        this.output = output;
        this.plain = plain;
    }

    Outcome viaPicocli(String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = WcfFinance.commandLineFor(args);
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(out, true));
        int exit = cl.execute(args);
        return new Outcome(exit, out.toString(), err.toString(), takeOutput());
    }

    Outcome viaPlain(String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Integer exit = plain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(exit).as("plain: " + String.join(" ", args)).isNotNull();
        return new Outcome(exit, out.toString(), err.toString(), takeOutput());
    }

    private String takeOutput() throws IOException {
        String text = Files.exists(output) ? Files.readString(output) : "(none)";
        Files.deleteIfExists(output);
        return text;
    }
}
