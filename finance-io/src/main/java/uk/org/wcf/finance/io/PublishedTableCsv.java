package uk.org.wcf.finance.io;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.org.wcf.finance.io.internal.csv.AmountSyntax;
import uk.org.wcf.finance.io.internal.csv.CsvReader;
import uk.org.wcf.finance.io.write.Csv;
import uk.org.wcf.finance.report.PublishedTable;

/**
 * Reads a published table as the reference CSVs give it: {@code #} comment lines (the first is the source, the
 * rest are notes), a header, one row per published line. The row key is the {@code ref} column where there is
 * one, otherwise {@code line} (or {@code kpi}); the label is {@code service} or {@code line}. Every other column
 * whose cells are numbers is a figure column; text columns (such as {@code kind}) are kept out of the figures.
 * A blank cell is a figure the source does not give. A figure column may name its unit, as {@link Csv#table}
 * writes it ({@code staffing_gbp_thousands} is the column {@code staffing}).
 */
public final class PublishedTableCsv {

    private static final String THOUSANDS = Csv.unitSuffix(uk.org.wcf.finance.money.RoundingPolicy.Unit.THOUSANDS);

    private PublishedTableCsv() {
    }

    /**
     * Reads a published table.
     *
     * @param id the identifier of the model table it corresponds to
     * @param file the file name, for problems
     * @param in the CSV
     * @return the table and any problems
     */
    public static ReadResult<PublishedTable> read(String id, String file, InputStream in) {
        List<List<String>> raw = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        List<String> header;
        List<Problem> problems = new ArrayList<>();
        List<String> comments;
        try (CsvReader r = CsvReader.open(file, in)) {
            var head = r.next();
            // a figure column named with its unit, as the library writes tables (staffing_gbp_thousands), is the column
            // of the published table's key (staffing): published tables are in £000
            header = head == null ? List.of() : head.cells().stream().map(String::strip)
                    .map(h -> h.endsWith(THOUSANDS) && h.length() > THOUSANDS.length() ? h.substring(0, h.length() - THOUSANDS.length()) : h)
                    .toList();
            for (int c = 0; c < header.size(); c++) {
                if (header.indexOf(header.get(c)) < c) {
                    problems.add(Problem.ofCell(file, head.line(), c + 1, header.get(c), "the column '" + header.get(c)
                            + "' appears twice, in columns " + (header.indexOf(header.get(c)) + 1) + " and " + (c + 1) + "; keep one"));
                }
            }
            for (var rec = r.next(); rec != null; rec = r.next()) {
                if (rec.cells().size() != header.size()) {
                    problems.add(Problem.ofLine(file, rec.line(), "the line has " + rec.cells().size()
                            + " cells but the header has " + header.size()));
                    continue;
                }
                boolean plain = true;
                for (int c = 0; c < header.size(); c++) {
                    var p = uk.org.wcf.finance.report.SafeText.problem(header.get(c), rec.cells().get(c).strip());
                    if (p.isPresent()) {
                        problems.add(Problem.ofCell(file, rec.line(), c + 1, header.get(c), p.get()));
                        plain = false;
                    }
                }
                if (!plain) {
                    continue;
                }
                raw.add(rec.cells());
                lines.add(rec.line());
            }
            problems.addAll(r.problems());
            comments = r.comments();
        }
        if (header.isEmpty()) {
            problems.add(Problem.ofFile(file, "the file is empty: it needs a header line"));
            return ReadResult.of(new PublishedTable(id, "", List.of(), List.of()), problems);
        }
        int keyCol = firstOf(header, "ref", "line", "kpi").orElse(0);
        int labelCol = firstOf(header, "service", "line", "descriptor").orElse(keyCol);
        List<Integer> figureCols = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (c == keyCol || c == labelCol) {
                continue;
            }
            final int col = c;
            if (raw.stream().allMatch(row -> row.get(col).isBlank() || number(row.get(col)).isPresent())) {
                figureCols.add(c);
            }
        }
        List<PublishedTable.Row> rows = new ArrayList<>();
        for (List<String> row : raw) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            for (int c : figureCols) {
                number(row.get(c)).ifPresent(v -> values.put(header.get(c), v));
            }
            rows.add(new PublishedTable.Row(row.get(keyCol).strip(), row.get(labelCol).strip(), values));
        }
        String source = comments.isEmpty() ? file : comments.get(0);
        List<String> notes = comments.size() > 1 ? comments.subList(1, comments.size()) : List.of();
        return ReadResult.of(new PublishedTable(id, source, rows, notes), problems);
    }

    private static Optional<Integer> firstOf(List<String> header, String... names) {
        for (String n : names) {
            int i = header.indexOf(n);
            if (i >= 0) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> number(String text) {
        try {
            return Optional.of(AmountSyntax.decimal(text.strip(), "figure"));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
