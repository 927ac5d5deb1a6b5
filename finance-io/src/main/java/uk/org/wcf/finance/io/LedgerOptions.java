package uk.org.wcf.finance.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import uk.org.wcf.finance.io.internal.ledger.LedgerReader;

/**
 * How to read a ledger extract as a finance system wrote it, without renaming its headers by hand.
 *
 * <ul>
 *   <li><b>Columns</b> ({@code --columns date=Paid Date,cost_centre=Service Area}): which header holds a field.
 *   The fields are {@code date}, {@code period}, {@code cost_centre}, {@code subjective} (the code),
 *   {@code amount} (pounds) and {@code year}; a field not given keeps the library's names. A field may name
 *   alternatives, {@code cost_centre=Organisational Unit|Service Area}, so that one map fits files whose headers
 *   change from quarter to quarter; a header with two of them is refused, naming both.</li>
 *   <li><b>Filters</b> ({@code --where Type=Revenue}): keep only the rows whose column holds one of the values.
 *   Filters on different columns must all hold (and); values given for the same column are alternatives (or):
 *   {@code --where Type=Revenue --where Type=Rev} keeps both. A column may name alternatives as above
 *   ({@code Type|caporrev=Revenue}). Rows left out are not read further (a bad date on a capital row is not a
 *   problem of a revenue import) and are counted in {@link LedgerSummary#leftOut()}.</li>
 *   <li><b>Period</b>: every posting in one period (1 to 12), for an extract whose dates cannot be used (a
 *   quarterly file whose every date is {@code 00:00:00}); the date and period columns are then not read, and the
 *   year must be given.</li>
 * </ul>
 * Header names and filter values are matched ignoring case, surrounding spaces, and the difference between runs of
 * spaces and underscores ({@code Paid Date }, {@code paid_date} and {@code PAID  DATE} are one name), never more
 * loosely: a header in which two columns match one name is refused, naming both.
 *
 * @param columns field to header names (normalised), in the order given
 * @param where each filter's column names (normalised) and the values kept (normalised)
 * @param period 1 to 12 for every posting in that period, or 0 to read each posting's date or period
 */
public record LedgerOptions(Map<String, List<String>> columns, List<Filter> where, int period) {

    /** The fields {@code --columns} may map. */
    public static final List<String> FIELDS = List.of("date", "period", "cost_centre", "subjective", "amount", "year");

    /** The library's names, nothing left out, each posting's own date. */
    public static final LedgerOptions NONE = new LedgerOptions(Map.of(), List.of(), 0);

    /**
     * One filter.
     *
     * @param columns the column's names (alternatives), normalised
     * @param values the values kept, normalised
     * @param text the filter as given, for notes
     */
    public record Filter(List<String> columns, Set<String> values, String text) {
        /**
         * Copies.
         *
         * @param columns names
         * @param values values
         * @param text as given
         */
        public Filter {
            columns = List.copyOf(columns);
            values = Set.copyOf(values);
        }
    }

    /**
     * Copies and checks.
     *
     * @param columns field to names
     * @param where filters
     * @param period 0 to 12
     */
    public LedgerOptions {
        Map<String, List<String>> c = new LinkedHashMap<>();
        columns.forEach((k, v) -> c.put(k, List.copyOf(v)));
        columns = java.util.Collections.unmodifiableMap(c);
        where = List.copyOf(where);
        if (period < 0 || period > 12) {
            throw new IllegalArgumentException("the period is " + period + ": it is P1 to P12");
        }
    }

