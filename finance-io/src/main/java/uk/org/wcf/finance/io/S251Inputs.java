package uk.org.wcf.finance.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.org.wcf.finance.io.internal.csv.CsvTable;
import uk.org.wcf.finance.s251.BookMapping;
import uk.org.wcf.finance.s251.Measure;
import uk.org.wcf.finance.s251.S251Return;

/**
 * The small files that go with section 251 returns, each CSV (UTF-8) with a header:
 * <ul>
 *   <li>a <b>group</b> of councils (such as statistical neighbours): column {@code la}, one council code a row;</li>
 *   <li><b>populations</b>: columns {@code la,population_0_17}, a whole number more than 0;</li>
 *   <li>a <b>mapping</b> of budget-book lines to s251 lines: columns {@code book_line,s251_line} and optionally
 *   {@code measure}; see {@link BookMapping} for what each means. A blank or {@code none} s251 line leaves the
 *   book line off the statement.</li>
 * </ul>
 * Each code must be a council of the returns it goes with; a code given twice is a problem.
 */
public final class S251Inputs {

    private S251Inputs() {
    }

    /**
     * @param path the group file
     * @param returns the returns the group's councils must be in
     * @return the codes, in file order
     */
    public static ReadResult<Set<String>> group(Path path, S251Return returns) {
        try (CsvTable t = CsvTable.open(path, List.of("la"), List.of("la_name", "name"))) {
            Set<String> codes = new LinkedHashSet<>();
            t.readAll(row -> {
                String la = row.required("la");
                if (la == null) {
                    return null;
                }
                code(row, la.strip(), returns, codes);
                return la;
            });
            return ReadResult.of(codes, t.problems());
        }
    }

    /**
     * @param path the population file
     * @param returns the returns the councils must be in
     * @return each council's population aged 0 to 17, by code
     */
    public static ReadResult<Map<String, Long>> population(Path path, S251Return returns) {
        try (CsvTable t = CsvTable.open(path, List.of("la", "population_0_17"), List.of("la_name", "name"))) {
            Map<String, Long> out = new LinkedHashMap<>();
            t.readAll(row -> {
                String la = row.required("la");
                String p = row.required("population_0_17");
                if (la == null || p == null) {
                    return null;
                }
                String n = p.strip().replace(",", "");
                if (!n.matches("\\d{1,12}") || Long.parseLong(n) == 0) {
                    row.fail("population_0_17", "the population is '" + p + "': a whole number more than 0");
                    return null;
                }
                Set<String> seen = new LinkedHashSet<>(out.keySet());
                if (code(row, la.strip(), returns, seen)) {
                    out.put(la.strip(), Long.parseLong(n));
                }
                return la;
            });
            return ReadResult.of(out, t.problems());
        }
    }

    private static boolean code(CsvTable.Row row, String la, S251Return returns, Set<String> seen) {
        if (returns.council(la).isEmpty()) {
            row.fail("la", "council '" + la + "' is not in the " + returns.year() + " " + returns.kind().word() + " ("
                    + returns.councils().size() + " councils)");
            return false;
        }
        if (!seen.add(la)) {
            row.fail("la", "council '" + la + "' is given twice");
            return false;
        }
        return true;
    }

    /**
     * @param path the mapping file
     * @return the mappings, in file order
     */
    public static ReadResult<List<BookMapping>> mapping(Path path) {
        try (CsvTable t = CsvTable.open(path, List.of("book_line", "s251_line"), List.of("measure"))) {
            List<BookMapping> out = new ArrayList<>();
            t.readAll(row -> {
                String book = row.required("book_line");
                if (book == null) {
                    return null;
                }
                String line = row.text("s251_line");
                Optional<String> s251 = line == null || line.isBlank() || line.strip().equalsIgnoreCase("none")
                        ? Optional.empty() : Optional.of(line.strip());
                String m = row.has("measure") ? row.text("measure") : null;
                Optional<Measure> measure = Optional.empty();
                if (m != null && !m.isBlank()) {
                    measure = Optional.ofNullable(row.parse("measure", Measure::parse));
                    if (measure.isEmpty()) {
                        return null;
                    }
                }
                BookMapping bm = BookMapping.of(book.strip(), s251, measure);
                out.add(bm);
                return bm;
            });
            return ReadResult.of(out, t.problems());
        }
    }
}
