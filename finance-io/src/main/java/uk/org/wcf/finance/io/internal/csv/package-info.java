/**
 * The CSV reader every CSV format is built on (not exported): strict UTF-8, RFC 4180 quoting, columns found by
 * name, each problem at its line and column; and the one grammar for amounts and dates in a cell.
 */
package uk.org.wcf.finance.io.internal.csv;
