package uk.org.wcf.finance.store;

/**
 * A write worked out from a revision of the year that another process has since changed: refused, so that no
 * write is lost, with what changed, who changed it and when.
 */
public final class StaleWriteException extends StoreException {

    private static final long serialVersionUID = 1L;

    /**
     * @param year the year
     * @param expected the revision the write was worked out from
     * @param now the year's state now
     */
    public StaleWriteException(String year, long expected, YearState now) {
        super("year " + year, "at revision " + now.revision() + " (" + now.lastChange() + " by " + now.changedBy()
                + " at " + now.changedAt() + "), not " + expected,
                "a write worked out from an older revision is refused so that no change is lost; read it again and retry");
    }
}
