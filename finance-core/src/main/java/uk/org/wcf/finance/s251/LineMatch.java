package uk.org.wcf.finance.s251;

import java.util.Objects;
import java.util.Optional;

import uk.org.wcf.finance.time.FiscalYear;

/**
 * A line of one year matched by meaning to a line of another year, shown so that a reader can see every match.
 *
 * @param from the year matched from
 * @param line the line in that year
 * @param to the year matched to
 * @param match the line with the same meaning in that year, or empty when it has none
 */
public record LineMatch(FiscalYear from, S251Line line, FiscalYear to, Optional<S251Line> match) {

    /**
     * @param from not null
     * @param line not null
     * @param to not null
     * @param match not null
     */
    public LineMatch {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(match, "match");
    }

    /** @return true when the line has a match under another number */
    public boolean moved() {
        return match.isPresent() && match.get().number() != line.number();
    }

    /** @return {@code 2012/13 line 15 "Total Children Looked After" is 2013/14 line 16} */
    @Override
    public String toString() {
        return from + " line " + line.number() + " \"" + line.description() + "\" "
                + match.map(m -> "is " + to + " line " + m.number() + (moved() ? " (moved)" : ""))
                        .orElse("has no line in " + to);
    }
}
