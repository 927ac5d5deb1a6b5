/**
 * In-year monitoring: snapshots of budget, forecast and named adjustments by period, and the report with the
 * published columns, variance last period taken from the previous snapshot. DSG and non-DSG are reported apart.
 */
package uk.org.wcf.finance.monitor;
