package uk.org.wcf.finance.jupyter;

import java.util.List;

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
}
