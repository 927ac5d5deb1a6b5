package uk.org.wcf.finance.io;

import java.io.InputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.joda.money.Money;

import uk.org.wcf.finance.forecast.Forecast;
import uk.org.wcf.finance.io.internal.csv.CsvTable;
import uk.org.wcf.finance.io.internal.csv.DateSyntax;
import uk.org.wcf.finance.io.write.Csv;
import uk.org.wcf.finance.ledger.Actuals;
import uk.org.wcf.finance.ledger.LedgerLines;
import uk.org.wcf.finance.money.FinanceRuleException;

/**
 * Monthly actuals by line for outturn forecasts, and the forecasts written back.
 *
 * <p>In, either of two layouts, columns in any order: the file {@code actuals} writes,
 * {@code cost_centre,month,budget,actual,variance} (the cost centre is the line; budget and variance are not
 * used), or a plain {@code line,month,actual} ({@code actual_gbp} too, as {@code import} writes it, with optional
 * {@code ledger,ledger_lines} after it: the ledger file and its lines summed into the month). {@code month} is written {@code 2016-04}; {@code actual} in
 * pounds ({@code 1,234.56}, {@code -975} and {@code (975)} too). A line and month given twice is a problem.
 * A month with no row is nil.
 *
 * <p>Out: {@code line,actual_to_date,outturn,p10,p90,method}, the columns as issue #23 spelled them for users'
 * scripts (so the money columns do not carry {@code _gbp}: they are pounds; read back also with {@code _gbp}), pounds
 * with two decimals, {@code p10} and
 * {@code p90} empty where the forecast has no range. {@link #readForecasts} reads it back.
 */
public final class MonthlyActualsCsv {

    /** The columns of a plain file. */
    public static final List<String> PLAIN = List.of("line", "month", "actual");
    /** The columns of the file {@code actuals} writes. */
    public static final List<String> ACTUALS = List.of("cost_centre", "month", "budget", "actual", "variance");
    /**
     * The columns of the forecasts written, as spelled for {@code forecast --format csv} (money in pounds): kept
     * exactly, since users' scripts read them.
     */
    public static final List<String> FORECAST = List.of("line", "actual_to_date", "outturn", "p10", "p90", "method");
    /** The columns of the forecasts as read: the money columns without or with {@code _gbp}. */
    private static final List<String> FORECAST_READ = List.of("line", "actual_to_date", "outturn", "p10", "p90", "method");
    /** The columns of a file of imported actuals ({@link #writeActuals}), which {@link #read} reads as a plain file. */
    public static final List<String> IMPORTED = List.of("line", "month", "actual_gbp");
    /**
     * The columns of a file of imported actuals that says where they came from: {@link #IMPORTED}, then the ledger
     * file and its lines summed into the month's actual (blank for a month without postings).
     */
    public static final List<String> IMPORTED_WITH_LEDGER = List.of("line", "month", "actual_gbp", "ledger", "ledger_lines");

    private MonthlyActualsCsv() {
    }

    /**
     * Reads monthly actuals.
     *
     * @param file the file name, for problems
     * @param in the CSV
     * @return each line's months (in month order), lines in file order; and any problems
     */
    public static ReadResult<Map<String, Map<YearMonth, Money>>> read(String file, InputStream in) {
        return read(file, in, columns -> { });
    }

    /**
     * The ledger lines of imported actuals, as {@link #writeActuals} writes them beside each line and month.
     *
     * @param ledger the ledger file the rows name (empty when none does)
     * @param lines by line and month, the ledger's lines summed into the actual (months without postings left out)
     */
    record LedgerColumns(String ledger, Map<String, Map<YearMonth, LedgerLines>> lines) {
    }

