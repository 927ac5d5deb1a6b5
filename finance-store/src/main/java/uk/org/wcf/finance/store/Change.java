package uk.org.wcf.finance.store;

import java.util.OptionalLong;

import uk.org.wcf.finance.money.FinanceRuleException;

/**
 * Who makes a change to the store, and optionally the year's revision the change was worked out from: a write
 * whose expected revision is no longer the year's is refused as stale, naming what changed and when.
 *
 * @param by who makes the change (a user or service name; never a credential)
 * @param expectedRevision the year's revision the caller read, or empty to take the current one
 */
public record Change(String by, OptionalLong expectedRevision) {

    /**
     * Validates the change.
     *
     * @param by not blank
     * @param expectedRevision not null
     */
    public Change {
        if (by == null || by.isBlank()) {
            throw new FinanceRuleException("change author", "'" + by + "'", "every change names who made it");
        }
        by = by.strip();
        expectedRevision = expectedRevision == null ? OptionalLong.empty() : expectedRevision;
    }

    /**
     * @param by who makes the change
     * @return a change on the year's current revision
     */
    public static Change by(String by) {
        return new Change(by, OptionalLong.empty());
    }

    /**
     * @param revision the year's revision this change was worked out from
     * @return a copy that is refused when the year has moved on since
     */
    public Change expecting(long revision) {
        return new Change(by, OptionalLong.of(revision));
    }
}
