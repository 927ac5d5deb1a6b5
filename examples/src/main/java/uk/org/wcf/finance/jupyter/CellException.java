package uk.org.wcf.finance.jupyter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.UnresolvedReferenceException;

import uk.org.wcf.finance.notebook.Snippets;

/**
 * A cell that failed: it did not compile, threw, or ended with incomplete code. The message names the line of
 * the cell; the detail lines are the Jupyter traceback.
 */
final class CellException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> detail;

    /**
     * @param message what failed and where (the line of the cell)
     * @param detail the traceback lines
     */
    CellException(String message, List<String> detail) {
        super(message);
        this.detail = List.copyOf(detail);
    }

    /** @return the traceback lines */
    List<String> detail() {
        return detail;
    }

    /** A snippet that does not compile: each diagnostic with its line of the cell. */
    static CellException rejected(JShell js, Snippets.Snippet s, Snippet snippet) {
        List<String> lines = new ArrayList<>();
        String first = null;
        for (Diag d : js.diagnostics(snippet).toList()) {
            int at = (int) Math.max(0, Math.min(d.getStartPosition(), s.source().length()));
            int line = s.line() + (int) s.source().substring(0, at).chars().filter(ch -> ch == '\n').count();
            String message = d.getMessage(Locale.UK);
            if (first == null) {
                first = "line " + line + " of the cell does not compile: " + message.lines().findFirst().orElse("");
            }
            lines.add("line " + line + ": " + lineOf(s.source(), at));
            message.lines().forEach(l -> lines.add("    " + l));
        }
        if (first == null) {
            first = "line " + s.line() + " of the cell does not compile";
            lines.add("line " + s.line() + ": " + firstLine(s.source()));
        }
        return new CellException(first, lines);
    }

    /** A snippet that threw: the exception, the line of the cell it was thrown from, and its frames outside JShell. */
    static CellException thrown(Snippets.Snippet s, Snippet snippet, JShellException ex) {
        String cls = ex instanceof EvalException ee ? ee.getExceptionClassName()
                : ex instanceof UnresolvedReferenceException ? "unresolved reference" : ex.getClass().getName();
        int line = s.line();
        // frames of the snippet's own code carry its id as their file name and a line within the snippet
        for (StackTraceElement f : ex.getStackTrace()) {
            if (("#" + snippet.id()).equals(f.getFileName()) && f.getLineNumber() > 0) {
                line = s.line() + f.getLineNumber() - 1;
                break;
            }
        }
        String what = cls + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
        List<String> lines = new ArrayList<>();
        lines.add("line " + line + ": " + lineOf(s.source(), offsetOfLine(s.source(), line - s.line())));
        lines.add(what);
        for (StackTraceElement f : ex.getStackTrace()) {
            String c = f.getClassName();
            if (c.startsWith("jdk.jshell.") || c.startsWith("jdk.internal.") || c.startsWith("java.lang.reflect.")
                    || c.startsWith(ValueCapture.class.getName())) {
                continue;
            }
            lines.add(f.getFileName() != null && f.getFileName().startsWith("#")
                    ? "    at the cell, line " + (s.line() + f.getLineNumber() - 1) : "    at " + f);
        }
        return new CellException(what + " (line " + line + " of the cell)", lines);
    }

    private static int offsetOfLine(String text, int lineIndex) {
        int at = 0;
        for (int i = 0; i < lineIndex && at >= 0; i++) {
            at = text.indexOf('\n', at) + 1;
        }
        return Math.max(0, at);
    }

    private static String lineOf(String text, int at) {
        int start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        if (at == 0) {
            start = 0;
        }
        int end = text.indexOf('\n', start);
        return (end < 0 ? text.substring(start) : text.substring(start, end)).strip();
    }

    /** @return the first line of a text, stripped */
    static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("");
    }
}
