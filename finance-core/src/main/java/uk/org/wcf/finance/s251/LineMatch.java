package uk.org.wcf.finance.s251;

import java.util.Objects;
import java.util.Optional;

import uk.org.wcf.finance.time.FiscalYear;

/**
 * A line of one year matched by meaning to a line of another year, shown so that a reader can see every match and
 * how it was made.
 *
 * @param from the year matched from
 * @param line the line in that year
 * @param to the year matched to
 * @param match the line with the same meaning in that year, or empty when it has none
 * @param by how the match was made ({@link By#NONE} exactly when there is no match)
 */
public record LineMatch(FiscalYear from, S251Line line, FiscalYear to, Optional<S251Line> match, By by) {

    /** How a line was matched to its line in the other year. */
    public enum By {
        /** The same number and the same description (by meaning: case, spaces and punctuation aside). */
        NUMBER_AND_DESCRIPTION("number and description"),
        /** The same description under another number. */
        DESCRIPTION("description"),
        /**
         * A description that shares the words of the shorter one (at least three in four, plurals and possessives
         * aside), of a line of the same kind in the same section, each the other's closest: DfE rewords lines
         * between years ("Other early years funding" became "Other early years expenditure").
         */
        SIMILAR_DESCRIPTION("similar description"),
        /** No line of the other year has the meaning. */
        NONE("none");

        private final String word;

        By(String word) {
            this.word = word;
        }

        /** @return {@code number and description}, {@code description}, {@code similar description} or {@code none} */
        public String word() {
            return word;
        }
    }

    /**
     * @param from not null
     * @param line not null
     * @param to not null
     * @param match not null
     * @param by not null; {@link By#NONE} exactly when match is empty, {@link By#NUMBER_AND_DESCRIPTION} only for a
     *     match with the same number
     */
    public LineMatch {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(by, "by");
        if (match.isEmpty() != (by == By.NONE)) {
            throw new IllegalArgumentException("a line matched " + by.word() + " needs a match, and only such a line");
        }
        if (by == By.NUMBER_AND_DESCRIPTION && match.get().number() != line.number()) {
            throw new IllegalArgumentException("line " + line.number() + " matched by number to line " + match.get().number());
        }
    }

    /** @return true when the line has a match under another number */
    public boolean moved() {
        return match.isPresent() && match.get().number() != line.number();
    }

    /** @return {@code 2012/13 line 15 "Total Children Looked After" is 2013/14 line 16 (moved; by description)} */
    @Override
    public String toString() {
        return from + " line " + line.number() + " \"" + line.description() + "\" "
                + match.map(m -> "is " + to + " line " + m.number() + " (" + (moved() ? "moved; " : "") + "by "
                        + by.word() + ")").orElse("has no line in " + to);
    }
}
