package uk.org.wcf.finance.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import uk.org.wcf.finance.time.FiscalPeriod;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * Streams a ledger extract of postings, in memory that grows with the number of cost centres and codes, never
 * with the number of postings (a million postings and more). Columns, found by name in any order:
 * <ul>
 *   <li>{@code date} (ISO, {@code 2020-06-30}) or {@code period} ({@code P3}, {@code 3} or {@code 2020-06});</li>
 *   <li>{@code cost_centre};</li>
 *   <li>{@code subjective}, {@code account} or {@code code} (optional);</li>
 *   <li>{@code amount} or {@code amount_gbp} in pounds and pence, or {@code amount_gbp_thousands}: thousands
 *   separators, {@code £}, a minus or brackets for negatives.</li>
 * </ul>
 * Other columns are allowed and ignored. UTF-8 strictly, with or without a byte-order mark; CRLF or LF; quoted
 * cells; lines starting with {@code #} are comments. The financial year is the one given, or the year of the
 * first posting; a posting outside it is a problem. Every bad line is a problem with file, line and column; good
 * lines go to the sink, and reading goes on, so the caller sees every problem at once (the first 1,000; then a
 * count).
 */
public final class LedgerReader {

    /** Receives each good posting. */
    @FunctionalInterface
    public interface Sink {
        /**
         * @param costCentre the cost centre's id (an index into {@link Result#costCentres()})
         * @param code the code's id (an index into {@link Result#codes()}), or -1 when the file has no code column
         * @param period 1 (April) to 12 (March)
         * @param pence the amount in pence
         */
        void posting(int costCentre, int code, int period, long pence);
    }

    /**
     * What was read.
     *
     * @param file the file name
     * @param year the financial year
     * @param costCentres the cost centres, by id
     * @param codes the codes, by id
     * @param postings how many good postings
     * @param problems the problems, in file order
     */
    public record Result(String file, FiscalYear year, List<String> costCentres, List<String> codes, long postings,
            List<Problem> problems) {
        /**
         * Copies the lists.
         *
         * @param file the file
         * @param year may be null when the file had no posting
         * @param costCentres the cost centres
         * @param codes the codes
         * @param postings the count
         * @param problems the problems
         */
        public Result {
            costCentres = List.copyOf(costCentres);
            codes = List.copyOf(codes);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Which header names hold which field, and whether dates must be the first of a month.
     *
     * @param date names of a date column
     * @param period names of a period column
     * @param costCentre names of the cost centre column
     * @param code names of the code column
     * @param pounds names of an amount in pounds
     * @param thousands names of an amount in GBP thousands
     * @param firstOfMonth true when each date must be the first day of its month
     */
    public record Layout(List<String> date, List<String> period, List<String> costCentre, List<String> code,
            List<String> pounds, List<String> thousands, boolean firstOfMonth) {
        /**
         * Copies the lists.
         *
         * @param date the date names
         * @param period the period names
         * @param costCentre the cost centre names
         * @param code the code names
         * @param pounds the pounds names
         * @param thousands the thousands names
         * @param firstOfMonth whether dates are first of the month
         */
        public Layout {
            date = List.copyOf(date);
            period = List.copyOf(period);
            costCentre = List.copyOf(costCentre);
            code = List.copyOf(code);
            pounds = List.copyOf(pounds);
            thousands = List.copyOf(thousands);
        }
    }

    /** A ledger extract: date or period, cost_centre, subjective/account/code, amount. */
    public static final Layout POSTINGS = new Layout(List.of("date"), List.of("period"), List.of("cost_centre"),
            List.of("subjective", "account", "code"), List.of("amount", "amount_gbp"), List.of("amount_gbp_thousands"), false);

    /** A ledger extract read for totals by cost centre only: the code column, if any, is not read. */
    public static final Layout POSTINGS_BY_COST_CENTRE = new Layout(List.of("date"), List.of("period"), List.of("cost_centre"),
            List.of(), List.of("amount", "amount_gbp"), List.of("amount_gbp_thousands"), false);

    /** A monthly budget by cost centre: cost_centre, month (2020-04, or the first of the month, 2020-04-01), budget in pounds. */
    public static final Layout MONTHLY_BUDGET = new Layout(List.of("month"), List.of(), List.of("cost_centre"), List.of(),
            List.of("budget"), List.of(), true);

    private static final int MAX_PROBLEMS = 1000;
    private static final int MAX_LINE = 1 << 20;

    private final String file;
    private final Sink sink;
    private final ByteInterner costCentres = new ByteInterner();
    private final ByteInterner codes = new ByteInterner();
    private final List<Problem> problems = new ArrayList<>();
    private long moreProblems;
    private FiscalYear year;
    private int fyStart; // months since year 0 of 1 April of the year

    private int dateCol = -1;
    private int periodCol = -1;
    private int ccCol = -1;
    private int codeCol = -1;
    private int amountCol = -1;
    private boolean thousands;
    private String[] header;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private long postings;
    private boolean ignore;
    private final int[] periodDays = new int[13]; // days in P1..P12 of the year

    private final Layout layout;

    private LedgerReader(String file, FiscalYear year, Layout layout, Sink sink) {
        this.file = file;
        this.sink = sink;
        this.layout = layout;
        setYear(year);
    }

    private void setYear(FiscalYear y) {
        this.year = y;
        if (y != null) {
            fyStart = y.startYear() * 12 + 3;
            for (int p = 1; p <= 12; p++) {
                int monthIndex = fyStart + p - 1;
                periodDays[p] = daysIn(monthIndex / 12, monthIndex % 12 + 1);
            }
        }
    }

    /**
     * Reads a ledger extract.
     *
     * @param file the file name, for problems
     * @param in the bytes (closed by the caller)
     * @param year the financial year, or null to take it from the first posting
     * @param sink receives each good posting
     * @return the cost centres and codes seen, the count and the problems
     */
    public static Result read(String file, InputStream in, FiscalYear year, Sink sink) {
        return read(file, in, year, POSTINGS, sink);
    }

    /**
     * Reads a file of amounts by cost centre and date in another layout (such as {@link #MONTHLY_BUDGET}).
     *
     * @param file the file name, for problems
     * @param in the bytes (closed by the caller)
     * @param year the financial year, or null to take it from the first row
     * @param layout which columns hold which field
     * @param sink receives each good row
     * @return the cost centres and codes seen, the count and the problems
     */
    public static Result read(String file, InputStream in, FiscalYear year, Layout layout, Sink sink) {
        LedgerReader r = new LedgerReader(file, year, Objects.requireNonNull(layout, "layout"), Objects.requireNonNull(sink, "sink"));
        try {
            r.run(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
        List<Problem> all = new ArrayList<>(r.problems);
        if (r.moreProblems > 0) {
            all.add(Problem.ofFile(file, "and " + r.moreProblems + " more problems"));
        }
        return new Result(file, r.year, r.costCentres.names(), r.codes.names(), r.postings, all);
    }

    private void problem(long line, int column, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            String name = header != null && column > 0 && column <= header.length ? header[column - 1] : "";
            problems.add(new Problem(file, line, column, name, message));
        } else {
            moreProblems++;
        }
    }

    private void run(InputStream in) throws IOException {
        // 64 KiB at a time: the line loop below ends every two thousand lines or so, early enough for the JIT to
        // see that it ends before compiling it (with 1 MiB the first compiled loop was thrown away at its first end)
        byte[] buf = new byte[1 << 16];
        int have = 0;
        long line = 1;
        boolean first = true;
        boolean eof = false;
        int scanFrom = 0;
        while (!eof) {
            int n = in.read(buf, have, buf.length - have);
            int end;
            if (n < 0) {
                eof = true;
                end = have;
            } else {
                end = have + n;
            }
            int start = 0;
            if (first && end >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) {
                start = 3;
                scanFrom = 3;
            }
            first = false;
            for (int i = scanFrom; i < end; i++) {
                if (buf[i] == '\n') {
                    int e = i > start && buf[i - 1] == '\r' ? i - 1 : i;
                    int lines = handle(buf, start, e, line);
                    if (lines > 0) {
                        line += lines;
                        start = i + 1;
                    }
                }
            }
            if (eof) {
                if (start < end) {
                    int e = buf[end - 1] == '\r' ? end - 1 : end;
                    if (handle(buf, start, e, line) == 0) {
                        problem(line, 0, "a quoted cell is never closed: the file ends inside quotes (is it truncated?)");
                    }
                }
                break;
            }
            have = end - start;
            System.arraycopy(buf, start, buf, 0, have);
            scanFrom = have;
            if (have == buf.length) {
                if (buf.length >= MAX_LINE * 4) {
                    problem(line, 0, "a line longer than " + MAX_LINE + " bytes: is this a ledger extract?");
                    return;
                }
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
        }
        if (header == null && problems.isEmpty()) {
            problem(0, 0, "the file is empty: it needs a header line such as date,cost_centre,subjective,amount");
        }
    }

    /**
     * Handles one record. Returns the number of lines it spans, or 0 when a quoted cell runs on past the end of
     * the line (the caller then offers the record again with the next line).
     */
    private int handle(byte[] b, int s, int e, long line) {
        if (s == e || b[s] == '#') {
            return 1;
        }
        if (header == null || ignore) {
            if (!quotesClosed(b, s, e)) {
                return 0;
            }
            int spanned = 1 + countNewlines(b, s, e);
            if (header == null) {
                header(b, split(b, s, e), line);
            }
            return spanned;
        }
        int n = header.length;
        int i = s;
        boolean high = false;
        for (int c = 0; c < n; c++) {
            if (i < e && b[i] == '"') {
                return slowRecord(b, s, e, line);
            }
            int j = i;
            while (j < e && b[j] != ',') {
                high |= b[j] < 0;
                j++;
            }
            starts[c] = i;
            ends[c] = j;
            if (j >= e && c < n - 1) {
                problem(line, 0, "the line has " + (c + 1) + " cells but the header has " + n);
                return 1;
            }
            i = j + 1;
        }
        if (i <= e) {
            if (!quotesClosed(b, s, e)) {
                return 0;
            }
            problem(line, 0, "the line has " + split(b, s, e) + " cells but the header has " + n);
            return 1;
        }
        if (high && !Utf8.valid(b, s, e)) {
            problem(line, 0, "the line has bytes that are not UTF-8; save the file as UTF-8 (CSV UTF-8 in Excel)");
            return 1;
        }
        posting(b, line);
        return 1;
    }

    /** A record with quoted cells: unquote it, then handle it like any other. */
    private int slowRecord(byte[] b, int s, int e, long line) {
        if (!quotesClosed(b, s, e)) {
            return 0;
        }
        int spanned = 1 + countNewlines(b, s, e);
        if (!Utf8.valid(b, s, e)) {
            problem(line, 0, "the line has bytes that are not UTF-8; save the file as UTF-8 (CSV UTF-8 in Excel)");
            return spanned;
        }
        int cells = split(b, s, e);
        if (cells != header.length) {
            problem(line, 0, "the line has " + cells + " cells but the header has " + header.length);
            return spanned;
        }
        posting(b, line);
        return spanned;
    }

    private void posting(byte[] b, long line) {
        int period = dateCol >= 0 ? date(b, starts[dateCol], ends[dateCol], line)
                : period(b, starts[periodCol], ends[periodCol], line);
        long pence = amount(b, starts[amountCol], ends[amountCol], line);
        int cc = key(costCentres, b, starts[ccCol], ends[ccCol], line, ccCol);
        int code = codeCol >= 0 ? key(codes, b, starts[codeCol], ends[codeCol], line, codeCol) : -1;
        if (period < 0 || pence == Long.MIN_VALUE || cc == -2 || code == -2) {
            return;
        }
        sink.posting(cc, code, period, pence);
        postings++;
    }

    private static boolean quotesClosed(byte[] b, int s, int e) {
        boolean open = false;
        for (int i = s; i < e; i++) {
            if (b[i] == '"') {
                open = !open;
            }
        }
        return !open;
    }

    /** Newlines inside quoted cells of a record (the record's own final newline is not counted). */
    private static int countNewlines(byte[] b, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Splits a line into cells; quoted cells are unquoted in place. Returns the number of cells. */
    private int split(byte[] b, int s, int e) {
        int n = 0;
        int i = s;
        while (true) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            if (i < e && b[i] == '"') {
                int w = i;
                int r = i + 1;
                while (r < e) {
                    if (b[r] == '"') {
                        if (r + 1 < e && b[r + 1] == '"') {
                            b[w++] = '"';
                            r += 2;
                            continue;
                        }
                        r++;
                        break;
                    }
                    b[w++] = b[r++];
                }
                starts[n] = i;
                ends[n] = w;
                n++;
                while (r < e && b[r] != ',') {
                    r++;
                }
                if (r >= e) {
                    return n;
                }
                i = r + 1;
            } else {
                int c = i;
                while (c < e && b[c] != ',') {
                    c++;
                }
                starts[n] = i;
                ends[n] = c;
                n++;
                if (c >= e) {
                    return n;
                }
                i = c + 1;
            }
        }
    }

    private void header(byte[] b, int cells, long line) {
        header = new String[cells];
        for (int c = 0; c < cells; c++) {
            header[c] = new String(b, starts[c], ends[c] - starts[c], StandardCharsets.UTF_8).strip().toLowerCase(Locale.ROOT);
            String h = header[c];
            if (layout.date().contains(h)) {
                dateCol = c;
            } else if (layout.period().contains(h)) {
                periodCol = c;
            } else if (layout.costCentre().contains(h)) {
                ccCol = c;
            } else if (layout.code().contains(h)) {
                codeCol = codeCol < 0 ? c : codeCol;
            } else if (layout.pounds().contains(h)) {
                amountCol = c;
            } else if (layout.thousands().contains(h)) {
                amountCol = c;
                thousands = true;
            }
        }
        List<String> missing = new ArrayList<>();
        if (dateCol < 0 && periodCol < 0) {
            missing.add(String.join(" or ", concat(layout.date(), layout.period())));
        }
        if (ccCol < 0) {
            missing.add(String.join(" or ", layout.costCentre()));
        }
        if (amountCol < 0) {
            missing.add(String.join(" or ", concat(layout.pounds(), layout.thousands())));
        }
        if (!missing.isEmpty()) {
            problem(line, 0, "the header has no column " + String.join(", ", missing) + "; the columns needed are "
                    + String.join(",", layout.date().isEmpty() ? layout.period() : layout.date().subList(0, 1)) + ","
                    + layout.costCentre().get(0) + "," + (layout.code().isEmpty() ? "" : layout.code().get(0) + ",")
                    + layout.pounds().get(0));
            ignore = true;
        }
    }

    private int date(byte[] b, int s, int e, long line) {
        int col = dateCol + 1;
        s = skipSpaces(b, s, e);
        e = dropSpaces(b, s, e);
        if (e - s != 10 || b[s + 4] != '-' || b[s + 7] != '-') {
            if (layout.firstOfMonth() && e - s == 7 && b[s + 4] == '-') {
                // a month as actuals writes it, 2020-04: the first of that month
                int y = digits(b, s, s + 4);
                int m = digits(b, s + 5, s + 7);
                if (y >= 0 && m >= 1 && m <= 12) {
                    return inYear(y * 12 + m - 1, line, col, b, s, e);
                }
            }
            problem(line, col, header[dateCol] + " is '" + text(b, s, e) + "': "
                    + (layout.firstOfMonth() ? "write a month as 2020-06 or 2020-06-01" : "write a date as 2020-06-30"));
            return -1;
        }
        int y = digits(b, s, s + 4);
        int m = digits(b, s + 5, s + 7);
        int d = digits(b, s + 8, s + 10);
        int monthIndex = y * 12 + m - 1;
        int p = monthIndex - fyStart + 1;
        // a day within its month of the year is checked against a table, with no branch on the month: ledgers
        // come in date order, and a branch first taken in the ninth month would send the compiled reader back
        // to the interpreter; anything else (the first posting, a day past the month's end, another year) is
        // checked in full
        if (y < 0 || m < 1 || m > 12 || d < 1
                || (year == null || p < 1 || p > 12 || d > periodDays[p]) && d > daysIn(y, m)) {
            problem(line, col, header[dateCol] + " is '" + text(b, s, e) + "': not a date");
            return -1;
        }
        if (layout.firstOfMonth() & d != 1) { // one branch, never taken in a good file of either layout
            problem(line, col, header[dateCol] + " is '" + text(b, s, e) + "': write the first day of the month, "
                    + text(b, s, s + 8) + "01");
            return -1;
        }
        return inYear(monthIndex, line, col, b, s, e);
    }

    private int period(byte[] b, int s, int e, long line) {
        int col = periodCol + 1;
        s = skipSpaces(b, s, e);
        e = dropSpaces(b, s, e);
        String t = text(b, s, e);
        if (t.length() == 7 && t.charAt(4) == '-') {
            int y = digits(b, s, s + 4);
            int m = digits(b, s + 5, s + 7);
            if (y >= 0 && m >= 1 && m <= 12) {
                return inYear(y * 12 + m - 1, line, col, b, s, e);
            }
        } else {
            try {
                int p = FiscalPeriod.parseNumber(t);
                if (year == null) {
                    problem(line, col, "period is '" + t + "': a file of periods needs the year (--year 2020/21)");
                    return -1;
                }
                return p;
            } catch (IllegalArgumentException ex) {
                problem(line, col, ex.getMessage());
                return -1;
            }
        }
        problem(line, col, "period is '" + t + "': write a period as P6 or a month as 2020-09");
        return -1;
    }

    /** The period of a month, or -1 after recording a problem when it is outside the year (the cell is b[s..e)). */
    private int inYear(int monthIndex, long line, int col, byte[] b, int s, int e) {
        if (year == null) {
            setYear(FiscalYear.of(monthIndex % 12 >= 3 ? monthIndex / 12 : monthIndex / 12 - 1));
        }
        int p = monthIndex - fyStart + 1;
        if (p < 1 || p > 12) {
            problem(line, col, "'" + text(b, s, e) + "' is outside " + year + " (" + year.start() + " to " + year.end() + ")");
            return -1;
        }
        return p;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static int daysIn(int y, int m) {
        return switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static int digits(byte[] b, int s, int e) {
        int v = 0;
        for (int i = s; i < e; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** Pence, or Long.MIN_VALUE after recording a problem. */
    private long amount(byte[] b, int s, int e, long line) {
        int col = amountCol + 1;
        int i = skipSpaces(b, s, e);
        int end = dropSpaces(b, i, e);
        boolean neg = false;
        boolean brackets = false;
        if (i < end && b[i] == '(' && b[end - 1] == ')') {
            brackets = true;
            i++;
            end--;
        }
        if (i < end && b[i] == '-') {
            neg = true;
            i++;
        }
        if (i + 1 < end && (b[i] & 0xff) == 0xC2 && (b[i + 1] & 0xff) == 0xA3) {
            i += 2;
        }
        long v = 0;
        int digits = 0;
        int frac = -1;
        int group = -1;
        boolean ok = i < end && !(brackets && neg);
        for (int k = i; k < end && ok; k++) {
            byte c = b[k];
            if (c >= '0' && c <= '9') {
                if (++digits > 15) {
                    problem(line, col, "amount is '" + text(b, s, e) + "': too large for a posting; check the column");
                    return Long.MIN_VALUE;
                }
                v = v * 10 + (c - '0');
                if (frac >= 0) {
                    frac++;
                } else if (group >= 0) {
                    group++;
                }
            } else if (c == '.' && frac < 0) {
                if (group >= 0 && group != 3) {
                    ok = false;
                }
                frac = 0;
            } else if (c == ',' && frac < 0 && digits > 0 && (group < 0 ? digits <= 3 : group == 3)) {
                group = 0;
            } else {
                ok = false;
            }
        }
        if (group >= 0 && frac < 0 && group != 3) {
            ok = false;
        }
        int maxFrac = thousands ? 5 : 2;
        if (!ok || digits == 0) {
            problem(line, col, "amount is '" + text(b, s, e) + "': not an amount; write it as 1234.56, 1,234.56, -975 or (975)");
            return Long.MIN_VALUE;
        }
        if (frac > maxFrac) {
            problem(line, col, "amount is '" + text(b, s, e) + "': more decimals than pence");
            return Long.MIN_VALUE;
        }
        for (int f = Math.max(frac, 0); f < maxFrac; f++) {
            v *= 10;
        }
        return neg || brackets ? -v : v;
    }

    /** The key's id, or -2 after recording a problem. */
    private int key(ByteInterner table, byte[] b, int s, int e, long line, int column) {
        s = skipSpaces(b, s, e);
        e = dropSpaces(b, s, e);
        if (s == e) {
            problem(line, column + 1, header[column] + " is blank; a value is required");
            return -2;
        }
        int id = table.id(b, s, e);
        if (id < 0) {
            problem(line, column + 1, "the cell has bytes that are not UTF-8; save the file as UTF-8");
            return -2;
        }
        return id;
    }

    /** @return the first index from s that is not a space (e when all are) */
    private static int skipSpaces(byte[] b, int s, int e) {
        while (s < e && b[s] == ' ') {
            s++;
        }
        return s;
    }

    /** @return the end of b[s..e) without its trailing spaces */
    private static int dropSpaces(byte[] b, int s, int e) {
        while (e > s && b[e - 1] == ' ') {
            e--;
        }
        return e;
    }

    private static String text(byte[] b, int s, int e) {
        String t = new String(b, s, Math.min(e - s, 60), StandardCharsets.UTF_8);
        return e - s > 60 ? t + "..." : t;
    }
}
