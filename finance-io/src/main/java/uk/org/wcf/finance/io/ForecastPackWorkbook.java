package uk.org.wcf.finance.io;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joda.money.BigMoney;
import org.joda.money.Money;

import uk.org.wcf.finance.io.internal.csv.AmountSyntax;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.returns.Pack;
import uk.org.wcf.finance.returns.PackLine;
import uk.org.wcf.finance.returns.Returns;
import uk.org.wcf.finance.time.FiscalPeriod;

// Over 400 lines: it writes a pack and reads a return of it, and the two share one layout (rows, columns,
// the record sheet, the checksum): every check on a return is the pack's layout read back.
/**
 * A forecast pack as an XLSX workbook, and a budget holder's return read back as untrusted input.
 *
 * <p><b>Layout.</b> Sheet {@value #SHEET}: a title (row 1), the method of the suggested outturns (row 2), what to
 * do (row 3), the headings in row {@value #HEAD_ROW} ({@link #HEADINGS}), then one row per line: the line, its
 * service, the annual budget, actuals to date, last period's forecast (blank without a previous snapshot), the
 * suggested outturn and the method that made it (all locked), the holder's forecast (column H) and a comment
 * (column I), the only unlocked cells; the forecast cells accept numbers only (data validation). A total row
 * follows, each total a {@code SUM} formula. Amounts are pounds and pence. The sheet is protected (without a
 * password: protection guides the holder; collect's checks are what guard the figures). A very hidden, protected
 * sheet {@value #META_SHEET} (LibreOffice saves it as hidden) holds the pack's record: its kind, id, title, year,
 * period, method, number of lines and
 * the {@link Pack#checksum()} of what it held.
 *
 * <p><b>Reading a return</b> never evaluates a formula and never follows a link. A return is opened through the
 * library's one untrusted-workbook reader ({@code UntrustedXlsx}, which budget books use too), with a return's size
 * limits. Refused, each with the workbook (and part, or sheet and cell, where there is one): a file that does not end
 * in {@code .xlsx}; a file over {@value #MAX_BYTES} bytes; anything that is not a ZIP; more than 1000 parts; a macro
 * project ({@code vbaProject.bin}) or any other binary part but Excel's printer settings; an external link, a data
 * connection or query table, by part name or by content type; any relationship to outside the workbook; a
 * macro-enabled content type; a part that expands past {@value #MAX_ENTRY_BYTES} bytes, parts that expand past
 * {@value #MAX_TOTAL_BYTES} bytes together, or a part that expands more than 100 times its packed size (counted by
 * expanding each part, bounded, before POI opens the workbook; POI's global settings are never changed). Then the
 * pack's own checks: a workbook without the pack's sheets or record, a pack of another period, year or id, a record
 * whose checksum is not the pack's this collect makes from the same book and actuals, a layout that is not the pack's
 * (headings, lines, total row), a budget or actuals figure that differs from the pack's, a formula in any cell but the
 * totals, and a forecast that is not an amount in pounds and pence.
 */
public final class ForecastPackWorkbook {

    /** The sheet the holder fills in. */
    public static final String SHEET = "Forecast";
    /** The very hidden sheet with the pack's record. */
    public static final String META_SHEET = "Pack";
    /** The record's kind, its first row. */
    public static final String KIND = "wcf-finance forecast pack";
    /** The version of the layout. */
    public static final int SCHEMA_VERSION = 1;
    /** The headings' row, 1-based. */
    public static final int HEAD_ROW = 5;
    /** The columns, A to I. */
    public static final List<String> HEADINGS = List.of("Line", "Service", "Annual budget", "Actuals to date",
            "Last period's forecast", "Suggested outturn", "Method", "Your forecast", "Comment");
    /** The column of the holder's forecast, 0-based (H). */
    public static final int FORECAST_COL = 7;
    /** The column of the holder's comment, 0-based (I). */
    public static final int COMMENT_COL = 8;
    /** The largest return read. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** The largest part of a return, expanded. */
    public static final long MAX_ENTRY_BYTES = 50L * 1024 * 1024;
    /** The smallest ratio of a part's compressed to expanded size: POI's default, 1 to 100. */
    public static final double MIN_INFLATE_RATIO = 1.0 / UntrustedXlsx.MAX_INFLATE;
    /** The expanded size of all a return's parts together. */
    public static final long MAX_TOTAL_BYTES = 2 * MAX_ENTRY_BYTES;
    /** The number format of the amounts. */
    public static final String POUNDS_FORMAT = "#,##0.00;(#,##0.00)";

