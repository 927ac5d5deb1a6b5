/**
 * The formats a user calls: one class per kind of file (budget books, snapshots, plans, ledgers, KPIs, s251
 * returns...), each reading into a {@link uk.org.wcf.finance.io.ReadResult} of values and
 * {@link uk.org.wcf.finance.io.Problem}s (file, line, column, rule) and writing what it reads.
 */
package uk.org.wcf.finance.io;
