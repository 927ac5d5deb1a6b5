package uk.org.wcf.finance.io;

import java.util.List;

import uk.org.wcf.finance.report.FigureFormat;
import uk.org.wcf.finance.report.RoundedTable;
import uk.org.wcf.finance.report.SafeText;
import uk.org.wcf.finance.report.TableText;

/**
 * Writes CSV: RFC 4180 quoting, LF line ends, and text cells made safe against formula injection (a text cell
 * that starts with {@code =}, {@code +}, {@code -} or {@code @}, after any apostrophes, gets a leading apostrophe
 * so a spreadsheet shows it as text instead of running it; readers take one such apostrophe off again). Numbers are
 * written plain ({@code -975}), never in brackets. A cell that starts with {@code #} is quoted, so that a row whose
 * first cell it is does not read back as a comment; a character no reader accepts (a control or direction-override
 * character, see {@link SafeText}) is written visibly as {@code <U+001B>}, never as itself.
 */
public final class Csv {

    private Csv() {
    }

    /**
     * Escapes one text cell.
     *
     * @param text the cell's text
     * @return the cell as CSV
     */
    public static String text(String text) {
        String t = text == null ? "" : SafeText.visible(text);
        if (looksLikeFormula(t)) {
            t = "'" + t;
        }
        if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.startsWith("#")) {
            return '"' + t.replace("\"", "\"\"") + '"';
        }
        return t;
    }

    /**
     * Undoes {@link #text}'s defusing when reading: a cell {@code '=x} (also {@code '+}, {@code '-}, {@code '@})
     * is the text {@code =x}, as a spreadsheet shows it.
     *
     * @param cell a cell as read
     * @return the cell's text
     */
    public static String undefused(String cell) {
        return cell.startsWith("'") && looksLikeFormula(cell) ? cell.substring(1) : cell;
    }

    /**
     * True for text a spreadsheet would run, and for text that already starts with apostrophes before such a
     * start (so that writing it and reading it back gives the same text).
     */
    private static boolean looksLikeFormula(String t) {
        int i = 0;
        while (i < t.length() && t.charAt(i) == '\'') {
            i++;
        }
        return i < t.length() && "=+-@\t\r".indexOf(t.charAt(i)) >= 0;
    }

    /**
     * A line of text cells.
     *
     * @param cells the cells
     * @return the line, ending with LF
     */
    public static String line(List<String> cells) {
        if (cells.size() == 1 && text(cells.get(0)).isEmpty()) {
            return "\"\"\n"; // a blank line would be skipped, and the row lost
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(text(cells.get(i)));
        }
        return sb.append('\n').toString();
    }

    /**
     * A line whose cells are already CSV (numbers, or text escaped with {@link #text}).
     *
     * @param cells the cells
     * @return the line, ending with LF
     */
    public static String rawLine(List<String> cells) {
        return String.join(",", cells) + "\n";
    }

    /**
     * A rounded table as CSV: columns {@code ref,line} and then the table's column keys; one row per table row;
     * figures in the table's unit as plain integers.
     *
     * @param table the table
     * @return the CSV text
     */
    public static String table(RoundedTable table) {
        StringBuilder sb = new StringBuilder();
        List<String[]> cells = TableText.cells(table, FigureFormat.PLAIN);
        String[] head = cells.get(0).clone();
        head[0] = "ref";
        head[1] = "line";
        for (int i = 2; i < head.length; i++) {
            head[i] = table.table().columns().get(i - 2).key();
        }
        sb.append(line(List.of(head)));
        for (int r = 1; r < cells.size(); r++) {
            String[] row = cells.get(r);
            StringBuilder l = new StringBuilder(text(row[0])).append(',').append(text(row[1]));
            for (int i = 2; i < row.length; i++) {
                l.append(',').append(row[i]);
            }
            sb.append(l).append('\n');
        }
        return sb.toString();
    }
}
