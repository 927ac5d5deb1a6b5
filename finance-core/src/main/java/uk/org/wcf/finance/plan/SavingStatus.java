package uk.org.wcf.finance.plan;

/**
 * How far a saving has got. Only deliverable savings reduce the plan (Business Plan 2020/21: savings are
 * included only where fully planned and deliverable when agreed).
 */
public enum SavingStatus {
    /** An idea, not yet planned. */
    PROPOSED,
    /** Planned, but not yet shown to be deliverable. */
    PLANNED,
    /** Fully planned and deliverable: included in the plan. */
    DELIVERABLE
}
