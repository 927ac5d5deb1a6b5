package uk.org.wcf.finance.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import uk.org.wcf.finance.io.Progress;

/**
 * A progress bar on stderr for long reads, shown only when stderr is a terminal (never in a script's pipe, a
 * log or CI), whatever stdout is, so that stderr stays clean for scripts and a bar shows while stdout goes to a file.
 */
final class ProgressBar implements Progress {

    private final PrintStream err;

    private ProgressBar(PrintStream err) {
        this.err = err;
    }

    /** @return a bar when stderr is a terminal, otherwise {@link Progress#NONE} */
    static Progress forTerminal() {
        boolean terminal = stderrIsTerminal() && System.getenv("CI") == null && !"dumb".equals(System.getenv("TERM"));
        return terminal ? new ProgressBar(System.err) : Progress.NONE;
    }

    /**
     * Whether stderr is a terminal: on Linux, what file descriptor 2 links to; elsewhere, whether the JVM has a
     * console (stdin and stdout terminals), the best the JDK can tell.
     */
    static boolean stderrIsTerminal() {
        try {
            return isTerminalDevice(Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /**
     * @param target what a file descriptor links to
     * @return whether that is a terminal device
     */
    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }

    @Override
    public void update(String file, long done, long total) {
        int pct = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
        int filled = pct / 4;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(25 - filled) + "] " + pct + "% " + file);
        if (done >= total) {
            err.print("\r" + " ".repeat(40 + file.length()) + "\r");
        }
        err.flush();
    }
}
