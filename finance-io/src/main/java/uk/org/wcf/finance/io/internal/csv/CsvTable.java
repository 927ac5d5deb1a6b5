package uk.org.wcf.finance.io.internal.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.joda.money.Money;

import uk.org.wcf.finance.io.Amounts;
import uk.org.wcf.finance.io.InputFiles;
import uk.org.wcf.finance.io.InvalidInputException;
import uk.org.wcf.finance.io.Problem;
import uk.org.wcf.finance.io.ReadResult;
import uk.org.wcf.finance.io.internal.Problems;
import uk.org.wcf.finance.io.write.Csv;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.report.SafeText;

/**
 * A CSV file with a header, read row by row with the columns found by name (in any order). A missing required
 * column, a column the format does not know, a row with too many or too few cells, and every cell that does
 * not parse is a {@link Problem} naming file, line and column; a bad row is left out of the values but never
 * silently: its problem is reported. A cell holding a control or direction-override character ({@link SafeText}) is
 * refused at its cell. Problems are summed up as every reader does ({@link Problems}): a run of one cause on
 * consecutive lines is one problem, and the first 1,000 are listed, then a count of the rest.
 */
public final class CsvTable implements Closeable {

    private final CsvReader reader;
    private final List<String> header;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final boolean usable;

    private CsvTable(CsvReader reader, List<String> required, List<String> optional, boolean allowOthers) {
        this(reader, required, optional, allowOthers, "", List.of());
    }