    /**
     * Reads monthly actuals and, from a file {@code import} wrote, the ledger lines summed into each.
     *
     * @param file the file name, for problems
     * @param in the CSV
     * @param ledger receives the ledger lines of the rows (none from a file without the columns)
     * @return each line's months (in month order), lines in file order; and any problems
     */
    static ReadResult<Map<String, Map<YearMonth, Money>>> read(String file, InputStream in,
            java.util.function.Consumer<LedgerColumns> ledger) {
        Map<String, Map<YearMonth, Money>> out = new LinkedHashMap<>();
        Map<String, Map<YearMonth, LedgerLines>> lines = new LinkedHashMap<>();
        String[] ledgerFile = {""};
        long[] ledgerRow = {0};
        try (CsvTable t = CsvTable.open(file, in, List.of("month", "actual"), List.of("line", "cost_centre", "budget", "variance",
                "ledger", "ledger_lines"), "_gbp", List.of("actual", "budget", "variance"))) {
            List<Problem> problems = new ArrayList<>();
            boolean plain = t.header().contains("line");
            boolean actuals = t.header().contains("cost_centre");
            if (!t.header().isEmpty() && plain == actuals) {
                problems.add(Problem.ofLine(file, 1, plain ? "the header has both 'line' and 'cost_centre'; a file has one of them"
                        : "the header has neither 'line' nor 'cost_centre'; the columns are line,month,actual or "
                                + String.join(",", ACTUALS)));
                problems.addAll(t.problems());
                return ReadResult.of(out, problems);
            }
            String key = plain ? "line" : "cost_centre";
            ReadResult<List<Object>> r = t.readAll(row -> {
                String line = row.required(key);
                YearMonth month = row.parse("month", MonthlyActualsCsv::month);
                Money actual = row.amount("actual", Amounts.Unit.POUNDS);
                LedgerLines at = row.has("ledger_lines") ? row.parse("ledger_lines", LedgerLines::parse) : LedgerLines.NONE;
                if (!row.ok()) {
                    return null;
                }
                String from = row.text("ledger");
                if (!at.isEmpty() && from.isEmpty()) {
                    row.fail("ledger", "ledger is blank but ledger_lines are given; name the ledger file they are lines of");
                    return null;
                }
                if (!from.isEmpty() && !ledgerFile[0].isEmpty() && !from.equals(ledgerFile[0])) {
                    row.fail("ledger", "ledger is '" + from + "' but line " + ledgerRow[0] + " has '" + ledgerFile[0]
                            + "'; a file of actuals is imported from one ledger");
                    return null;
                }
                if (ledgerFile[0].isEmpty() && !from.isEmpty()) {
                    ledgerFile[0] = from;
                    ledgerRow[0] = row.line();
                }
                Map<YearMonth, Money> months = out.computeIfAbsent(line, k -> new TreeMap<>());
                if (months.putIfAbsent(month, actual) != null) {
                    row.fail("month", "'" + line + "' has two rows for " + month + "; a line has one row a month");
                    return null;
                }
                if (!at.isEmpty()) {
                    lines.computeIfAbsent(line, k -> new TreeMap<>()).put(month, at);
                }
                return line;
            });
            problems.addAll(r.problems());
            ledger.accept(new LedgerColumns(ledgerFile[0], lines));
            return ReadResult.of(out, problems);
        }
    }

    private static YearMonth month(String s) {
        return DateSyntax.month("month", s, "2016-04");
    }

