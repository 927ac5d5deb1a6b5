package uk.org.wcf.finance.io.internal.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import uk.org.wcf.finance.io.DateFormat;
import uk.org.wcf.finance.io.LedgerOptions;
import uk.org.wcf.finance.io.LedgerSummary;
import uk.org.wcf.finance.io.Problem;
import uk.org.wcf.finance.io.internal.Problems;
import uk.org.wcf.finance.io.internal.csv.AmountSyntax;
import uk.org.wcf.finance.io.internal.csv.DateSyntax;
import uk.org.wcf.finance.io.internal.csv.Utf8;
import uk.org.wcf.finance.time.FiscalPeriod;
import uk.org.wcf.finance.time.FiscalYear;

// Over 400 lines: the million-posting hot path. The header's column mapping sets the fields the byte loop
// reads on every posting, and the loop, the quoted-record path and the cell parsers share them; kept in one class
// so that the compiled loop reads its own fields, with no indirection the benchmark would pay for. What it
// returns (LedgerSummary) and how problems are summed up (Problems) are separate types.
/**
 * Streams a ledger extract of postings, in memory that grows with the number of cost centres and codes, never
 * with the number of postings (a million postings and more). Columns, found by name in any order:
 * <ul>
 *   <li>{@code date} ({@code 2020-06-30}, or as UK spreadsheets write it, {@code 30/06/2020} day first or
 *   {@code 30-Jun-2020}: see {@link DateFormat}) or {@code period} ({@code P3}, {@code 3} or {@code 2020-06}; period
 *   13 and the audit periods after it, to 16, are year-end adjustments, counted with March and reported as
 *   adjustments in {@link LedgerSummary#adjustments()});</li>
 *   <li>{@code cost_centre};</li>
 *   <li>{@code subjective}, {@code account} or {@code code} (optional);</li>
 *   <li>{@code amount} or {@code amount_gbp} in pounds and pence, or {@code amount_gbp_thousands}: thousands
 *   separators, {@code £}, a minus or brackets for negatives ({@link AmountSyntax}, the grammar every reader
 *   uses), less than a trillion pounds;</li>
 *   <li>{@code year} (optional): the financial year of each row, which must be the year read (it gives the year
 *   of a file of periods).</li>
 * </ul>
 * Exactly one amount column, one of date and period, at most one code column, and no column twice: a header that
 * breaks this is refused, naming both columns. Other columns are allowed, not read, and named in
 * {@link LedgerSummary#ignoredColumns()} so that the caller can say so. Rows of nothing but commas (what a spreadsheet
 * leaves below the data) are skipped and counted in {@link LedgerSummary#skippedRows()}. A running total that would pass
 * what a long holds in pence is a problem at the posting's amount, never a wrapped figure. UTF-8 strictly, with or without a byte-order mark; CRLF or LF; quoted
 * cells; lines starting with {@code #} are comments. The financial year is the one given, or the year of the
 * first posting; a posting outside it is a problem. Every bad line is a problem with file, line and column; good
 * lines go to the sink, and reading goes on, so the caller sees every problem at once, summed up as every reader
 * sums up its problems ({@code Problems}): a run of one cause on consecutive lines is one problem, column by column,
 * and the first 1,000 are listed, then a count of the rest.
 *
 * <p>An extract as a finance system wrote it can be read without renaming its headers: {@link LedgerOptions} says
 * which header holds which field ({@code date=Paid Date}), which rows to keep ({@code Type=Revenue}; the rows left
 * out are counted in {@link LedgerSummary#leftOut()}) and, for an extract without usable dates, the one period of every
 * posting. Header names are matched ignoring case, surrounding spaces and the difference between spaces and
 * underscores; two columns that then match one name are refused, naming both.
 */
public final class LedgerReader {

    /** Receives each good posting. */
    @FunctionalInterface
    public interface Sink {
        /**
         * @param costCentre the cost centre's id (an index into {@link LedgerSummary#costCentres()})
         * @param code the code's id (an index into {@link LedgerSummary#codes()}), or -1 when the file has no code column
         * @param period 1 (April) to 12 (March)
         * @param pence the amount in pence
         */
        void posting(int costCentre, int code, int period, long pence);

