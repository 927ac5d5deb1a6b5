package uk.org.wcf.finance.cli;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test fixture: Oxford City Council's published "expenditure over £500" extracts ({@code ../shared/ledgers/oxford/},
 * see its README) turned into monthly totals by service area, revenue only, as a plain {@code line,month,actual}
 * CSV per financial year. It copes with what the README lists: headers that change from quarter to quarter (and a
 * trailing space), day-first dates, and names that differ only by punctuation or spacing (one line, under the
 * first spelling seen). The April-June 2014 file has no paid dates ({@code 00:00:00}): its quarter is spread evenly
 * over April, May and June (the pennies left over in June), so the quarter's total and every share of the year
 * at P3, P6 and P9 are exact, but not the months inside the quarter.
 */
final class OxfordExtracts {

    private static final Pattern QUARTER = Pattern.compile("expenditure-over-500-(apr|jul|oct|jan)-\\w{3}-(\\d{4})\\.csv");

    private OxfordExtracts() {
    }

    /** @return the folder of the extracts, relative to the module (CI has shared/ beside the clone) */
    static Path folder() {
        return Paths.get(System.getProperty("wcf.oxford", "../../shared/ledgers/oxford"));
    }

    /**
     * Writes one {@code line,month,actual} file per financial year, {@code 2014-15.csv} and so on.
     *
     * @param dir where to write
     * @return the files by year start
     * @throws IOException on a read failure
     */
    static Map<Integer, Path> writeByYear(Path dir) throws IOException {
        Map<String, String> names = new HashMap<>();
        Map<String, Map<YearMonth, BigDecimal>> totals = new TreeMap<>();
        Map<String, Map<YearMonth, BigDecimal>> undated = new TreeMap<>();
        List<Path> files;
        try (var s = Files.list(folder())) {
            files = s.filter(p -> QUARTER.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        for (Path f : files) {
            Matcher q = QUARTER.matcher(f.getFileName().toString());
            q.matches();
            int firstMonth = switch (q.group(1)) {
                case "apr" -> 4;
                case "jul" -> 7;
                case "oct" -> 10;
                default -> 1;
            };
            YearMonth quarterStart = YearMonth.of(Integer.parseInt(q.group(2)), firstMonth);
            List<List<String>> rows = parse(new java.io.BufferedReader(new java.io.InputStreamReader(Files.newInputStream(f), StandardCharsets.UTF_8)));
            List<String> head = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace("\ufeff", "")).toList();
            int unit = column(head, f, "organisational unit", "organisatonal unit", "service area");
            int date = column(head, f, "paid date");
            int amount = column(head, f, "amount");
            int type = column(head, f, "type", "caporrev", "capital or revenue");
            for (List<String> r : rows.subList(1, rows.size())) {
                if (r.size() <= Math.max(Math.max(unit, date), Math.max(amount, type)) || r.get(amount).isBlank()
                        || !r.get(type).strip().equalsIgnoreCase("revenue")) {
                    continue;
                }
                String name = r.get(unit).strip();
                String key = name.replaceAll("[^A-Za-z0-9&]+", " ").strip().toLowerCase(Locale.ROOT);
                String line = names.computeIfAbsent(key, k -> name);
                BigDecimal a = new BigDecimal(r.get(amount).strip().replace(",", "").replace("£", ""));
                Map<YearMonth, BigDecimal> months = totals.computeIfAbsent(line, k -> new TreeMap<>());
                String d = r.get(date).strip();
                if (d.equals("00:00:00")) {
                    undated.computeIfAbsent(line, k -> new TreeMap<>()).merge(quarterStart, a, BigDecimal::add);
                } else {
                    String[] dmy = d.split(" ")[0].split("/");
                    months.merge(YearMonth.of(Integer.parseInt(dmy[2]), Integer.parseInt(dmy[1])), a, BigDecimal::add);
                }
            }
        }
        undated.forEach((line, quarters) -> quarters.forEach((start, a) -> {
            Map<YearMonth, BigDecimal> months = totals.computeIfAbsent(line, k -> new TreeMap<>());
            BigDecimal third = a.divide(BigDecimal.valueOf(3), 2, RoundingMode.DOWN);
            months.merge(start, third, BigDecimal::add);
            months.merge(start.plusMonths(1), third, BigDecimal::add);
            months.merge(start.plusMonths(2), a.subtract(third).subtract(third), BigDecimal::add);
        }));
        Map<Integer, StringBuilder> out = new TreeMap<>();
        totals.forEach((line, months) -> months.forEach((m, v) -> {
            int fy = m.getMonthValue() >= 4 ? m.getYear() : m.getYear() - 1;
            out.computeIfAbsent(fy, k -> new StringBuilder("line,month,actual\n"))
                    .append('"').append(line.replace("\"", "\"\"")).append("\",").append(m).append(',').append(v.toPlainString()).append('\n');
        }));
        Map<Integer, Path> written = new TreeMap<>();
        for (var e : out.entrySet()) {
            Path p = dir.resolve(e.getKey() + "-" + String.format("%02d", (e.getKey() + 1) % 100) + ".csv");
            Files.writeString(p, e.getValue());
            written.put(e.getKey(), p);
        }
        return written;
    }

    private static int column(List<String> head, Path f, String... names) {
        for (String n : names) {
            int i = head.indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        throw new IllegalStateException(f + " has none of the columns " + List.of(names) + ": " + head);
    }

    /** RFC 4180 records: quoted cells with commas, doubled quotes and line breaks. */
    private static List<List<String>> parse(Reader in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        try (in) {
            for (int c = in.read(); c >= 0; c = in.read()) {
                if (quoted) {
                    if (c == '"') {
                        int n = in.read();
                        if (n == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            if (n < 0) {
                                break;
                            }
                            c = n;
                        }
                    } else {
                        cell.append((char) c);
                        continue;
                    }
                    if (quoted) {
                        continue;
                    }
                }
                if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else if (c != '\r') {
                    cell.append((char) c);
                }
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
