package uk.org.wcf.finance.io;

import java.util.Objects;

/**
 * One thing wrong with an input file, pointing at the cell: the file, the line (1-based, as an editor counts
 * them), the column (1-based; 0 when the whole line or file is meant) and the rule broken.
 *
 * @param file the file name as the user gave it
 * @param line the line, 1-based; 0 for the file as a whole
 * @param column the column, 1-based; 0 for the whole line
 * @param columnName the column's header name, or empty
 * @param message the rule broken and the offending value
 */
public record Problem(String file, long line, int column, String columnName, String message) {

    /**
     * Validates the problem.
     *
     * @param file not null
     * @param line 0 or more
     * @param column 0 or more
     * @param columnName not null
     * @param message not null
     */
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(columnName, "columnName");
        Objects.requireNonNull(message, "message");
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

    /** @return {@code file:line:column: message}, with the column's name where it has one */
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
        return sb.append(": ").append(message).toString();
    }
}