        /**
         * Receives a good posting with the line of the file it is on (for a sink that keeps where its figures came
         * from); by default the posting without its line.
         *
         * @param costCentre the cost centre's id
         * @param code the code's id, or -1
         * @param period 1 (April) to 12 (March)
         * @param pence the amount in pence
         * @param line the file's line of the posting (1-based, the header is line 1; the first line of a record that
         *        runs over several), as problems count lines
         */
        default void posting(int costCentre, int code, int period, long pence, long line) {
            posting(costCentre, code, period, pence);
        }

        /**
         * Told once, before the first posting, the names of the ids: views that grow as the reader meets new cost
         * centres and codes (the name of an id is there from its first posting on). By default ignored.
         *
         * @param costCentres the cost centres' names, by id
         * @param codes the codes' names, by id
         */
        default void names(List<String> costCentres, List<String> codes) {
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
     * @param onePerMonth true when a cost centre may have only one row for a month (a budget), false when its rows
     *                    add up (postings)
     */
    public record Layout(List<String> date, List<String> period, List<String> costCentre, List<String> code,
            List<String> pounds, List<String> thousands, boolean firstOfMonth, boolean onePerMonth) {
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
         * @param onePerMonth whether a cost centre has one row a month
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
            List.of("subjective", "account", "code"), List.of("amount", "amount_gbp"), List.of("amount_gbp_thousands"), false, false);

    /** A ledger extract read for totals by cost centre only: the code column, if any, is not read. */
    public static final Layout POSTINGS_BY_COST_CENTRE = new Layout(List.of("date"), List.of("period"), List.of("cost_centre"),
            List.of(), List.of("amount", "amount_gbp"), List.of("amount_gbp_thousands"), false, false);

    /** A monthly budget by cost centre: cost_centre, month (2020-04, or the first of the month, 2020-04-01), budget in pounds. */
    public static final Layout MONTHLY_BUDGET = new Layout(List.of("month"), List.of(), List.of("cost_centre"), List.of(),
            List.of("budget"), List.of(), true, true);

    /** The highest audit period accepted as a year-end adjustment. */
    private static final int LAST_ADJUSTMENT_PERIOD = 16;
    private static final int MAX_LINE = 1 << 20;

    private final String file;
    private final Sink sink;
    private final ByteInterner costCentres = new ByteInterner();
    private final ByteInterner codes = new ByteInterner();
    // summed up as every reader sums up its problems, in bounded memory: runs of one cause grouped, the list capped
    private final Problems.Collector problems = new Problems.Collector();
    private FiscalYear year;
    private int fyStart; // months since year 0 of 1 April of the year

    private int dateCol = -1;
    private int periodCol = -1;
    private int ccCol = -1;
    private int codeCol = -1;
    private int amountCol = -1;
    private int yearCol = -1;
    private boolean thousands;
    private final DateFormat dateFormat;
    private final List<String> ignoredColumns = new ArrayList<>();
    private long skippedRows;
    private long adjustmentPostings;
    private long adjustmentPence;
    private byte[] lastYearCell = new byte[0];
    private final java.util.Map<Long, Long> firstRowOf = new java.util.HashMap<>(); // cost centre and period: line
    private String[] header;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private long postings;
    private boolean ignore;
    private final int[] periodDays = new int[13]; // days in P1..P12 of the year

    private final Layout layout;
    private final LedgerOptions options;
    private long leftOut;
    private int[] filterCols = new int[0];
    private byte[][][] filterValues = new byte[0][][];
    private List<LedgerOptions.Filter> filters = List.of();
    private byte[] scratch = new byte[64];

    private LedgerReader(String file, FiscalYear year, Layout layout, DateFormat dateFormat, LedgerOptions options,
            Sink sink) {
        this.file = file;
        this.sink = sink;
        this.layout = layout;
        this.dateFormat = dateFormat;
        this.options = options;
        setYear(year);
    }

    private void setYear(FiscalYear y) {
        this.year = y;
        if (y != null) {
            fyStart = y.startYear() * 12 + 3;
            for (int p = 1; p <= 12; p++) {
                int monthIndex = fyStart + p - 1;
                periodDays[p] = YearMonth.of(monthIndex / 12, monthIndex % 12 + 1).lengthOfMonth();
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
    public static LedgerSummary read(String file, InputStream in, FiscalYear year, Sink sink) {
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
    public static LedgerSummary read(String file, InputStream in, FiscalYear year, Layout layout, Sink sink) {
        return read(file, in, year, layout, DateFormat.AUTO, sink);
    }

    /**
     * Reads a file of amounts by cost centre and date in a layout, with its dates in a declared form.
     *
     * @param file the file name, for problems
     * @param in the bytes (closed by the caller)
     * @param year the financial year, or null to take it from the first row
     * @param layout which columns hold which field
     * @param dateFormat the form of the dates ({@link DateFormat#AUTO} takes any of them)
     * @param sink receives each good row
     * @return the cost centres and codes seen, the count and the problems
     */
    public static LedgerSummary read(String file, InputStream in, FiscalYear year, Layout layout, DateFormat dateFormat, Sink sink) {
        return read(file, in, year, layout, dateFormat, LedgerOptions.NONE, sink);
    }

    /**
     * Reads an extract as a finance system wrote it: its own column names, only some rows, or every posting in one
     * period ({@link LedgerOptions}).
     *
     * @param file the file name, for problems
     * @param in the bytes (closed by the caller)
     * @param year the financial year, or null to take it from the first row (required with a period in the options)
     * @param layout which columns hold which field, where the options do not say
     * @param dateFormat the form of the dates ({@link DateFormat#AUTO} takes any of them)
     * @param options the column names, filters and period
     * @param sink receives each good row that the filters keep
     * @return the cost centres and codes seen, the count, the rows left out and the problems
     */
    public static LedgerSummary read(String file, InputStream in, FiscalYear year, Layout layout, DateFormat dateFormat,
            LedgerOptions options, Sink sink) {
        LedgerReader r = new LedgerReader(file, year, Objects.requireNonNull(layout, "layout"),
                Objects.requireNonNull(dateFormat, "dateFormat"), Objects.requireNonNull(options, "options"),
                Objects.requireNonNull(sink, "sink"));
        sink.names(live(r.costCentres), live(r.codes));
        try {
            r.run(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
        return new LedgerSummary(file, java.util.Optional.ofNullable(r.year), r.costCentres.names(), r.codes.names(), r.postings, r.problems.problems(), r.ignoredColumns,
                r.skippedRows, r.adjustmentPostings == 0 ? LedgerSummary.Adjustments.NONE : new LedgerSummary.Adjustments(r.adjustmentPostings, r.adjustmentPence),
                r.leftOut, r.filters.stream().map(LedgerOptions.Filter::text).toList());
    }

    /** The names of an interner's ids, read through as it grows. */
    private static List<String> live(ByteInterner names) {
        return new java.util.AbstractList<>() {
            @Override
            public String get(int id) {
                return names.name(id);
            }

            @Override
            public int size() {
                return names.size();
            }
        };
    }

    /**
     * Records a problem, through {@link Problems.Collector} as every reader does: one cause on consecutive lines (the
     * same rule in the same column, such as every posting of another year) is one problem naming the run of lines,
     * column by column, and the first {@value Problems#LISTED} are listed, then a count of the rest.
     */
    private void problem(long line, int column, String message) {
        String name = header != null && column > 0 && column <= header.length ? header[column - 1] : "";
        problems.add(new Problem(file, line, column, name, message));
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
        // while a record runs on inside quotes: how far its quotes have been counted, and whether they are open
        // (counting again from the record's start at every line would take time that grows with the square of it)
        int quotedTo = -1;
        boolean inQuotes = false;
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
                    if (quotedTo >= 0) {
                        for (int k = quotedTo; k < i; k++) {
                            inQuotes ^= buf[k] == '"';
                        }
                        quotedTo = i;
                        if (inQuotes) {
                            continue;
                        }
                    }
                    int e = i > start && buf[i - 1] == '\r' ? i - 1 : i;
                    int lines = handle(buf, start, e, line);
                    if (lines > 0) {
                        line += lines;
                        start = i + 1;
                        quotedTo = -1;
                    } else {
                        quotedTo = i;
                        inQuotes = true;
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
            if (quotedTo >= 0) {
                quotedTo -= start;
            }
            if (have == buf.length) {
                if (buf.length >= MAX_LINE * 4) {
                    boolean cr = false;
                    for (int i = 0; i < have && !cr; i++) {
                        cr = buf[i] == '\r';
                    }
                    problem(line, 0, cr && header == null ? "the lines end with a carriage return only (CR, as old Mac"
                            + " programs save); save the file as CSV with Windows (CRLF) or Unix (LF) line ends"
                            : quotesClosed(buf, 0, have)
                            ? "a line longer than " + MAX_LINE * 4 + " bytes: is this a ledger extract?"
                            : "a quoted cell on this line is never closed: the rest of the file (more than "
                                    + MAX_LINE * 4 + " bytes) would be inside it; check the quotes on this line");
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
        if ((b[s] == ',' | b[s] == ' ') && header != null && onlyCommas(b, s, e)) {
            skippedRows++;
            return 1;
        }
        if (header == null || ignore) {
            if (!quotesClosed(b, s, e)) {
                return 0;
            }
            int spanned = 1 + countNewlines(b, s, e);
            if (header == null) {
                for (int i = s; i < e; i++) {
                    if (b[i] == '\r') {
                        problem(line, 0, "the lines end with a carriage return only (CR, as old Mac programs save); save"
                                + " the file as CSV with Windows (CRLF) or Unix (LF) line ends");
                        header = new String[0];
                        ignore = true;
                        return spanned;
                    }
                }
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
        if (filterCols.length > 0 && !kept(b)) {
            leftOut++;
            return;
        }
        if (yearCol >= 0 && !rowYear(b, starts[yearCol], ends[yearCol], line)) {
            return;
        }
        int period = options.period() > 0 ? options.period() : dateCol >= 0 ? date(b, starts[dateCol], ends[dateCol], line)
                : period(b, starts[periodCol], ends[periodCol], line);
        long pence = amount(b, starts[amountCol], ends[amountCol], line);
        int cc = key(costCentres, b, starts[ccCol], ends[ccCol], line, ccCol);
        int code = codeCol >= 0 ? key(codes, b, starts[codeCol], ends[codeCol], line, codeCol) : -1;
        if (period < 0 || pence == Long.MIN_VALUE || cc == -2 || code == -2) {
            return;
        }
        if (layout.onePerMonth()) {
            Long first = firstRowOf.putIfAbsent((long) cc << 8 | period, line);
            if (first != null) {
                problem(line, ccCol + 1, "cost centre " + costCentres.names().get(cc) + " already has a row for "
                        + year.start().plusMonths(period - 1L).toString().substring(0, 7) + " on line " + first
                        + "; give each cost centre and month once (add the amounts together)");
                return;
            }
        }
        boolean adjustment = period > 12;
        try {
            if (adjustment) {
                adjustmentPence = Math.addExact(adjustmentPence, pence);
                period = 12;
            }
            sink.posting(cc, code, period, pence, line);
        } catch (ArithmeticException overflow) {
            problem(line, amountCol + 1, "amount is '" + text(b, starts[amountCol], ends[amountCol]) + "': adding it makes a"
                    + " total pass £92,233,720,368,547,758.07, the most the library can add up; is the column in the wrong"
                    + " unit, or the file a concatenation of many?");
            return;
        }
        if (adjustment) {
            adjustmentPostings++;
        }
        postings++;
    }

    /** @return true when every filter's column holds one of its values (compared as {@link LedgerOptions#normalise}) */
    private boolean kept(byte[] b) {
        for (int f = 0; f < filterCols.length; f++) {
            int s = starts[filterCols[f]];
            int e = ends[filterCols[f]];
            int n = 0;
            boolean high = false;
            boolean space = true; // drops leading spaces; a run of spaces and underscores is one space
            if (scratch.length < e - s) {
                scratch = new byte[e - s];
            }
            for (int i = s; i < e; i++) {
                byte c = b[i];
                high |= c < 0;
                if (c == ' ' || c == '_' || c == '\t') {
                    if (!space) {
                        scratch[n++] = ' ';
                        space = true;
                    }
                    continue;
                }
                space = false;
                scratch[n++] = c >= 'A' && c <= 'Z' ? (byte) (c + 32) : c;
            }
            if (n > 0 && scratch[n - 1] == ' ') {
                n--;
            }
            boolean any = false;
            if (high) {
                any = filters.get(f).values().contains(LedgerOptions.normalise(new String(b, s, e - s, StandardCharsets.UTF_8)));
            } else {
                for (byte[] v : filterValues[f]) {
                    if (Arrays.equals(scratch, 0, n, v, 0, v.length)) {
                        any = true;
                        break;
                    }
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /** Checks a row's year cell against the year read (or sets the year from it); false after a problem. */
    private boolean rowYear(byte[] b, int s, int e, long line) {
        s = skipSpaces(b, s, e);
        e = dropSpaces(b, s, e);
        if (year != null && Arrays.equals(b, s, e, lastYearCell, 0, lastYearCell.length)) {
            return true;
        }
        String t = text(b, s, e);
        FiscalYear y;
        try {
            y = FiscalYear.parse(t);
        } catch (IllegalArgumentException ex) {
            problem(line, yearCol + 1, ex.getMessage());
            return false;
        }
        if (year == null) {
            setYear(y);
        } else if (!year.equals(y)) {
            problem(line, yearCol + 1, "year is " + y + " but the file is read for " + year + "; one financial year"
                    + " per file (split it, or give --year for the one you mean)");
            return false;
        }
        lastYearCell = Arrays.copyOfRange(b, s, e);
        return true;
    }

    /** @return true when b[s..e) is nothing but commas and spaces */
    private static boolean onlyCommas(byte[] b, int s, int e) {
        for (int i = s; i < e; i++) {
            if (b[i] != ',' && b[i] != ' ') {
                return false;
            }
        }
        return true;
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

    /** The normalised names of a field: the options' when they map it, else the layout's. */
    private List<String> names(String field, List<String> defaults) {
        List<String> mapped = options.columns().get(field);
        if (mapped != null) {
            return mapped;
        }
        return defaults.stream().map(LedgerOptions::normalise).toList();
    }

    private void header(byte[] b, int cells, long line) {
        header = new String[cells];
        String[] norm = new String[cells];
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        boolean bad = false;
        boolean fixedPeriod = options.period() > 0;
        List<String> dateNames = fixedPeriod ? List.of() : names("date", layout.date());
        List<String> periodNames = fixedPeriod ? List.of() : names("period", layout.period());
        List<String> ccNames = names("cost_centre", layout.costCentre());
        List<String> codeNames = layout.code().isEmpty() ? List.of() : names("subjective", layout.code());
        List<String> knownCodes = options.columns().containsKey("subjective") ? options.columns().get("subjective")
                : names("subjective", POSTINGS.code());
        List<String> poundNames = names("amount", layout.pounds());
        List<String> thousandNames = options.columns().containsKey("amount") ? List.of()
                : names("amount_gbp_thousands", layout.thousands());
        List<String> yearNames = names("year", List.of("year"));
        for (int c = 0; c < cells; c++) {
            header[c] = new String(b, starts[c], ends[c] - starts[c], StandardCharsets.UTF_8).strip().toLowerCase(Locale.ROOT);
            String h = header[c];
            norm[c] = LedgerOptions.normalise(h);
            String k = norm[c];
            if (h.isEmpty()) {
                ignoredColumns.add("column " + (c + 1) + " (no name)");
                continue;
            }
            Integer before = seen.putIfAbsent(k, c);
            if (before != null) {
                problem(line, c + 1, header[before].equals(h) ? "the column '" + h + "' appears twice, in columns "
                        + (before + 1) + " and " + (c + 1) + "; keep one"
                        : "the columns '" + header[before] + "' (column " + (before + 1) + ") and '" + h + "' (column "
                                + (c + 1) + ") are one name once case, spaces and underscores are set aside; keep one");
                bad = true;
            } else if (dateNames.contains(k) || periodNames.contains(k)) {
                int other = dateCol >= 0 ? dateCol : periodCol;
                if (other >= 0) {
                    bad = twoColumns(line, "two columns give the month", other, c);
                } else if (dateNames.contains(k)) {
                    dateCol = c;
                } else {
                    periodCol = c;
                }
            } else if (ccNames.contains(k)) {
                if (ccCol >= 0) {
                    bad = twoColumns(line, "two cost centre columns", ccCol, c);
                } else {
                    ccCol = c;
                }
            } else if (codeNames.contains(k)) {
                if (codeCol >= 0) {
                    bad = twoColumns(line, "two code columns", codeCol, c);
                } else {
                    codeCol = c;
                }
            } else if (poundNames.contains(k) || thousandNames.contains(k)) {
                if (amountCol >= 0) {
                    bad = twoColumns(line, "two amount columns", amountCol, c);
                } else {
                    amountCol = c;
                    thousands = thousandNames.contains(k);
                }
            } else if (yearNames.contains(k)) {
                yearCol = c;
            } else if (!(layout.code().isEmpty() && knownCodes.contains(k))) {
                // (a code column in a read by cost centre is known, and not needed: the totals are by cost centre)
                ignoredColumns.add(h);
            }
        }
        if (bad) {
            ignore = true;
            return;
        }
        filters = options.where();
        filterCols = new int[filters.size()];
        filterValues = new byte[filters.size()][][];
        for (int f = 0; f < filters.size(); f++) {
            LedgerOptions.Filter filter = filters.get(f);
            int at = -1;
            for (int c = 0; c < cells; c++) {
                if (filter.columns().contains(norm[c])) {
                    if (at >= 0) {
                        bad = twoColumns(line, "--where " + filter.text() + " matches two columns", at, c);
                    }
                    at = c;
                }
            }
            if (at < 0) {
                problem(line, 0, "--where " + filter.text() + ": the header has no column "
                        + String.join(" or ", filter.columns().stream().map(x -> "'" + x + "'").toList())
                        + "; its columns are " + String.join(", ", header));
                bad = true;
            }
            filterCols[f] = at;
            filterValues[f] = filter.values().stream().map(v -> v.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
            ignoredColumns.remove(header[Math.max(at, 0)]);
        }
        if (bad) {
            ignore = true;
            return;
        }
        if (fixedPeriod && year == null) {
            problem(line, 0, "every posting is put in P" + options.period() + ", so the year must be given (--year 2020/21)");
            ignore = true;
            return;
        }
        List<String> missing = new ArrayList<>();
        if (!fixedPeriod && dateCol < 0 && periodCol < 0) {
            missing.add(quoted(dateNames, options.columns().containsKey("date")) + (periodNames.isEmpty() ? ""
                    : " or " + quoted(periodNames, options.columns().containsKey("period"))));
        }
        if (ccCol < 0) {
            missing.add(quoted(ccNames, options.columns().containsKey("cost_centre")));
        }
        if (amountCol < 0) {
            missing.add(quoted(concat(poundNames, thousandNames), options.columns().containsKey("amount")));
        }
        if (!missing.isEmpty()) {
            problem(line, 0, "the header has no column " + String.join(", ", missing) + (options.columns().isEmpty()
                    ? "; the columns needed are "
                    + String.join(",", layout.date().isEmpty() ? layout.period() : layout.date().subList(0, 1)) + ","
                    + layout.costCentre().get(0) + "," + (layout.code().isEmpty() ? "" : layout.code().get(0) + ",")
                    + layout.pounds().get(0) : "; its columns are " + String.join(", ", header)));
            ignore = true;
        }
    }

    /** Names as the message gives them: the library's as they are, the user's (from --columns) quoted. */
    private static String quoted(List<String> names, boolean given) {
        if (!given) {
            return String.join(" or ", names.stream().map(n -> n.replace(' ', '_')).toList());
        }
        return String.join(" or ", names.stream().map(n -> "'" + n + "'").toList()) + " (--columns)";
    }

    /** @return false after recording a problem: the two columns, named with their positions, say one thing */
    private boolean twoColumns(long line, String what, int first, int second) {
        problem(line, second + 1, what + ", '" + header[first] + "' (column " + (first + 1) + ") and '" + header[second]
                + "' (column " + (second + 1) + "); keep the one you mean");
        return true;
    }

    private int date(byte[] b, int s, int e, long line) {
        int col = dateCol + 1;
        s = skipSpaces(b, s, e);
        e = dropSpaces(b, s, e);
        if (layout.firstOfMonth() && e - s == 7 && b[s + 4] == '-') {
            // a month as actuals writes it, 2020-04: the first of that month
            int y = digits(b, s, s + 4);
            int m = digits(b, s + 5, s + 7);
            if (y >= 0 && m >= 1 && m <= 12) {
                return inYear(y * 12 + m - 1, line, col, b, s, e);
            }
        }
        int r = DateSyntax.parse(b, s, e, dateFormat);
        if (r < 0) {
            problem(line, col, header[dateCol] + " is '" + text(b, s, e) + "': "
                    + (layout.firstOfMonth() ? "write a month as 2020-06 or 2020-06-01" : DateSyntax.rule(r, dateFormat)));
            return -1;
        }
        int y = DateSyntax.year(r);
        int m = DateSyntax.month(r);
        int d = DateSyntax.day(r);
        int monthIndex = y * 12 + m - 1;
        int p = monthIndex - fyStart + 1;
        // a day within its month of the year is checked against a table, with no branch on the month: ledgers
        // come in date order, and a branch first taken in the ninth month would send the compiled reader back
        // to the interpreter; anything else (the first posting, a day past the month's end, another year) is
        // checked in full
        if ((year == null || p < 1 || p > 12 || d > periodDays[p]) && !DateSyntax.dayExists(r)) {
            problem(line, col, header[dateCol] + " is '" + text(b, s, e) + "': " + DateSyntax.rule(DateSyntax.NO_SUCH_DAY, dateFormat));
            return -1;
        }
        if (layout.firstOfMonth() & d != 1) { // one branch, never taken in a good file of either layout
            problem(line, col, header[dateCol] + " is '" + text(b, s, e) + "': write the first day of the month, "
                    + String.format(Locale.ROOT, "%04d-%02d-01", y, m));
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
            int y = DateSyntax.digits(b, s, s + 4);
            int m = DateSyntax.digits(b, s + 5, s + 7);
            if (y >= 0 && m >= 1 && m <= 12) {
                if (!DateSyntax.inRange(y, m)) {
                    problem(line, col, "period is '" + t + "': " + DateSyntax.rule(DateSyntax.YEAR_OUT_OF_RANGE, dateFormat));
                    return -1;
                }
                return inYear(y * 12 + m - 1, line, col, b, s, e);
            }
        } else {
            int audit = auditPeriod(t);
            if (audit > 0) {
                if (year == null) {
                    problem(line, col, "period is '" + t + "': a file of periods needs the year (--year 2020/21)");
                    return -1;
                }
                return audit;
            }
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

    /** @return 13 to 16 for a year-end adjustment period written P13 or 13 (to 16), otherwise -1 */
    private static int auditPeriod(String t) {
        String n = t.length() > 1 && (t.charAt(0) == 'P' || t.charAt(0) == 'p') ? t.substring(1) : t;
        if (n.length() == 2 && n.charAt(0) == '1' && n.charAt(1) >= '3' && n.charAt(1) <= '0' + LAST_ADJUSTMENT_PERIOD % 10) {
            return 10 + n.charAt(1) - '0';
        }
        return -1;
    }

    /** The value of the ASCII digits b[s..e), or -1 if any is not a digit. */
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

    /** The period of a month, or -1 after recording a problem when it is outside the year (the cell is b[s..e)). */
    private int inYear(int monthIndex, long line, int col, byte[] b, int s, int e) {
        if (year == null) {
            // dates and months are checked against the library's years before they get here
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

    /** Pence, or Long.MIN_VALUE after recording a problem. */
    private long amount(byte[] b, int s, int e, long line) {
        long v = AmountSyntax.pence(b, s, e, thousands);
        if (AmountSyntax.failed(v)) {
            s = skipSpaces(b, s, e);
            problem(line, amountCol + 1, "amount is '" + text(b, s, dropSpaces(b, s, e)) + "': " + AmountSyntax.rule(v, thousands));
            return Long.MIN_VALUE;
        }
        return v;
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
            problem(line, column + 1, table.refusal(header[column], id));
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
