package uk.org.wcf.finance.monitor;

/** Monitoring reports keep DSG and non-DSG budgets apart. */
public enum Scope {
    /** Dedicated Schools Grant budgets: overspends go to the DSG reserve, not the general fund. */
    DSG,
    /** Every other budget. */
    NON_DSG
}