    /**
     * Writes imported actuals as CSV, one row per line and month of the year: {@code line,month,actual_gbp}, pounds
     * and pence (period 13 and later adjustments counted with March, as the import counts them), then, when the
     * actuals know their ledger lines, {@code ledger,ledger_lines}: the ledger file and the lines of it summed into
     * the month, in the text form of {@link LedgerLines} ({@code "2, 5, 9-14"}; both blank for a month without
     * postings); {@link #read} reads either form back, and {@code forecast --actuals} takes it. The codes no line was mapped to follow as {@code #}
     * comment lines (cost centre, code, postings, total in pounds), so that they stay in the file without being
     * read as a line's actuals.
     *
     * @param actuals the actuals
     * @return the CSV text
     */
    public static String writeActuals(Actuals actuals) {
        Actuals.Provenance from = actuals.provenance();
        boolean traced = !from.ledger().isEmpty();
        StringBuilder sb = new StringBuilder(Csv.line(traced ? IMPORTED_WITH_LEDGER : IMPORTED));
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(actuals.year().start()); months.size() < 12; m = m.plusMonths(1)) {
            months.add(m);
        }
        for (Map.Entry<String, List<Money>> e : actuals.lines().entrySet()) {
            String line = Csv.text(e.getKey());
            line = line.startsWith("#") ? '"' + line + '"' : line; // a row that starts with # would read as a comment
            List<LedgerLines> at = from.of(e.getKey()).orElse(null);
            for (int p = 0; p < e.getValue().size(); p++) {
                if (!traced) {
                    sb.append(Csv.rawLine(List.of(line, months.get(p).toString(), plain(e.getValue().get(p)))));
                    continue;
                }
                LedgerLines l = at == null ? LedgerLines.NONE : at.get(p);
                sb.append(Csv.rawLine(List.of(line, months.get(p).toString(), plain(e.getValue().get(p)),
                        l.isEmpty() ? "" : Csv.text(from.ledger()), l.isEmpty() ? "" : Csv.text(l.toString()))));
            }
        }
        if (!actuals.unmapped().isEmpty()) {
            sb.append("# unmapped (cost centre, code, postings, total £): total ").append(plain(actuals.unmappedTotal())).append('\n');
            for (Actuals.Unmapped u : actuals.unmapped()) {
                sb.append("# ").append(oneLine(u.costCentre())).append(", ").append(oneLine(u.code())).append(", ")
                        .append(u.postings()).append(", ").append(plain(u.total())).append('\n');
            }
        }
        return sb.toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]", " ");
    }

    /**
     * Writes forecasts: {@code line,actual_to_date,outturn,p10,p90,method}, money in pounds.
     *
     * @param forecasts the forecasts, in order
     * @return the CSV text
     */
    public static String writeForecasts(List<Forecast> forecasts) {
        StringBuilder sb = new StringBuilder(Csv.line(FORECAST));
        for (Forecast f : forecasts) {
            sb.append(Csv.rawLine(List.of(Csv.text(f.line()), plain(f.actualsToDate()), plain(f.outturn()),
                    f.low().map(MonthlyActualsCsv::plain).orElse(""), f.high().map(MonthlyActualsCsv::plain).orElse(""), Csv.text(f.method()))));
        }
        return sb.toString();
    }

    private static String plain(Money m) {
        return m.getAmount().toPlainString();
    }

    /**
     * A forecast as written: the figures and the method's name.
     *
     * @param line the line
     * @param actualToDate the actuals to date
     * @param outturn the outturn (P50)
     * @param p10 the P10; empty when the forecast has no spread
     * @param p90 the P90; empty when the forecast has no spread
     * @param method the method used
     */
    public record ForecastRow(String line, Money actualToDate, Money outturn, Optional<Money> p10, Optional<Money> p90,
            String method) {
        /**
         * Validates the row.
         *
         * @param line not null
         * @param actualToDate not null
         * @param outturn not null
         * @param p10 empty exactly when p90 is
         * @param p90 empty exactly when p10 is
         * @param method not null
         */
        public ForecastRow {
            if (line == null || actualToDate == null || outturn == null || method == null || p10 == null || p90 == null
                    || p10.isPresent() != p90.isPresent()) {
                throw new FinanceRuleException("forecast row", line, "has a line, actuals to date, outturn and method, and both of p10 and p90 or neither");
            }
        }
    }

    /**
     * Reads forecasts back.
     *
     * @param file the file name, for problems
     * @param in the CSV written by {@link #writeForecasts}
     * @return the rows and any problems
     */
    public static ReadResult<List<ForecastRow>> readForecasts(String file, InputStream in) {
        try (CsvTable t = CsvTable.open(file, in, FORECAST_READ, List.of(), "_gbp", List.of("actual_to_date", "outturn", "p10", "p90"))) {
            return t.readAll(row -> {
                String line = row.required("line");
                Money ytd = row.amount("actual_to_date", Amounts.Unit.POUNDS);
                Money outturn = row.amount("outturn", Amounts.Unit.POUNDS);
                Money p10 = row.has("p10") ? row.amount("p10", Amounts.Unit.POUNDS) : null;
                Money p90 = row.has("p90") ? row.amount("p90", Amounts.Unit.POUNDS) : null;
                String method = row.required("method");
                if (!row.ok()) {
                    return null;
                }
                if ((p10 == null) != (p90 == null)) {
                    row.fail(row.has("p10") ? "p90" : "p10", "p10 and p90 are both given or both empty");
                    return null;
                }
                return new ForecastRow(line, ytd, outturn, Optional.ofNullable(p10), Optional.ofNullable(p90), method);
            });
        }
    }
}
