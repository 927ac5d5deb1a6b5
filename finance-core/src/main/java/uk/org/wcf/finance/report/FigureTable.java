package uk.org.wcf.finance.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.RoundingPolicy;

/**
 * A table of exact figures, as the model computes them, with the identities its totals obey. A total row (or
 * column) names its parts as {@link Term}s; the table checks on construction that every total equals its parts
 * exactly, so a total always foots to its parts before any rounding. Rounding for display is
 * {@link #round(RoundingPolicy)}; the exact values stay here.
 *
 * @param id a short identifier, such as {@code bp2020-table2}
 * @param title the title as published
 * @param columns the figure columns, in order
 * @param rows the rows, in order
 */
public record FigureTable(String id, String title, List<Column> columns, List<Row> rows) {

    /**
     * A figure column.
     *
     * @param key a key, matching the published CSV's column name
     * @param heading the heading as published
     * @param parts for a total column, the columns it adds up; empty otherwise
     */
    public record Column(String key, String heading, List<Term> parts) {
        /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
        @Override
        public String toString() {
            return uk.org.wcf.finance.money.Readable.of(this);
        }

        /**
         * Validates the column.
         *
         * @param key not blank
         * @param heading not null
         * @param parts the parts, possibly none
         */
        public Column {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(heading, "heading");
            parts = List.copyOf(parts);
        }

        /** @return true for a total column */
        public boolean isTotal() {
            return !parts.isEmpty();
        }
    }

    /**
     * A row of exact figures.
     *
     * @param key a key, matching the published CSV's row key
     * @param ref the published reference (such as {@code A}), or empty
     * @param label the label as published
     * @param values one exact figure per column
     * @param parts for a total row, the rows it adds up; empty otherwise
     */
    public record Row(String key, String ref, String label, List<Money> values, List<Term> parts) {
        /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
        @Override
        public String toString() {
            return uk.org.wcf.finance.money.Readable.of(this);
        }

        /**
         * Validates the row.
         *
         * @param key not blank
         * @param ref not null
         * @param label not null
         * @param values GBP amounts
         * @param parts the parts, possibly none
         */
        public Row {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(label, "label");
            values = List.copyOf(values);
            for (Money v : values) {
                Gbp.requireGbp(v, "figure in row '" + key + "'");
            }
            parts = List.copyOf(parts);
        }

        /** @return true for a total row */
        public boolean isTotal() {
            return !parts.isEmpty();
        }
    }

