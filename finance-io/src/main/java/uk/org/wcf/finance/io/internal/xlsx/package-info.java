/**
 * Plumbing of the XLSX writer (not exported): the package parts that do not depend on the sheets
 * ({@code SpreadsheetPackage}), and the arithmetic of a spreadsheet's formula evaluator, which gives the cached
 * results the writer stores beside each formula ({@code SheetArithmetic}).
 */
package uk.org.wcf.finance.io.internal.xlsx;
