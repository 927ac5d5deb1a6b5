/**
 * The streaming ledger reader (not exported): a million postings read from bytes in bounded memory, cost centres
 * and codes interned, every problem collected; {@code LedgerImport} and {@code BudgetVsActualFiles} call it.
 */
package uk.org.wcf.finance.io.internal.ledger;
