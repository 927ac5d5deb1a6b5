/**
 * A monthly cashflow forecast from a budget book: contract receipts, payroll, suppliers and support services
 * paid quarterly, with the opening, closing and average balance.
 */
package uk.org.wcf.finance.cash;