    private CsvTable(CsvReader reader, List<String> required, List<String> optional, boolean allowOthers,
            String unitSuffix, List<String> withUnit) {
        this.reader = reader;
        CsvRecord head = reader.next();
        if (head == null) {
            header = List.of();
            if (reader.problems().isEmpty()) {
                problems.add(Problem.ofFile(reader.file(), "the file is empty: it needs a header line naming the columns "
                        + String.join(",", required)));
            }
            usable = false;
            return;
        }
        // a money column may name its unit (net_budget_gbp_thousands for net_budget): it is read as the column
        header = head.cells().stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .map(h -> !unitSuffix.isEmpty() && h.endsWith(unitSuffix)
                        && withUnit.contains(h.substring(0, h.length() - unitSuffix.length()))
                        ? h.substring(0, h.length() - unitSuffix.length()) : h)
                .toList();
        Set<String> known = new LinkedHashSet<>(required);
        known.addAll(optional);
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (index.putIfAbsent(h, i) != null) {
                problems.add(Problem.ofCell(reader.file(), head.line(), i + 1, h, "the column '" + h + "' appears twice"));
            } else if (!allowOthers && !known.contains(h)) {
                problems.add(Problem.ofCell(reader.file(), head.line(), i + 1, h, "unknown column '" + h
                        + "'; the columns are " + String.join(",", known)));
            }
        }
        boolean ok = true;
        for (String r : required) {
            if (!index.containsKey(r)) {
                problems.add(Problem.ofLine(reader.file(), head.line(), "the header has no column '" + r
                        + "'; it needs " + String.join(",", required)));
                ok = false;
            }
        }
        usable = ok;
    }

    /**
     * Opens a CSV stream whose header must name the required columns and may name the optional ones.
     *
     * @param file the file name for problems
     * @param in the bytes (UTF-8)
     * @param required columns that must be present
     * @param optional columns that may be present
     * @return the table
     */
    public static CsvTable open(String file, InputStream in, List<String> required, List<String> optional) {
        return new CsvTable(CsvReader.open(file, in), required, optional, false);
    }

    /**
     * Opens a CSV stream whose money columns may be named with their unit, as the library writes them: a header
     * cell {@code net_budget_gbp_thousands} is the column {@code net_budget} when the suffix is
     * {@code _gbp_thousands} and {@code net_budget} is one of the money columns. The older names without the unit
     * are read the same.
     *
     * @param file the file name for problems
     * @param in the bytes (UTF-8)
     * @param required columns that must be present
     * @param optional columns that may be present
     * @param unitSuffix the unit's ending, such as {@code _gbp_thousands}
     * @param money the columns that may carry it
     * @return the table
     */
    public static CsvTable open(String file, InputStream in, List<String> required, List<String> optional,
            String unitSuffix, List<String> money) {
        return new CsvTable(CsvReader.open(file, in), required, optional, false, unitSuffix, money);
    }

    /**
     * Opens a CSV stream that may have columns beyond those named.
     *
     * @param file the file name for problems
     * @param in the bytes (UTF-8)
     * @param required columns that must be present
     * @return the table
     */
    public static CsvTable openLenient(String file, InputStream in, List<String> required) {
        return new CsvTable(CsvReader.open(file, in), required, List.of(), true);
    }

    /**
     * Opens a CSV file.
     *
     * @param path the file
     * @param required columns that must be present
     * @param optional columns that may be present
     * @return the table
     * @throws InvalidInputException if the file cannot be read
     */
    public static CsvTable open(Path path, List<String> required, List<String> optional) {
        try {
            return open(path.toString(), InputFiles.open(path), required, optional);
        } catch (UncheckedIOException e) {
            throw new InvalidInputException(Problem.ofFile(path.toString(), "cannot be read: " + e.getCause().getMessage()));
        }
    }

    /** @return the header names, lower-case, in file order */
    public List<String> header() {
        return header;
    }

    /** @return the comment lines read so far */
    public List<String> comments() {
        return reader.comments();
    }

    /** @return every problem found so far, header and rows, in file order */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(reader.problems());
        return Problems.summarised(all);
    }

    /** @return the file name */
    public String file() {
        return reader.file();
    }

    /**
     * Reads the next row.
     *
     * @return the row, or empty at the end of the file (or when the header is unusable)
     */
    public Optional<Row> next() {
        if (!usable) {
            return Optional.empty();
        }
        CsvRecord rec = reader.next();
        if (rec == null) {
            return Optional.empty();
        }
        Row row = new Row(rec);
        if (rec.cells().size() != header.size()) {
            row.fail(0, "the line has " + rec.cells().size() + " cells but the header has " + header.size());
        }
        // a control or direction-override character in any cell, read or not, is refused at its cell
        for (int i = 0; i < rec.cells().size(); i++) {
            String name = i < header.size() ? header.get(i) : "the cell";
            int col = i + 1;
            SafeText.problem(name, rec.cells().get(i).strip()).ifPresent(m -> row.fail(col, m));
        }
        return Optional.of(row);
    }

    /**
     * Reads every row through a mapping function; rows with problems are left out and their problems kept.
     *
     * @param mapper turns a row into a value; it records problems on the row and may return null
     * @param <T> the value type
     * @return the values of good rows and every problem
     */
    public <T> ReadResult<List<T>> readAll(Function<Row, T> mapper) {
        List<T> out = new ArrayList<>();
        for (Optional<Row> r = next(); r.isPresent(); r = next()) {
            Row row = r.get();
            T value = row.ok() ? mapper.apply(row) : null;
            if (row.ok() && value != null) {
                out.add(value);
            }
        }
        return ReadResult.of(out, problems());
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException(new IOException("closing " + file(), e.getCause()));
        }
    }

    /** One row, with typed access to its cells by column name. Parse failures become problems on the row. */
    public final class Row {
        private final CsvRecord record;
        private boolean ok = true;

        private Row(CsvRecord record) {
            this.record = record;
        }

        /** @return the line the row starts on */
        public long line() {
            return record.line();
        }

        /** @return true while no problem has been found on the row */
        public boolean ok() {
            return ok;
        }

        /**
         * Records a problem with a cell (column 0: the whole row) and marks the row bad.
         *
         * @param column the 1-based column, or 0
         * @param message the rule broken
         */
        public void fail(int column, String message) {
            ok = false;
            problems.add(Problem.ofCell(reader.file(), record.line(), column,
                    column > 0 && column <= header.size() ? header.get(column - 1) : "", message));
        }

        /**
         * Records a problem with a named column.
         *
         * @param column the column name
         * @param message the rule broken
         */
        public void fail(String column, String message) {
            Integer i = index.get(column);
            fail(i == null ? 0 : i + 1, message);
        }

        /**
         * @param column a column name
         * @return true when the header has the column and the cell is not blank
         */
        public boolean has(String column) {
            return !text(column).isEmpty();
        }

        /**
         * @param column a column name
         * @return the cell, stripped (a formula-defused {@code '=x} reads as {@code =x}); empty when the column is
         *         absent or the row is short
         */
        public String text(String column) {
            Integer i = index.get(column);
            return i == null || i >= record.cells().size() ? "" : Csv.undefused(record.cells().get(i).strip());
        }

        /**
         * A cell that must not be blank.
         *
         * @param column a column name
         * @return the cell, or null (with a problem) when blank
         */
        public String required(String column) {
            String t = text(column);
            if (t.isEmpty()) {
                fail(column, column + " is blank; a value is required");
                return null;
            }
            return t;
        }

        /**
         * Parses a cell with a parser that throws {@link FinanceRuleException} or {@link IllegalArgumentException}
         * on bad text; its message becomes the problem.
         *
         * @param column a column name
         * @param parser the parser
         * @param <T> the parsed type
         * @return the value, or null with a problem
         */
        public <T> T parse(String column, Function<String, T> parser) {
            String t = required(column);
            if (t == null) {
                return null;
            }
            try {
                return parser.apply(t);
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                fail(column, e.getMessage());
                return null;
            }
        }

        /**
         * An amount in GBP in the given unit; see {@link Amounts#parse(String, Amounts.Unit)} for the forms
         * accepted.
         *
         * @param column a column name
         * @param unit pounds or thousands
         * @return the amount, or null with a problem
         */
        public Money amount(String column, Amounts.Unit unit) {
            return parse(column, t -> Amounts.parse(t, unit));
        }

        /**
         * An optional amount: blank or absent is zero.
         *
         * @param column a column name
         * @param unit pounds or thousands
         * @return the amount (zero when blank), or null with a problem
         */
        public Money amountOrZero(String column, Amounts.Unit unit) {
            return has(column) ? amount(column, unit) : Gbp.zero();
        }

        /**
         * A whole number of GBP thousands (the published tables' unit).
         *
         * @param column a column name
         * @return the number, or null with a problem
         */
        public BigDecimal decimal(String column) {
            return parse(column, t -> AmountSyntax.decimal(t, column));
        }
    }
}
