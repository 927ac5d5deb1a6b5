package uk.org.wcf.finance.io;

import java.util.List;
import java.util.stream.Collectors;

import uk.org.wcf.finance.io.internal.Problems;

/**
 * An input file broke the rules. The message lists every problem, one per line, each with file, line, column
 * and rule; {@link #problems()} has them as data.
 */
public class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The problems, in file order. */
    private final transient List<Problem> problems;

    /**
     * @param problems at least one problem; summed up as the readers sum them up (one line per cause, capped)
     */
    public InvalidInputException(List<Problem> problems) {
        super(Problems.summarised(problems).stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(Problems.summarised(problems));
    }

    /**
     * @param problem the problem
     */
    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    /** @return the problems */
    public List<Problem> problems() {
        return problems;
    }
}
