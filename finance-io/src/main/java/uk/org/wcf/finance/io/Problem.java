package uk.org.wcf.finance.io;

import java.util.Locale;
import java.util.Objects;

import uk.org.wcf.finance.io.internal.Problems;
import uk.org.wcf.finance.report.SafeText;

/**
 * One thing wrong with an input file, pointing at the cell: the file, the line (1-based, as an editor counts
 * them), the column (1-based; 0 when the whole line or file is meant) and the rule broken.
 *
 * @param file the file name as the user gave it
 * @param line the line, 1-based; 0 for the file as a whole
 * @param column the column, 1-based; 0 for the whole line
 * @param columnName the column's header name, or empty
 * @param message the rule broken and the offending value
 * @param alsoOnNext how many of the lines that follow break the same rule in the same column (0 for this line
 *        only); the readers group such a run into one problem (see {@code Problems})
 */
public record Problem(String file, long line, int column, String columnName, String message, long alsoOnNext) {

    /**
     * Validates the problem.
     *
     * @param file not null
     * @param line 0 or more
     * @param column 0 or more
     * @param columnName not null
     * @param message not null
     * @param alsoOnNext 0 or more
     */
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(columnName, "columnName");
        Objects.requireNonNull(message, "message");
        if (alsoOnNext < 0) {
            throw new IllegalArgumentException("alsoOnNext is " + alsoOnNext + ": it is 0 or more");
        }
    }

    /**
     * A problem on one line.
     *
     * @param file the file
     * @param line the line, 1-based; 0 for the file as a whole
     * @param column the column, 1-based; 0 for the whole line
     * @param columnName the column's header name, or empty
     * @param message the rule broken and the offending value
     */
    public Problem(String file, long line, int column, String columnName, String message) {
        this(file, line, column, columnName, message, 0);
    }

    /**
     * @param n how many following lines break the same rule
     * @return this problem, standing for a run of lines
     */
    public Problem withAlsoOnNext(long n) {
        return new Problem(file, line, column, columnName, message, n);
    }

    /**
     * A problem with the whole file.
     *
     * @param file the file
     * @param message what is wrong
     * @return the problem
     */
    public static Problem ofFile(String file, String message) {
        return new Problem(file, 0, 0, "", message);
    }

    /**
     * A problem with a whole line.
     *
     * @param file the file
     * @param line the line
     * @param message what is wrong
     * @return the problem
     */
    public static Problem ofLine(String file, long line, String message) {
        return new Problem(file, line, 0, "", message);
    }

    /**
     * @param file the file
     * @param line the line
     * @param column the column, 1-based
     * @param columnName the header name of the column
     * @param message what is wrong
     * @return the problem
     */
    public static Problem ofCell(String file, long line, int column, String columnName, String message) {
        return new Problem(file, line, column, columnName, message);
    }

    /**
     * A problem with a cell of a workbook: {@code budget.xlsx, sheet Budget, cell D14: '12k' is not an amount}.
     *
     * @param workbook the workbook's file name as the user gave it
     * @param sheet the sheet's name
     * @param cell the cell's reference, such as {@code D14}, or empty for the whole sheet
     * @param message what is wrong
     * @return the problem (its file names the workbook, sheet and cell; line and column are 0)
     */
    public static Problem ofWorkbook(String workbook, String sheet, String cell, String message) {
        return ofFile(workbook + ", sheet " + sheet + (cell.isEmpty() ? "" : ", cell " + cell), message);
    }

    /**
     * @return {@code file, line N, column M (name): message}, with the column's name where it has one and the run of
     *         lines it stands for; a control or direction-override character quoted from the file is shown as
     *         {@code <U+001B>}, so a message never runs as a terminal escape
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(", line ").append(line);
        }
        if (column > 0) {
            sb.append(", column ").append(column);
            if (!columnName.isEmpty()) {
                sb.append(" (").append(columnName).append(')');
            }
        }
        sb.append(": ").append(message);
        if (alsoOnNext > 0) {
            sb.append("; the same on the next ").append(String.format(Locale.ROOT, "%,d", alsoOnNext))
                    .append(alsoOnNext == 1 ? " line" : " lines").append(", to line ")
                    .append(String.format(Locale.ROOT, "%,d", line + alsoOnNext));
        }
        return SafeText.visible(sb.toString());
    }
}
