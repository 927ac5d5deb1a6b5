/**
 * Ledger postings summed in pence by key and period in memory that grows with the keys, not the postings;
 * actuals by monitoring line that feed a snapshot forecast, with unmapped postings kept and listed.
 */
package uk.org.wcf.finance.ledger;
