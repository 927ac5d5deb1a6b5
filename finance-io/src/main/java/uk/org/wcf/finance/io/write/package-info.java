/**
 * The writers the formats share, which a service may call for its own output: CSV cells and tables ({@code Csv}),
 * YAML and JSON ({@code StructuredWriter}), XLSX with totals as formulas ({@code XlsxWriter}), a printable HTML page
 * ({@code HtmlReport}) and {@code AtomicFiles}, which replaces a file whole or not at all.
 */
package uk.org.wcf.finance.io.write;
