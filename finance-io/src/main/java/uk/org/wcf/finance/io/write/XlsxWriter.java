package uk.org.wcf.finance.io.write;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.report.SafeText;
import uk.org.wcf.finance.report.Term;

/**
 * Writes tables to an Excel workbook (XLSX, Apache POI): one sheet per table, a frozen heading row, figures in
 * GBP thousands formatted {@code #,##0;(#,##0)} (negatives in brackets). Each figure cell holds the exact value
 * in £000 and shows it rounded, and every total is a formula over its parts, so Excel and LibreOffice
 * recalculate each total to the exact sum and show it rounded once: the same figure the library printed. The
 * formulas' cached results are written too, for viewers that do not recalculate.
 *
 * <p>A spreadsheet stores numbers as binary floating point; that is the file format's limit, not the model's.
 */
public final class XlsxWriter {

    /** The number format of a figure in £000: thousands separators, negatives in brackets. */
    public static final String THOUSANDS_FORMAT = "#,##0;(#,##0)";

    /**
     * A sheet: a table, and optionally a percentage column computed in the sheet from two of its columns.
     *
     * @param table the table
     * @param percent the percentage column; empty for none
     */
    public record SheetSpec(FigureTable table, Optional<Percent> percent) {
        /**
         * @param table not null
         * @param percent not null (empty for none)
         */
        public SheetSpec {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(percent, "percent (empty for none)");
        }

        /**
         * A sheet with a percentage column.
         *
         * @param table the table
         * @param percent the percentage column
         */
        public SheetSpec(FigureTable table, Percent percent) {
            this(table, Optional.of(percent));
        }

        /**
         * @param table the table
         * @return a sheet without a percentage column
         */
        public static SheetSpec of(FigureTable table) {
            return new SheetSpec(table, Optional.empty());
        }
    }

    /**
     * A percentage column: numerator / denominator x 100, shown to one decimal, blank where the denominator is 0.
     *
     * @param after the column key it follows
     * @param heading its heading
     * @param numerator the numerator column key
     * @param denominator the denominator column key
     */
    public record Percent(String after, String heading, String numerator, String denominator) {
    }

    private XlsxWriter() {
    }

