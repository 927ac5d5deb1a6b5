/**
 * Forecast returns from budget holders: the packs a period sends out (each line's budget, actuals to date, last
 * period's forecast and a suggested outturn by a named method), and the period's snapshot collected from what comes
 * back, every figure with its trail and every line a holder did not forecast defaulted to its suggested outturn.
 */
package uk.org.wcf.finance.returns;
