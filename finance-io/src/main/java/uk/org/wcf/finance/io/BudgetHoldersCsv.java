package uk.org.wcf.finance.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.io.internal.csv.CsvTable;
import uk.org.wcf.finance.returns.Packs;
import uk.org.wcf.finance.structure.Service;

/**
 * Which budget holder forecasts which lines of a budget book: columns {@code line,holder}, one row per line or per
 * service. {@code line} is a line's name ({@code service / subjective group}, as {@link Packs#lineName} makes it) or a
 * service's reference or name, for every line of the service; a row for a line wins over its service's row. A name
 * that is neither, a line or service given twice, a blank holder, and a line of the book left without a holder are
 * each a problem with file, line and column.
 */
public final class BudgetHoldersCsv {

    private BudgetHoldersCsv() {
    }

    /**
     * Reads the holders.
     *
     * @param path the file
     * @param book the book whose lines they hold
     * @return each line's holder, by line name in book order, and any problems
     */
    public static ReadResult<Map<String, String>> read(Path path, BudgetBook book) {
        Map<String, String> byLine = new LinkedHashMap<>();
        Map<String, String> byService = new LinkedHashMap<>();
        Map<String, Service> services = new LinkedHashMap<>();
        book.services().forEach(s -> {
            services.put(s.ref(), s);
            services.putIfAbsent(s.name(), s);
        });
        List<String> lines = book.lines().stream().map(l -> Packs.lineName(l.line())).toList();
        List<Problem> problems = new ArrayList<>();
        try (CsvTable t = CsvTable.open(path, List.of("line", "holder"), List.of())) {
            problems.addAll(t.readAll(row -> {
                String line = row.required("line");
                String holder = row.required("holder");
                if (!row.ok()) {
                    return null;
                }
                if (lines.contains(line)) {
                    if (byLine.putIfAbsent(line, holder) != null) {
                        row.fail("line", "the line '" + line + "' is given a holder twice");
                    }
                } else if (services.containsKey(line)) {
                    if (byService.putIfAbsent(services.get(line).ref(), holder) != null) {
                        row.fail("line", "the service '" + line + "' is given a holder twice");
                    }
                } else {
                    row.fail("line", "'" + line + "' is neither a line of the book (such as '" + lines.get(0)
                            + "') nor a service's reference or name");
                }
                return line;
            }).problems());
        }
        Map<String, String> out = new LinkedHashMap<>();
        List<String> without = new ArrayList<>();
        book.lines().forEach(l -> {
            String name = Packs.lineName(l.line());
            String h = byLine.getOrDefault(name, byService.get(l.line().service().ref()));
            if (h == null) {
                without.add(name);
            } else {
                out.put(name, h);
            }
        });
        if (problems.isEmpty() && !without.isEmpty()) {
            problems.add(Problem.ofFile(path.toString(), without.size() + " line(s) of the book have no holder, such as '"
                    + without.get(0) + "': give every line, or its service, a holder"));
        }
        return ReadResult.of(out, problems);
    }
}
