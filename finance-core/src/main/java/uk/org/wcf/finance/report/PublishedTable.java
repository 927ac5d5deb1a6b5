package uk.org.wcf.finance.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A table as a source document published it, figure for figure (GBP thousands unless said otherwise), kept
 * to compare the model's output with. Nothing is computed from it.
 *
 * @param id the identifier of the model table it corresponds to
 * @param source where it was published, such as {@code Business Plan 2020/21, section 6, Table 2}
 * @param rows the published rows, in order
 * @param notes the notes that accompany the published figures
 */
public record PublishedTable(String id, String source, List<Row> rows, List<String> notes) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * A published row.
     *
     * @param key the row key (the published reference or line name)
     * @param label the label as published
     * @param values the published figures by column key; a blank cell is absent
     */
    public record Row(String key, String label, Map<String, BigDecimal> values) {
        /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
        @Override
        public String toString() {
            return uk.org.wcf.finance.money.Readable.of(this);
        }

        /**
         * Copies the values.
         *
         * @param key not null
         * @param label not null
         * @param values the figures
         */
        public Row {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
            values = Map.copyOf(values);
        }
    }

    /**
     * Copies the lists.
     *
     * @param id not null
     * @param source not null
     * @param rows the rows
     * @param notes the notes
     */
    public PublishedTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /**
     * @param row a row key
     * @param column a column key
     * @return the published figure, if the source gives one
     */
    public Optional<BigDecimal> value(String row, String column) {
        for (Row r : rows) {
            if (r.key().equals(row)) {
                return Optional.ofNullable(r.values().get(column));
            }
        }
        return Optional.empty();
    }

    /**
     * @param column a column key
     * @return the same table without that column's figures (for a check that compares that column on its own)
     */
    public PublishedTable withoutColumn(String column) {
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            Map<String, BigDecimal> values = new HashMap<>(r.values());
            values.remove(column);
            out.add(new Row(r.key(), r.label(), values));
        }
        return new PublishedTable(id, source, out, notes);
    }
}
