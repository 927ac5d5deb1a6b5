/**
 * Plumbing of the XLSX writer (not exported): the arithmetic of a spreadsheet's formula evaluator, which gives
 * the cached results the writer stores beside each formula.
 */
package uk.org.wcf.finance.io.internal.xlsx;
