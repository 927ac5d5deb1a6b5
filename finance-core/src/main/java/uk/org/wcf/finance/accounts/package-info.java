/**
 * The company accounts: profit and loss, balance sheet, retained earnings rolling forward, profit margin and
 * corporation tax on a surplus at a rate setting.
 */
package uk.org.wcf.finance.accounts;