    private static final UntrustedXlsx.Limits LIMITS = new UntrustedXlsx.Limits(MAX_BYTES, MAX_ENTRY_BYTES,
            MAX_TOTAL_BYTES);

    private static final List<String> META_KEYS = List.of("kind", "schemaVersion", "pack", "title", "year", "period",
            "method", "lines", "checksum");
    private static final int FIRST_ROW = HEAD_ROW; // 0-based index of the first line's row

    private ForecastPackWorkbook() {
    }

    // ------------------------------------------------------------------ writing

    /**
     * Writes a pack.
     *
     * @param pack the pack
     * @param out where to write (not closed)
     * @throws IOException on failure
     */
    public static void write(Pack pack, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle title = wb.createCellStyle();
            title.setFont(bold);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            head.setWrapText(true);
            head.setBorderBottom(BorderStyle.THIN);
            CellStyle amount = wb.createCellStyle();
            amount.setDataFormat(wb.createDataFormat().getFormat(POUNDS_FORMAT));
            CellStyle total = wb.createCellStyle();
            total.cloneStyleFrom(amount);
            total.setFont(bold);
            total.setBorderTop(BorderStyle.THIN);
            CellStyle totalLabel = wb.createCellStyle();
            totalLabel.setFont(bold);
            totalLabel.setBorderTop(BorderStyle.THIN);
            CellStyle input = wb.createCellStyle();
            input.cloneStyleFrom(amount);
            input.setLocked(false);
            input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle comment = wb.createCellStyle();
            comment.setLocked(false);
            comment.setWrapText(true);
            comment.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            comment.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            XSSFSheet s = wb.createSheet(SHEET);
            cell(s, 0, 0, "Forecast return: " + pack.title() + " (" + pack.id() + "), " + pack.period()).setCellStyle(title);
            cell(s, 1, 0, "Suggested outturn by: " + pack.method().cliName() + " (column G names the method each line used)");
            cell(s, 2, 0, "Type your forecast outturn for the year, in pounds, in column H, and a comment in column I. "
                    + "Leave H blank to keep the suggested outturn. Other cells are locked.");
            Row h = s.createRow(HEAD_ROW - 1);
            for (int c = 0; c < HEADINGS.size(); c++) {
                Cell x = h.createCell(c);
                x.setCellValue(HEADINGS.get(c));
                x.setCellStyle(head);
            }
            int r = FIRST_ROW;
            for (PackLine l : pack.lines()) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(l.line());
                row.createCell(1).setCellValue(l.service());
                number(row, 2, l.budget(), amount);
                number(row, 3, l.actualsToDate(), amount);
                if (l.previousForecast().isPresent()) {
                    number(row, 4, l.previousForecast().get(), amount);
                } else {
                    row.createCell(4).setCellStyle(amount);
                }
                number(row, 5, l.suggested().outturn(), amount);
                row.createCell(6).setCellValue(l.suggested().method());
                row.createCell(FORECAST_COL).setCellStyle(input);
                row.createCell(COMMENT_COL).setCellStyle(comment);
            }
            int last = r; // 1-based number of the last line's row
            Row t = s.createRow(r);
            Cell tl = t.createCell(0);
            tl.setCellValue("Total");
            tl.setCellStyle(totalLabel);
            for (int c : new int[] {2, 3, 4, 5, FORECAST_COL}) {
                String col = CellReference.convertNumToColString(c);
                Cell x = t.createCell(c);
                x.setCellFormula("SUM(" + col + (FIRST_ROW + 1) + ":" + col + last + ")");
                x.setCellStyle(total);
            }
            DataValidationHelper dvh = s.getDataValidationHelper();
            DataValidationConstraint numbers = dvh.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    "-999999999999", "999999999999");
            DataValidation dv = dvh.createValidation(numbers, new CellRangeAddressList(FIRST_ROW, last - 1, FORECAST_COL, FORECAST_COL));
            dv.setShowErrorBox(true);
            dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
            dv.createErrorBox("A number, please", "Type the forecast outturn in pounds, such as 125000 or -3000.50.");
            dv.setEmptyCellAllowed(true);
            s.addValidationData(dv);
            s.setColumnWidth(0, 40 * 256);
            s.setColumnWidth(1, 24 * 256);
            for (int c = 2; c <= FORECAST_COL; c++) {
                s.setColumnWidth(c, 16 * 256);
            }
            s.setColumnWidth(COMMENT_COL, 40 * 256);
            s.createFreezePane(1, HEAD_ROW);
            s.enableLocking();

            XSSFSheet m = wb.createSheet(META_SHEET);
            List<String> values = List.of(KIND, "" + SCHEMA_VERSION, pack.id(), pack.title(), pack.period().year().toString(),
                    pack.period().toString(), pack.method().cliName(), "" + pack.lines().size(), pack.checksum());
            for (int i = 0; i < META_KEYS.size(); i++) {
                Row row = m.createRow(i);
                row.createCell(0).setCellValue(META_KEYS.get(i));
                row.createCell(1).setCellValue(values.get(i));
            }
            m.enableLocking();
            wb.setSheetVisibility(wb.getSheetIndex(m), SheetVisibility.VERY_HIDDEN);
            wb.setActiveSheet(0);
            wb.lockStructure();
            // the totals' cached results, for viewers that do not recalculate: this is the pack being written, not a return
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.setForceFormulaRecalculation(true);
            try {
                wb.write(out);
            } catch (OpenXML4JRuntimeException e) {
                throw new IOException("cannot write the workbook: " + e.getMessage(), e.getCause() != null ? e.getCause() : e);
            }
        }
    }

    private static Cell cell(XSSFSheet s, int row, int col, String text) {
        Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        Cell c = r.createCell(col);
        c.setCellValue(text);
        return c;
    }

    private static void number(Row row, int col, Money m, CellStyle style) {
        Cell c = row.createCell(col);
        // a spreadsheet stores binary floating point: the file format's limit; reading rounds back to the penny
        c.setCellValue(m.getAmount().doubleValue());
        c.setCellStyle(style);
    }

    // ------------------------------------------------------------------ reading

    /**
     * What reading a return gave.
     *
     * @param packId the id in the return's record; empty when the record could not be read
     * @param returned the return; empty when it is refused
     * @param problems why it is refused, each at workbook, sheet and cell; empty when it is not
     */
    public record ReturnRead(Optional<String> packId, Optional<Returns.Returned> returned, List<Problem> problems) {
        /**
         * @param packId not null (empty when the record could not be read)
         * @param returned empty exactly when there are problems
         * @param problems not null
         */
        public ReturnRead {
            java.util.Objects.requireNonNull(packId, "packId (empty when the record could not be read)");
            java.util.Objects.requireNonNull(returned, "returned (empty when refused)");
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads and checks a return.
     *
     * @param path the workbook
     * @param name the workbook's name in problems and trails (such as the path as the user gave the folder)
     * @param packs the period's packs by id, as this collect makes them
     * @param period the period collected
     * @return the return, or why it is refused, each problem at workbook, sheet and cell
     */
    public static ReturnRead read(Path path, String name, Map<String, Pack> packs, FiscalPeriod period) {
        List<Problem> problems = new ArrayList<>();
        String[] id = new String[1];
        Optional<Returns.Returned> r = Optional.empty();
        try {
            r = readChecked(path, name, packs, period, problems, id);
        } catch (Refused e) {
            problems.add(e.problem);
        }
        return new ReturnRead(Optional.ofNullable(id[0]), problems.isEmpty() ? r : Optional.empty(), problems);
    }

    /** A return refused outright: the first problem is the only one worth reading. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        Refused(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    private static Refused refused(String where, String message) {
        return new Refused(Problem.ofFile(where, message));
    }

    private static Optional<Returns.Returned> readChecked(Path path, String name, Map<String, Pack> packs, FiscalPeriod period,
            List<Problem> problems, String[] id) throws Refused {
        String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsm")) {
            throw refused(name, "a macro-enabled workbook (.xlsm) is refused: return the pack as the .xlsx it was sent as");
        }
        if (!lower.endsWith(".xlsx")) {
            throw refused(name, "not an .xlsx workbook: return the pack as the .xlsx it was sent as");
        }
        UntrustedXlsx opened;
        try {
            opened = UntrustedXlsx.open(path, name, LIMITS);
        } catch (InvalidInputException e) {
            throw new Refused(e.problems().get(0));
        }
        try (UntrustedXlsx x = opened) {
            return read(x.workbook(), name, packs, period, problems, id);
        } catch (OpenXML4JRuntimeException | org.apache.poi.ooxml.POIXMLException | IllegalStateException e) {
            throw refused(name, "cannot be read as an XLSX workbook: " + String.valueOf(e.getMessage()).lines().findFirst()
                    .orElse("") + "; return the pack as the .xlsx it was sent as");
        }
    }

    private static String at(String name, String sheet, int row, int col) {
        return name + ", sheet " + sheet + ", cell " + new CellReference(row, col).formatAsString(false);
    }

    private static Optional<Returns.Returned> read(XSSFWorkbook wb, String name, Map<String, Pack> packs, FiscalPeriod period,
            List<Problem> problems, String[] id) throws Refused {
        XSSFSheet meta = wb.getSheet(META_SHEET);
        if (meta == null) {
            throw refused(name, "not the pack: it has no sheet '" + META_SHEET + "' (the pack's hidden record); return the"
                    + " workbook you were sent");
        }
        Map<String, String> record = new LinkedHashMap<>();
        for (int i = 0; i < META_KEYS.size(); i++) {
            Row row = meta.getRow(i);
            Cell k = row == null ? null : row.getCell(0);
            Cell v = row == null ? null : row.getCell(1);
            if (k == null || k.getCellType() != CellType.STRING || !META_KEYS.get(i).equals(k.getStringCellValue())
                    || v == null || v.getCellType() != CellType.STRING) {
                throw refused(at(name, META_SHEET, i, k == null ? 0 : 1), "not the pack's record: row " + (i + 1)
                        + " should be " + META_KEYS.get(i) + " and its text");
            }
            record.put(META_KEYS.get(i), v.getStringCellValue());
        }
        if (!KIND.equals(record.get("kind")) || !("" + SCHEMA_VERSION).equals(record.get("schemaVersion"))) {
            throw refused(at(name, META_SHEET, 0, 1), "not a forecast pack of this version of wcf-finance (record '"
                    + record.get("kind") + "' version " + record.get("schemaVersion") + ")");
        }
        id[0] = record.get("pack");
        Pack pack = packs.get(record.get("pack"));
        if (pack == null) {
            throw refused(at(name, META_SHEET, 2, 1), "is the pack of '" + record.get("pack") + "', which is not a pack of "
                    + period + " for this book: the packs are " + String.join(", ", packs.keySet()));
        }
        if (!period.toString().equals(record.get("period"))) {
            throw refused(at(name, META_SHEET, 5, 1), "is the pack of " + record.get("period") + "; this collect is of " + period);
        }
        XSSFSheet s = wb.getSheet(SHEET);
        if (s == null) {
            throw refused(name, "not the pack: it has no sheet '" + SHEET + "'");
        }
        // a formula anywhere but the totals is refused, before any value is read; none is ever evaluated
        int totalRow = FIRST_ROW + pack.lines().size();
        for (Row row : s) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.FORMULA && row.getRowNum() != totalRow) {
                    problems.add(Problem.ofFile(at(name, SHEET, row.getRowNum(), c.getColumnIndex()), "holds a formula ('="
                            + AmountSyntax.shorten(c.getCellFormula()) + "'); a return holds typed figures only, and its"
                            + " formulas are never evaluated"));
                }
            }
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        Row h = s.getRow(HEAD_ROW - 1);
        for (int c = 0; c < HEADINGS.size(); c++) {
            String got = h == null ? "" : text(h.getCell(c));
            if (!HEADINGS.get(c).equals(got)) {
                throw refused(at(name, SHEET, HEAD_ROW - 1, c), "is '" + AmountSyntax.shorten(got) + "' but the pack's heading"
                        + " here is '" + HEADINGS.get(c) + "': a return keeps the pack's layout");
            }
        }
        Map<String, Returns.Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < pack.lines().size(); i++) {
            PackLine l = pack.lines().get(i);
            int r = FIRST_ROW + i;
            Row row = s.getRow(r);
            String line = row == null ? "" : text(row.getCell(0));
            if (!l.line().equals(line)) {
                throw refused(at(name, SHEET, r, 0), "is '" + AmountSyntax.shorten(line) + "' but the pack had '" + l.line()
                        + "' here: a return keeps the pack's layout (no rows added, removed or moved)");
            }
            same(row, 2, l.budget(), "budget", name, problems);
            same(row, 3, l.actualsToDate(), "actuals to date", name, problems);
            Money forecast = forecast(row.getCell(FORECAST_COL), at(name, SHEET, r, FORECAST_COL), problems);
            String comment = text(row.getCell(COMMENT_COL));
            entries.put(l.line(), new Returns.Entry(Optional.ofNullable(forecast), "sheet " + SHEET + ", cell "
                    + new CellReference(r, FORECAST_COL).formatAsString(false), comment));
        }
        Row t = s.getRow(totalRow);
        if (t == null || !"Total".equals(text(t.getCell(0)))) {
            throw refused(at(name, SHEET, totalRow, 0), "should be the total row ('Total') after the pack's "
                    + pack.lines().size() + " lines: a return keeps the pack's layout");
        }
        if (!pack.checksum().equals(record.get("checksum"))) {
            problems.add(Problem.ofFile(at(name, META_SHEET, 8, 1), "the pack's checksum is not that of the pack this "
                    + "collect makes from the same book and actuals: the pack was made from other figures (re-issue it), or"
                    + " its record was edited"));
        }
        return problems.isEmpty() ? Optional.of(new Returns.Returned(pack.id(), name, entries)) : Optional.empty();
    }

    private static String text(Cell c) {
        if (c == null) {
            return "";
        }
        return switch (c.getCellType()) {
            case STRING -> c.getStringCellValue().strip();
            case NUMERIC -> ((XSSFCell) c).getRawValue();
            case BOOLEAN -> c.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }

    private static void same(Row row, int col, Money expected, String what, String name, List<Problem> problems) {
        String where = at(name, SHEET, row.getRowNum(), col);
        Cell c = row.getCell(col);
        Money got = c == null || c.getCellType() != CellType.NUMERIC ? null : pence(((XSSFCell) c).getRawValue());
        if (got == null || !got.equals(expected)) {
            problems.add(Problem.ofFile(where, "is " + (got == null ? "'" + AmountSyntax.shorten(text(c)) + "'"
                    : Gbp.readable(got)) + " but the pack held " + Gbp.readable(expected) + ": the " + what
                    + " is not the holder's to change"));
        }
    }

    /** @return the amount to the penny, or null when the raw value is not a number or has a fraction of a penny */
    private static Money pence(String raw) {
        BigDecimal v;
        try {
            v = new BigDecimal(raw);
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
        Money m = RoundingPolicy.PENCE.round(BigMoney.of(Gbp.GBP, v));
        // a spreadsheet's binary floating point is within a millionth of the pence typed; more is a fraction of a penny
        return m.getAmount().subtract(v).abs().compareTo(new BigDecimal("0.000001")) <= 0 ? m : null;
    }

    private static Money forecast(Cell c, String where, List<Problem> problems) {
        if (c == null || c.getCellType() == CellType.BLANK) {
            return null;
        }
        switch (c.getCellType()) {
            case NUMERIC -> {
                Money m = pence(((XSSFCell) c).getRawValue());
                if (m == null) {
                    problems.add(Problem.ofFile(where, "'" + ((XSSFCell) c).getRawValue() + "' is not an amount in pounds and"
                            + " pence (a fraction of a penny)"));
                }
                if (m != null && m.getAmount().abs().compareTo(new BigDecimal("1000000000000")) >= 0) {
                    problems.add(Problem.ofFile(where, Gbp.readable(m) + " is a trillion pounds or more: not a forecast"));
                    return null;
                }
                return m;
            }
            case STRING -> {
                String t = c.getStringCellValue().strip();
                if (t.isEmpty()) {
                    return null;
                }
                try {
                    return Amounts.parse(t, Amounts.Unit.POUNDS);
                } catch (FinanceRuleException e) {
                    problems.add(Problem.ofFile(where, "'" + AmountSyntax.shorten(t) + "' is not an amount: " + e.rule()));
                    return null;
                }
            }
            default -> {
                problems.add(Problem.ofFile(where, "holds " + c.getCellType().name().toLowerCase(Locale.ROOT)
                        + " where a forecast in pounds belongs"));
                return null;
            }
        }
    }
}
