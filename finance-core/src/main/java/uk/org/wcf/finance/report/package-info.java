/**
 * Tables of exact figures with the identities their totals obey, rounded once for display, compared with the
 * published tables so that every difference is listed with its size and cause.
 */
package uk.org.wcf.finance.report;
