package uk.org.wcf.finance.io.write;

import static uk.org.wcf.finance.io.internal.xlsx.SpreadsheetPackage.MAIN;
import static uk.org.wcf.finance.io.internal.xlsx.SpreadsheetPackage.XML;
import static uk.org.wcf.finance.io.internal.xlsx.SpreadsheetPackage.escape;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import uk.org.wcf.finance.io.internal.xlsx.SheetArithmetic;
import uk.org.wcf.finance.io.internal.xlsx.SpreadsheetPackage;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.report.SafeText;
import uk.org.wcf.finance.report.Term;

/**
 * Writes tables to an Excel workbook (XLSX): one sheet per table, a frozen heading row, figures in
 * GBP thousands formatted {@code #,##0;(#,##0)} (negatives in brackets). Each figure cell holds the exact value
 * in £000 and shows it rounded, and every total is a formula over its parts, so Excel and LibreOffice
 * recalculate each total to the exact sum and show it rounded once: the same figure the library printed. The
 * formulas' cached results are written too, for viewers that do not recalculate: the results Apache POI's
 * evaluator computes, to the bit.
 *
 * <p>The workbook is written as SpreadsheetML directly (a zip of XML parts), not through Apache POI: POI's
 * workbook model cost a command that exports a few small tables more than half its CPU (finance-io/README.md gives
 * the measurement). POI still reads workbooks and writes the richer ones ({@code BudgetBookXlsx}, {@code S251Xlsx}).
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
     * Writes the workbook. Nothing is written to {@code out} until the whole workbook is built; a failure of the
     * stream is the {@link IOException} it throws.
     *
     * @param sheets the sheets, in order
     * @param out where to write (not closed)
     * @throws IOException on failure
     */
    public static void write(List<SheetSpec> sheets, OutputStream out) throws IOException {
        Objects.requireNonNull(sheets, "sheets");
        Objects.requireNonNull(out, "out");
        SpreadsheetPackage.SharedStrings strings = new SpreadsheetPackage.SharedStrings();
        Set<String> used = new HashSet<>();
        List<String> names = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (SheetSpec spec : sheets) {
            names.add(uniqueName(spec.table().title(), used));
            parts.add(sheet(spec, parts.isEmpty(), strings));
        }
        SpreadsheetPackage.write(out, names, STYLES, parts, strings);
    }

    // cell styles, by their index in STYLES' cellXfs
    private static final int FIGURE = 1;
    private static final int PERCENT = 2;
    private static final int HEAD = 3;
    private static final int TOTAL_FIGURE = 4;
    /** Number formats, fonts (Calibri 11; bold) and the five cell styles: plain, figure, percent, head, total figure. */
    private static final String STYLES = XML + "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"2\">"
            + "<numFmt numFmtId=\"164\" formatCode=\"" + THOUSANDS_FORMAT + "\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"0.0;-0.0\"/></numFmts>"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><color indexed=\"8\"/><name val=\"Calibri\"/><family val=\"2\"/>"
            + "<scheme val=\"minor\"/></font><font><b val=\"1\"/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/>"
            + "</fill></fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"5\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">"
            + "<alignment wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"164\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\"/>"
            + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";

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

    private static String sheet(SheetSpec spec, boolean first, SpreadsheetPackage.SharedStrings strings) {
        FigureTable t = spec.table();
        int headRow = 1;
        // the reference letter (A, B, ...) in its own column, when the table has them, so that the line's label
        // is only the label
        boolean refs = t.rows().stream().anyMatch(r -> !r.ref().isEmpty());
        int labelCol = refs ? 1 : 0;
        int[] colOf = new int[t.columns().size()];
        int pctCol = -1;
        int c = labelCol + 1;
        for (int i = 0; i < t.columns().size(); i++) {
            colOf[i] = c++;
            if (spec.percent().isPresent() && spec.percent().get().after().equals(t.columns().get(i).key())) {
                pctCol = c++;
            }
        }
        int lastCol = c - 1;
        StringBuilder x = new StringBuilder(1024 + 160 * t.rows().size() * (c + 1));
        x.append(XML).append("<worksheet xmlns=\"").append(MAIN).append("\"><dimension ref=\"A1:")
                .append(ref(headRow + t.rows().size(), lastCol)).append("\"/>");
        // the title and the heading rows frozen, and the reference and label columns
        x.append("<sheetViews><sheetView workbookViewId=\"0\"").append(first ? " tabSelected=\"1\"" : "").append(">")
                .append("<pane xSplit=\"").append(labelCol + 1).append("\" ySplit=\"").append(headRow + 1)
                .append("\" topLeftCell=\"").append(ref(headRow + 1, labelCol + 1))
                .append("\" activePane=\"bottomRight\" state=\"frozen\"/><selection pane=\"bottomRight\"/></sheetView></sheetViews>")
                .append("<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        // widths in characters: the reference 5, the label 48, each figure 14
        for (int i = 0; i <= lastCol; i++) {
            int width = refs && i == 0 ? 5 : i == labelCol ? 48 : 14;
            x.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"").append(width)
                    .append("\" customWidth=\"1\"/>");
        }
        x.append("</cols><sheetData>");
        x.append("<row r=\"1\">");
        text(x, 0, 0, HEAD, strings.of(text(t.title() + " (£000)")));
        x.append("</row><row r=\"2\">");
        if (refs) {
            text(x, headRow, 0, HEAD, strings.of("Ref"));
        }
        text(x, headRow, labelCol, HEAD, strings.of("Line"));
        for (int i = 0; i < t.columns().size(); i++) {
            text(x, headRow, colOf[i], HEAD, strings.of(text(t.columns().get(i).heading())));
            if (colOf[i] + 1 == pctCol) {
                text(x, headRow, pctCol, HEAD, strings.of(text(spec.percent().get().heading())));
            }
        }
        x.append("</row>");
        Figures figures = new Figures(t);
        for (int r = 0; r < t.rows().size(); r++) {
            FigureTable.Row row = t.rows().get(r);
            int rr = headRow + 1 + r;
            x.append("<row r=\"").append(rr + 1).append("\">");
            if (refs) {
                text(x, rr, 0, 0, strings.of(text(row.ref())));
            }
            text(x, rr, labelCol, 0, strings.of(text(row.label())));
            for (int i = 0; i < t.columns().size(); i++) {
                FigureTable.Column col = t.columns().get(i);
                int column = colOf[i];
                int style = row.isTotal() || col.isTotal() ? TOTAL_FIGURE : FIGURE;
                String f = null;
                if (row.isTotal()) {
                    f = formula(row.parts(), term -> ref(headRow + 1 + rowIndex(t, term), column));
                } else if (col.isTotal()) {
                    f = formula(col.parts(), term -> ref(rr, colOf[colIndex(t, term)]));
                }
                number(x, rr, column, style, f, figures.value(r, i));
                if (column + 1 == pctCol) { // cells in column order: the percentage follows the column it is after
                    percent(x, rr, pctCol, spec.percent().orElseThrow(), t, colOf, figures, r);
                }
            }
            x.append("</row>");
        }
        x.append("</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
                .append("</worksheet>");
        return x.toString();
    }

    /** The percentage: blank where the denominator is 0, else numerator / denominator x 100, as the formula says. */
    private static void percent(StringBuilder x, int rr, int pctCol, Percent percent, FigureTable t, int[] colOf, Figures figures,
            int r) {
        int num = colIndex(t, percent.numerator());
        int den = colIndex(t, percent.denominator());
        String f = "IF(" + ref(rr, colOf[den]) + "=0,\"\"," + ref(rr, colOf[num]) + "/" + ref(rr, colOf[den]) + "*100)";
        double d = figures.value(r, den);
        if (d == 0) {
            x.append("<c r=\"").append(ref(rr, pctCol)).append("\" s=\"").append(PERCENT).append("\" t=\"str\"><f>");
            escape(x, f);
            x.append("</f><v></v></c>");
        } else {
            number(x, rr, pctCol, PERCENT, f, SheetArithmetic.multiply(SheetArithmetic.divide(figures.value(r, num), d), 100));
        }
    }

    private static void text(StringBuilder x, int row, int col, int style, int string) {
        x.append("<c r=\"").append(ref(row, col)).append('"');
        if (style != 0) {
            x.append(" s=\"").append(style).append('"');
        }
        x.append(" t=\"s\"><v>").append(string).append("</v></c>");
    }

    /** A number, or a formula with its cached result (an error, #NUM!, where the result is not a finite number). */
    private static void number(StringBuilder x, int row, int col, int style, String formula, double value) {
        x.append("<c r=\"").append(ref(row, col)).append("\" s=\"").append(style).append('"');
        if (formula == null) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("cell " + ref(row, col) + ": " + value + " is not a number a spreadsheet holds");
            }
            x.append("><v>").append(value).append("</v></c>");
            return;
        }
        x.append(Double.isNaN(value) ? " t=\"e\"><f>" : "><f>");
        escape(x, formula);
        x.append("</f><v>").append(Double.isNaN(value) ? "#NUM!" : Double.toString(value)).append("</v></c>");
    }

    /**
     * The value of each figure cell as the sheet holds it: a figure is its exact £000 as a double; a total is its
     * formula, evaluated as a spreadsheet evaluates it (left to right, {@link SheetArithmetic}) over the cells it
     * refers to, totals included.
     */
    private static final class Figures {
        private final FigureTable t;
        private final double[][] values;
        private final byte[][] state; // 0 not yet, 1 being evaluated, 2 done

        Figures(FigureTable t) {
            this.t = t;
            values = new double[t.rows().size()][t.columns().size()];
            state = new byte[t.rows().size()][t.columns().size()];
        }

        double value(int r, int c) {
            if (state[r][c] == 2) {
                return values[r][c];
            }
            if (state[r][c] == 1) {
                throw new IllegalArgumentException("table '" + t.title() + "': the total at " + t.rows().get(r).label() + " / "
                        + t.columns().get(c).heading() + " refers to itself");
            }
            state[r][c] = 1;
            FigureTable.Row row = t.rows().get(r);
            FigureTable.Column col = t.columns().get(c);
            double v;
            if (row.isTotal()) {
                v = total(row.parts(), key -> value(rowIndex(t, key), c));
            } else if (col.isTotal()) {
                v = total(col.parts(), key -> value(r, colIndex(t, key)));
            } else {
                v = Gbp.inThousands(t.value(row.key(), col.key())).doubleValue();
            }
            values[r][c] = v;
            state[r][c] = 2;
            return v;
        }

        /** As {@link #formula} writes it: a leading minus negates the first term; then left to right. */
        private static double total(List<Term> parts, ToDoubleFunction<String> value) {
            double sum = 0;
            for (int i = 0; i < parts.size(); i++) {
                Term term = parts.get(i);
                double v = value.applyAsDouble(term.key());
                if (i == 0) {
                    sum = term.sign() < 0 ? SheetArithmetic.negate(v) : v;
                } else {
                    sum = term.sign() < 0 ? SheetArithmetic.subtract(sum, v) : SheetArithmetic.add(sum, v);
                }
            }
            return sum;
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

    /** A cell's address, as "C3", from its row and column counted from 0. */
    private static String ref(int row, int col) {
        StringBuilder letters = new StringBuilder(4);
        for (int n = col + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.append(row + 1).toString();
    }

    /**
     * Excel sheet names: at most 31 characters, none of []:*?/\ or a control character, not starting or ending with an
     * apostrophe, unique; a long title is shortened to its whole words that fit, never cut mid-word.
     */
    static String uniqueName(String title, Set<String> used) {
        String base = title.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip()
                .replaceAll("^'+|'+$", "").strip();
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
        return s.replaceAll("[\\s,;.('-]+$", "");
    }
}