    /**
     * Writes the workbook.
     *
     * @param sheets the sheets, in order
     * @param out where to write (not closed)
     * @throws IOException on failure
     */
    public static void write(List<SheetSpec> sheets, OutputStream out) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            DataFormat df = wb.createDataFormat();
            CellStyle figure = wb.createCellStyle();
            figure.setDataFormat(df.getFormat(THOUSANDS_FORMAT));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(df.getFormat("0.0;-0.0"));
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            head.setWrapText(true);
            CellStyle totalFigure = wb.createCellStyle();
            totalFigure.cloneStyleFrom(figure);
            totalFigure.setFont(bold);
            Set<String> names = new HashSet<>();
            for (SheetSpec spec : sheets) {
                sheet(wb, spec, uniqueName(spec.table().title(), names), head, figure, totalFigure, percent);
            }
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            ev.evaluateAll();
            wb.setForceFormulaRecalculation(true);
            try {
                wb.write(out);
            } catch (OpenXML4JRuntimeException e) {
                // POI wraps the stream's IOException in its own runtime exception: give callers the I/O failure it is
                throw new IOException("cannot write the workbook: " + e.getMessage(), e.getCause() != null ? e.getCause() : e);
            }
        }
    }

    private static final java.util.regex.Pattern XML_ESCAPE = java.util.regex.Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

    /**
     * A text cell as Excel and POI read it back: text that looks like OOXML's own escape {@code _x0041_} (which a
     * reader turns into "A") has its underscore escaped as {@code _x005F_}, and a character no reader of the library
     * accepts is written visibly, as {@code <U+001B>} ({@link SafeText}).
     *
     * @param s the text
     * @return the cell's value
     */
    public static String text(String s) {
        return XML_ESCAPE.matcher(SafeText.visible(s)).replaceAll("_x005F_$1");
    }

    private static void sheet(Workbook wb, SheetSpec spec, String name, CellStyle head, CellStyle figure,
            CellStyle totalFigure, CellStyle percentStyle) {
        FigureTable t = spec.table();
        Sheet sheet = wb.createSheet(name);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(text(t.title() + " (£000)"));
        title.getCell(0).setCellStyle(head);
        int headRow = 1;
        Row h = sheet.createRow(headRow);
        // the reference letter (A, B, ...) in its own column, when the table has them, so that the line's label
        // is only the label
        boolean refs = t.rows().stream().anyMatch(r -> !r.ref().isEmpty());
        int labelCol = refs ? 1 : 0;
        if (refs) {
            h.createCell(0).setCellValue("Ref");
            h.getCell(0).setCellStyle(head);
        }
        h.createCell(labelCol).setCellValue("Line");
        h.getCell(labelCol).setCellStyle(head);
        int[] colOf = new int[t.columns().size()];
        int pctCol = -1;
        int c = labelCol + 1;
        for (int i = 0; i < t.columns().size(); i++) {
            colOf[i] = c;
            Cell cell = h.createCell(c++);
            cell.setCellValue(text(t.columns().get(i).heading()));
            cell.setCellStyle(head);
            if (spec.percent().isPresent() && spec.percent().get().after().equals(t.columns().get(i).key())) {
                pctCol = c;
                Cell p = h.createCell(c++);
                p.setCellValue(text(spec.percent().get().heading()));
                p.setCellStyle(head);
            }
        }
        sheet.createFreezePane(labelCol + 1, headRow + 1);
        if (refs) {
            sheet.setColumnWidth(0, 5 * 256);
        }
        sheet.setColumnWidth(labelCol, 48 * 256);
        for (int i = labelCol + 1; i < c; i++) {
            sheet.setColumnWidth(i, 14 * 256);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            FigureTable.Row row = t.rows().get(r);
            Row x = sheet.createRow(headRow + 1 + r);
            if (refs) {
                x.createCell(0).setCellValue(text(row.ref()));
            }
            x.createCell(labelCol).setCellValue(text(row.label()));
            for (int i = 0; i < t.columns().size(); i++) {
                FigureTable.Column col = t.columns().get(i);
                Cell cell = x.createCell(colOf[i]);
                cell.setCellStyle(row.isTotal() || col.isTotal() ? totalFigure : figure);
                int column = colOf[i];
                if (row.isTotal()) {
                    cell.setCellFormula(formula(row.parts(), term -> ref(headRow + 1 + rowIndex(t, term), column)));
                } else if (col.isTotal()) {
                    int rr = headRow + 1 + r;
                    cell.setCellFormula(formula(col.parts(), term -> ref(rr, colOf[colIndex(t, term)])));
                } else {
                    BigDecimal k = Gbp.inThousands(t.value(row.key(), col.key()));
                    cell.setCellValue(k.doubleValue());
                }
            }
            if (pctCol >= 0) {
                Percent percent = spec.percent().orElseThrow();
                String num = ref(headRow + 1 + r, colOf[colIndex(t, percent.numerator())]);
                String den = ref(headRow + 1 + r, colOf[colIndex(t, percent.denominator())]);
                Cell p = x.createCell(pctCol);
                p.setCellFormula("IF(" + den + "=0,\"\"," + num + "/" + den + "*100)");
                p.setCellStyle(percentStyle);
            }
        }
    }

    private static String formula(List<Term> parts, Function<String, String> ref) {
        StringBuilder sb = new StringBuilder();
        for (Term term : parts) {
            if (sb.length() > 0 || term.sign() < 0) {
                sb.append(term.sign() < 0 ? "-" : "+");
            }
            sb.append(ref.apply(term.key()));
        }
        return sb.length() == 0 ? "0" : sb.toString();
    }

    private static int rowIndex(FigureTable t, String key) {
        for (int i = 0; i < t.rows().size(); i++) {
            if (t.rows().get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no row " + key);
    }

    private static int colIndex(FigureTable t, String key) {
        for (int i = 0; i < t.columns().size(); i++) {
            if (t.columns().get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + key);
    }

    private static String ref(int row, int col) {
        return new CellReference(row, col).formatAsString(false);
    }

    /**
     * Excel sheet names: at most 31 characters, none of []:*?/\, unique; a long title is shortened to its whole
     * words that fit, never cut mid-word.
     */
    static String uniqueName(String title, Set<String> used) {
        String base = title.replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("\\s+", " ").strip();
        if (base.isEmpty()) {
            base = "Sheet";
        }
        base = wholeWords(base, 31);
        String name = base;
        int n = 2;
        while (!used.add(name.toLowerCase(Locale.ROOT))) {
            String suffix = " (" + n++ + ")";
            name = wholeWords(base, 31 - suffix.length()) + suffix;
        }
        return name;
    }

    /** The longest run of whole words from the start that fits, without trailing punctuation. */
    private static String wholeWords(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        String s = cut > 0 ? text.substring(0, cut) : text.substring(0, max);
        return s.replaceAll("[\\s,;.(-]+$", "");
    }
}
