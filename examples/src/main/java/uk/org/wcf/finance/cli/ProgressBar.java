package uk.org.wcf.finance.cli;

import java.io.PrintStream;

import uk.org.wcf.finance.io.Progress;

/**
 * A progress bar on stderr for long reads, shown only when the tool runs in a terminal (never in a script's
 * pipe, a log or CI) so that stderr stays clean for scripts.
 */
final class ProgressBar implements Progress {

    private final PrintStream err;

    private ProgressBar(PrintStream err) {
        this.err = err;
    }

    /** @return a bar when stderr is likely a terminal, otherwise {@link Progress#NONE} */
    static Progress forTerminal() {
        boolean terminal = System.console() != null && System.getenv("CI") == null
                && !"dumb".equals(System.getenv("TERM"));
        return terminal ? new ProgressBar(System.err) : Progress.NONE;
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
