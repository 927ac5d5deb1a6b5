package uk.org.wcf.finance.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import uk.org.wcf.finance.io.internal.Problems;

/**
 * What a reader read: the value and every problem found, together; the one result shape of every reader in this
 * module. The value is present exactly when no problem stopped the read: a reader of rows keeps the good rows (and
 * lists the bad ones as problems), a reader of one document has no value when the document has a problem. The
 * caller decides whether to stop; {@link #orThrow()} is the usual choice for a program that needs a clean file.
 *
 * @param value what was read; empty when a problem stopped the read
 * @param problems the problems found, in file order
 * @param <T> the value type
 */
public record ReadResult<T>(Optional<T> value, List<Problem> problems) {

    /**
     * Copies the problems, summed up as every reader sums them up: a run of one cause on consecutive lines is one
     * problem, and the first 1,000 are listed, then a count of the rest.
     *
     * @param value what was read, or empty when a problem stopped the read
     * @param problems the problems; at least one when there is no value
     * @throws IllegalArgumentException for a result with neither a value nor a problem that says why
     */
    public ReadResult {
        Objects.requireNonNull(value, "value");
        problems = List.copyOf(Problems.summarised(problems));
        if (value.isEmpty() && problems.isEmpty()) {
            throw new IllegalArgumentException("a read without a value must name the problem that stopped it");
        }
    }

    /**
     * @param value what was read
     * @param problems the problems found beside it (rows left out), in file order
     * @param <T> the value type
     * @return a result with a value
     */
    public static <T> ReadResult<T> of(T value, List<Problem> problems) {
        return new ReadResult<>(Optional.of(value), problems);
    }

    /**
     * @param problems the problems that stopped the read, at least one
     * @param <T> the value type
     * @return a result without a value
     */
    public static <T> ReadResult<T> failed(List<Problem> problems) {
        return new ReadResult<>(Optional.empty(), problems);
    }

    /** @return true when the file had no problems */
    public boolean isClean() {
        return problems.isEmpty();
    }

    /**
     * @return the value, when there were no problems
     * @throws InvalidInputException listing every problem otherwise
     */
    public T orThrow() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return value.orElseThrow();
    }
}
