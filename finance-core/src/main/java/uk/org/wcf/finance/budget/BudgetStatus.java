package uk.org.wcf.finance.budget;

/** How firm a year's budget is. */
public enum BudgetStatus {
    /** Agreed by the board and the council's cabinet (2020/21 in the Business Plan). */
    AGREED,
    /** Indicative, pending national spending reviews (2021/22 and 2022/23). */
    INDICATIVE
}
