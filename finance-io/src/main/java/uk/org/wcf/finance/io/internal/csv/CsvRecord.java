package uk.org.wcf.finance.io.internal.csv;

import java.util.List;

/**
 * One CSV record: the line it starts on and its cells, unquoted.
 *
 * @param line the line number, 1-based
 * @param cells the cells
 */
public record CsvRecord(long line, List<String> cells) {

    /**
     * Copies the cells.
     *
     * @param line the line
     * @param cells the cells
     */
    public CsvRecord {
        cells = List.copyOf(cells);
    }
}
