package uk.org.wcf.finance.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jdk.jshell.SourceCodeAnalysis;

/**
 * Splits a cell's source into JShell snippets as the jshell tool reads a script: line by line, each snippet as
 * soon as it is complete, so that two expressions on two lines without semicolons are two snippets. Each snippet
 * keeps the line of the cell it starts on, so that an error can name it.
 */
public final class Snippets {

    /**
     * A complete snippet.
     *
     * @param source the snippet as JShell analysed it, from its first character (a semicolon added where JShell
     *        would add one)
     * @param line the 1-based line of the cell the snippet starts on
     * @param semicolon whether the code as written ends the snippet with a semicolon
     */
    public record Snippet(String source, int line, boolean semicolon) {
        /**
         * @param source not null
         * @param line 1 or more
         */
        public Snippet {
            Objects.requireNonNull(source, "source");
            if (line < 1) {
                throw new IllegalArgumentException("line is " + line + ": lines count from 1");
            }
        }
    }

    /**
     * A cell split into snippets.
     *
     * @param snippets the complete snippets, in order
     * @param incomplete code left at the end that is not a complete snippet (empty when there is none)
     * @param incompleteLine the line the incomplete code starts on (0 when there is none)
     */
    public record Split(List<Snippet> snippets, String incomplete, int incompleteLine) {
        /**
         * Copies the list.
         *
         * @param snippets not null
         * @param incomplete not null
         * @param incompleteLine 0 or more
         */
        public Split {
            snippets = List.copyOf(snippets);
            Objects.requireNonNull(incomplete, "incomplete");
        }
    }

    private Snippets() {
    }

    /**
     * Splits source into snippets.
     *
     * @param analysis JShell's source analysis
     * @param source a cell's code
     * @return the snippets and any incomplete code at the end
     */
    public static Split split(SourceCodeAnalysis analysis, String source) {
        List<Snippet> out = new ArrayList<>();
        StringBuilder buffer = new StringBuilder();
        int lineNo = 0;
        for (String line : source.split("\\R", -1)) {
            lineNo++;
            buffer.append(line).append('\n');
            String pending = buffer.toString();
            while (!pending.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending);
                SourceCodeAnalysis.Completeness c = info.completeness();
                if (c == SourceCodeAnalysis.Completeness.DEFINITELY_INCOMPLETE
                        || c == SourceCodeAnalysis.Completeness.CONSIDERED_INCOMPLETE) {
                    break;
                }
                if (c == SourceCodeAnalysis.Completeness.EMPTY) {
                    pending = "";
                    break;
                }
                out.add(new Snippet(info.source().stripLeading(), startLine(pending, lineNo),
                        info.source().strip().endsWith(";")));
                pending = info.remaining();
            }
            buffer.setLength(0);
            buffer.append(pending);
        }
        String rest = buffer.toString();
        return rest.isBlank() ? new Split(out, "", 0) : new Split(out, rest.strip(), startLine(rest, lineNo));
    }

    /** The line the first non-blank character of {@code pending} is on; {@code pending} ends at line {@code last}. */
    private static int startLine(String pending, int last) {
        int first = last - (int) pending.chars().filter(ch -> ch == '\n').count() + 1;
        int i = 0;
        while (i < pending.length() && Character.isWhitespace(pending.charAt(i))) {
            if (pending.charAt(i) == '\n') {
                first++;
            }
            i++;
        }
        return Math.max(1, first);
    }
}
