package uk.org.wcf.finance.io;

import java.util.List;
import java.util.Objects;

import uk.org.wcf.finance.io.internal.Problems;

/**
 * What a reader read: the good values and every problem found, together. The caller decides whether to stop;
 * {@link #orThrow()} is the usual choice for a program that needs a clean file.
 *
 * @param values the values read from good rows
 * @param problems the problems found, in file order
 * @param <T> the value type
 */
public record ReadResult<T>(T values, List<Problem> problems) {

    /**
     * Copies the problems, summed up as every reader sums them up: a run of one cause on consecutive lines is one
     * problem, and the first 1,000 are listed, then a count of the rest.
     *
     * @param values not null
     * @param problems the problems
     */
    public ReadResult {
        Objects.requireNonNull(values, "values");
        problems = List.copyOf(Problems.summarised(problems));
    }

    /** @return true when the file had no problems */
    public boolean isClean() {
        return problems.isEmpty();
    }

    /**
     * @return the values, when there were no problems
     * @throws InvalidInputException listing every problem otherwise
     */
    public T orThrow() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return values;
    }
}