    /**
     * A name as headers are matched: stripped, lower case, each run of spaces and underscores one space.
     *
     * @param name a header or a value
     * @return the normalised name
     */
    public static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ");
    }

    /**
     * Parses {@code --columns} values: {@code field=COL[|COL...]}, separated by commas, in one or more values.
     *
     * @param specs the values given
     * @return field to names
     * @throws IllegalArgumentException naming the part that is wrong
     */
    public static Map<String, List<String>> parseColumns(List<String> specs) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String spec : specs) {
            for (String part : spec.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                int eq = part.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("--columns '" + part.strip() + "': write field=COLUMN, such as "
                            + "date=Paid Date; the fields are " + String.join(", ", FIELDS));
                }
                String field = part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                if (field.equals("code") || field.equals("account")) {
                    field = "subjective";
                }
                if (!FIELDS.contains(field)) {
                    throw new IllegalArgumentException("--columns '" + part.strip() + "': '" + field + "' is not a field; "
                            + "the fields are " + String.join(", ", FIELDS));
                }
                List<String> names = names(part.substring(eq + 1), "--columns '" + part.strip() + "'");
                if (out.putIfAbsent(field, names) != null) {
                    throw new IllegalArgumentException("--columns names " + field + " twice; give it once (alternatives "
                            + "as " + field + "=A|B)");
                }
            }
        }
        return out;
    }

    /**
     * Parses {@code --where} values, each {@code COL[|COL...]=VALUE[|VALUE...]}; the same column twice adds values.
     *
     * @param specs the values given
     * @return the filters
     * @throws IllegalArgumentException naming the part that is wrong
     */
    public static List<Filter> parseWhere(List<String> specs) {
        Map<List<String>, Set<String>> byColumn = new LinkedHashMap<>();
        Map<List<String>, List<String>> texts = new LinkedHashMap<>();
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--where '" + spec + "': write COLUMN=VALUE, such as Type=Revenue");
            }
            List<String> cols = names(spec.substring(0, eq), "--where '" + spec + "'");
            String value = spec.substring(eq + 1);
            Set<String> values = new LinkedHashSet<>();
            for (String v : value.split("\\|", -1)) {
                values.add(normalise(v));
            }
            byColumn.computeIfAbsent(cols, k -> new LinkedHashSet<>()).addAll(values);
            texts.computeIfAbsent(cols, k -> new ArrayList<>()).add(spec.strip());
        }
        List<Filter> out = new ArrayList<>();
        byColumn.forEach((cols, values) -> out.add(new Filter(cols, values, String.join(" or ", texts.get(cols)))));
        return out;
    }

    private static List<String> names(String text, String where) {
        List<String> names = new ArrayList<>();
        for (String n : text.split("\\|")) {
            String k = normalise(n);
            if (k.isEmpty()) {
                throw new IllegalArgumentException(where + ": a column name is empty");
            }
            if (!names.contains(k)) {
                names.add(k);
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException(where + ": a column name is empty");
        }
        return names;
    }

    /**
     * These options with another set's columns and filters under them: a field this set maps wins; the filters of
     * both apply.
     *
     * @param under the options given elsewhere (a mapping file's)
     * @return the combined options
     */
    public LedgerOptions over(LedgerOptions under) {
        Map<String, List<String>> c = new LinkedHashMap<>(under.columns);
        c.putAll(columns);
        List<Filter> w = new ArrayList<>(under.where);
        w.addAll(where);
        return new LedgerOptions(c, w, period != 0 ? period : under.period);
    }

    /**
     * @param newPeriod 1 to 12, or 0
     * @return a copy with every posting in that period
     */
    public LedgerOptions withPeriod(int newPeriod) {
        return new LedgerOptions(columns, where, newPeriod);
    }

    /**
     * Reads the options a mapping file carries in comment lines above its header: {@code # columns: date=Paid Date,
     * cost_centre=Service Area} and {@code # where: Type=Revenue} (one filter a line).
     *
     * @param lines the file's first lines, up to its header
     * @return the options the file gives (NONE when it gives none)
     * @throws IllegalArgumentException for a malformed line
     */
    public static LedgerOptions fromComments(List<String> lines) {
        List<String> columns = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (String l : lines) {
            String t = l.strip();
            if (!t.startsWith("#")) {
                break;
            }
            String body = t.substring(1).strip();
            String lower = body.toLowerCase(Locale.ROOT);
            if (lower.startsWith("columns:")) {
                columns.add(body.substring("columns:".length()));
            } else if (lower.startsWith("where:")) {
                where.add(body.substring("where:".length()).strip());
            }
        }
        return columns.isEmpty() && where.isEmpty() ? NONE
                : new LedgerOptions(parseColumns(columns), parseWhere(where), 0);
    }

    /** @return true when nothing differs from {@link #NONE} */
    public boolean isNone() {
        return columns.isEmpty() && where.isEmpty() && period == 0;
    }
}