    /**
     * Validates the table: unique keys, one value per column, and every total equal to its parts exactly.
     *
     * @param id not blank
     * @param title not null
     * @param columns at least one
     * @param rows the rows
     */
    public FigureTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        Set<String> colKeys = new HashSet<>();
        for (Column c : columns) {
            require(colKeys.add(c.key()), "column '" + c.key() + "' appears twice");
        }
        Set<String> rowKeys = new HashSet<>();
        for (Row r : rows) {
            require(rowKeys.add(r.key()), "row '" + r.key() + "' appears twice");
        }
        for (Row r : rows) {
            require(r.values().size() == columns.size(),
                    "row '" + r.key() + "' has " + r.values().size() + " figures for " + columns.size() + " columns");
            for (Term t : r.parts()) {
                require(rowKeys.contains(t.key()), "row '" + r.key() + "' adds unknown row '" + t.key() + "'");
            }
        }
        for (Column c : columns) {
            for (Term t : c.parts()) {
                require(colKeys.contains(t.key()), "column '" + c.key() + "' adds unknown column '" + t.key() + "'");
            }
        }
        for (Row r : rows) {
            for (int c = 0; c < columns.size(); c++) {
                Column col = columns.get(c);
                Money actual = r.values().get(c);
                for (Optional<Money> expected : List.of(rowSum(rows, r, c), columnSum(columns, r, col))) {
                    if (expected.isPresent() && !expected.get().isEqual(actual)) {
                        throw new FinanceRuleException("total '" + r.label() + "' / '" + col.heading() + "' of "
                                + title, actual, "does not foot: its parts add to " + Gbp.readable(expected.get()));
                    }
                }
            }
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /**
     * @param rowKey a row key
     * @param colKey a column key
     * @return the exact figure
     */
    public Money value(String rowKey, String colKey) {
        return row(rowKey).values().get(columnIndex(colKey));
    }

    /**
     * @param key a row key
     * @return the row
     */
    public Row row(String key) {
        Row r = find(rows, key);
        if (r == null) {
            throw new IllegalArgumentException("table " + id + " has no row '" + key + "'");
        }
        return r;
    }

    /**
     * @param key a row key
     * @return whether the table has the row
     */
    boolean hasRow(String key) {
        return find(rows, key) != null;
    }

    /**
     * @param key a column key
     * @return whether the table has the column
     */
    boolean hasColumn(String key) {
        for (Column c : columns) {
            if (c.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** @return the row with the key, or null if there is none */
    private static Row find(List<Row> rows, String key) {
        for (Row r : rows) {
            if (r.key().equals(key)) {
                return r;
            }
        }
        return null;
    }

    /**
     * @param key a column key
     * @return the column
     */
    public Column column(String key) {
        return columns.get(columnIndex(key));
    }

    int columnIndex(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("table " + id + " has no column '" + key + "'");
    }

    private static Optional<Money> rowSum(List<Row> rows, Row r, int column) {
        if (!r.isTotal()) {
            return Optional.empty();
        }
        Money sum = Gbp.zero();
        for (Term t : r.parts()) {
            // the constructor has checked that every part is a row of the table
            Money v = find(rows, t.key()).values().get(column);
            sum = t.sign() > 0 ? sum.plus(v) : sum.minus(v);
        }
        return Optional.of(sum);
    }

    private static Optional<Money> columnSum(List<Column> columns, Row r, Column c) {
        if (!c.isTotal()) {
            return Optional.empty();
        }
        Money sum = Gbp.zero();
        for (Term t : c.parts()) {
            int index = 0;
            while (!columns.get(index).key().equals(t.key())) {
                index++;
            }
            Money v = r.values().get(index);
            sum = t.sign() > 0 ? sum.plus(v) : sum.minus(v);
        }
        return Optional.of(sum);
    }

    /**
     * Rounds the table for display: every figure, totals included, is rounded once from its exact value.
     *
     * @param policy the rounding policy
     * @return the rounded table, which knows its footing differences
     */
    public RoundedTable round(RoundingPolicy policy) {
        return RoundedTable.of(this, policy);
    }

    /** @return the table at whole £000, in the published layout (what JShell shows); the exact values stay in the record */
    @Override
    public String toString() {
        return TableText.text(round(RoundingPolicy.THOUSANDS));
    }

    /**
     * Starts a table.
     *
     * @param id the identifier
     * @param title the title
     * @return a builder
     */
    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /** Builds a table row by row; total rows and columns are computed from their parts. */
    public static final class Builder {
        private final String id;
        private final String title;
        private final List<Column> columns = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        /**
         * @param key the column key
         * @param heading the heading
         * @return this builder
         */
        public Builder column(String key, String heading) {
            columns.add(new Column(key, heading, List.of()));
            return this;
        }

        /**
         * A total column, computed for every row from the columns named.
         *
         * @param key the column key
         * @param heading the heading
         * @param parts the columns it adds up
         * @return this builder
         */
        public Builder totalColumn(String key, String heading, Term... parts) {
            columns.add(new Column(key, heading, List.of(parts)));
            return this;
        }

        /**
         * A row of figures for the non-total columns; total columns are filled in.
         *
         * @param key the row key
         * @param ref the reference, or empty
         * @param label the label
         * @param values one figure per non-total column
         * @return this builder
         */
        public Builder row(String key, String ref, String label, Money... values) {
            rows.add(new Row(key, ref, label, fillTotalColumns(Arrays.asList(values)), List.of()));
            return this;
        }

        /**
         * A row of figures for the non-total columns when there is one such column per item, such as one per year:
         * the figure of each item, in order.
         *
         * @param <T> the kind of item
         * @param key the row key
         * @param ref the reference, or empty
         * @param label the label
         * @param items one per non-total column, in order
         * @param figure the figure of an item
         * @return this builder
         */
        public <T> Builder row(String key, String ref, String label, List<T> items, Function<? super T, Money> figure) {
            return row(key, ref, label, figures(items, figure));
        }

        /**
         * A total row, computed for every column from the rows named.
         *
         * @param key the row key
         * @param ref the reference, or empty
         * @param label the label
         * @param parts the rows it adds up
         * @return this builder
         */
        public Builder totalRow(String key, String ref, String label, Term... parts) {
            List<Money> values = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                Money sum = Gbp.zero();
                for (Term t : parts) {
                    Money v = find(t.key()).values().get(c);
                    sum = t.sign() > 0 ? sum.plus(v) : sum.minus(v);
                }
                values.add(sum);
            }
            rows.add(new Row(key, ref, label, values, List.of(parts)));
            return this;
        }

        /**
         * A row whose figures the caller computed (for example from a budget book's identities) and that must
         * equal the named parts exactly; the table refuses it otherwise.
         *
         * @param key the row key
         * @param ref the reference, or empty
         * @param label the label
         * @param parts the rows it must equal the sum of
         * @param values one figure per non-total column
         * @return this builder
         */
        public Builder derivedRow(String key, String ref, String label, List<Term> parts, Money... values) {
            rows.add(new Row(key, ref, label, fillTotalColumns(Arrays.asList(values)), parts));
            return this;
        }

        /**
         * A derived row ({@link #derivedRow(String, String, String, List, Money...)}) when there is one non-total
         * column per item: the figure of each item, in order.
         *
         * @param <T> the kind of item
         * @param key the row key
         * @param ref the reference, or empty
         * @param label the label
         * @param parts the rows it must equal the sum of
         * @param items one per non-total column, in order
         * @param figure the figure of an item
         * @return this builder
         */
        public <T> Builder derivedRow(String key, String ref, String label, List<Term> parts, List<T> items,
                Function<? super T, Money> figure) {
            return derivedRow(key, ref, label, parts, figures(items, figure));
        }

        private static <T> Money[] figures(List<T> items, Function<? super T, Money> figure) {
            Money[] values = new Money[items.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = figure.apply(items.get(i));
            }
            return values;
        }

        /**
         * A total row over every row so far that is not itself a total.
         *
         * @param key the row key
         * @param ref the reference, or empty
         * @param label the label
         * @return this builder
         */
        public Builder totalOfRows(String key, String ref, String label) {
            List<Term> parts = new ArrayList<>();
            for (Row r : rows) {
                if (!r.isTotal()) {
                    parts.add(Term.plus(r.key()));
                }
            }
            return totalRow(key, ref, label, parts.toArray(new Term[0]));
        }

        private Row find(String key) {
            Row r = FigureTable.find(rows, key);
            if (r == null) {
                throw new IllegalArgumentException("no row '" + key + "' yet");
            }
            return r;
        }

        private List<Money> fillTotalColumns(List<Money> given) {
            int plain = 0;
            for (Column c : columns) {
                if (!c.isTotal()) {
                    plain++;
                }
            }
            require(given.size() == plain, "a row needs " + plain + " figures, not " + given.size());
            List<Money> out = new ArrayList<>();
            int g = 0;
            for (Column c : columns) {
                if (c.isTotal()) {
                    out.add(null);
                } else {
                    out.add(given.get(g++));
                }
            }
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                if (c.isTotal()) {
                    Money sum = Gbp.zero();
                    for (Term t : c.parts()) {
                        Money v = out.get(indexOf(t.key()));
                        sum = t.sign() > 0 ? sum.plus(v) : sum.minus(v);
                    }
                    out.set(i, sum);
                }
            }
            return out;
        }

        private int indexOf(String key) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).key().equals(key)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no column '" + key + "'");
        }

        /** @return the checked table */
        public FigureTable build() {
            return new FigureTable(id, title, columns, rows);
        }
    }
}
