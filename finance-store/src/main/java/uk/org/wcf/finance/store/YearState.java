package uk.org.wcf.finance.store;

import java.time.Instant;
import java.util.Objects;

import uk.org.wcf.finance.time.FiscalYear;

/**
 * A year's state in the store: its revision (one more for every write), the last change, and whether it is
 * closed.
 *
 * @param year the year
 * @param revision the number of writes so far
 * @param lastChange what the last write did
 * @param changedBy who made it
 * @param changedAt when
 * @param closed true once the year is closed into the next
 */
public record YearState(FiscalYear year, long revision, String lastChange, String changedBy, Instant changedAt,
        boolean closed) {

    /**
     * Validates the state.
     *
     * @param year not null
     * @param revision not negative
     * @param lastChange not null
     * @param changedBy not null
     * @param changedAt not null
     * @param closed closed or open
     */
    public YearState {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(lastChange, "lastChange");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
        if (revision < 0) {
            throw new IllegalArgumentException("revision " + revision + " is negative");
        }
    }
}
