package uk.org.wcf.finance.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import uk.org.wcf.finance.io.internal.csv.CsvReader;
import uk.org.wcf.finance.io.internal.csv.CsvRecord;
import uk.org.wcf.finance.io.internal.csv.PublishedEncoding;
import uk.org.wcf.finance.io.write.Csv;
import uk.org.wcf.finance.s251.CouncilReturn;
import uk.org.wcf.finance.s251.Figures;
import uk.org.wcf.finance.s251.LineCatalogue;
import uk.org.wcf.finance.s251.Measure;
import uk.org.wcf.finance.s251.ReturnKind;
import uk.org.wcf.finance.s251.S251Line;
import uk.org.wcf.finance.s251.S251Return;
import uk.org.wcf.finance.time.FiscalYear;

// Over 400 lines: DfE's published layout read (header, the line catalogue matched by meaning, the year from
// four places, blanks kept apart from 0) and written back; the encoding decision is in PublishedEncoding.
/**
 * Reads and writes section 251 returns in the layout the Department for Education publishes them, every council in
 * one CSV file.
 *
 * <p><b>Columns</b> (in any order, names in any case): {@code LA} (the council's code), {@code LA Name},
 * {@code LineNumber}, {@code CYPServiceDescription} (the line number repeated in front of the text),
 * {@code ReportGroup} (the section, read but not relied on: DfE's values are inconsistent), then the ten measures
 * in pounds ({@code OwnProvision ... LEANetRevenueExpenditure}, see {@link Measure}); optionally {@code Year}.
 * A <b>blank</b> measure cell is "not applicable", kept distinct from 0 all the way to the outputs. Figures are
 * plain decimals with at most two decimal places ({@code 3475619.08}, {@code -169132}).
 *
 * <p><b>Encoding</b>: UTF-8 with or without a byte-order mark, or Windows-1252 (cp1252, as DfE publishes it). A
 * file that is valid UTF-8 is read as UTF-8; otherwise as cp1252, unless it also holds UTF-8 sequences (a mixed
 * file) or a byte cp1252 does not define: both are refused with the line, never decoded silently wrong. CRLF or LF
 * line ends; quoted cells may hold line breaks; descriptions may carry trailing spaces and tabs.
 *
 * <p><b>Year</b>: from the {@code Year} column, else the option, else the file name ({@code outturn_1213.csv} is
 * 2012/13; {@code budget_2013-14.csv} 2013/14); an option that disagrees with the column is refused. The year picks
 * the line catalogue; every row's description must match its line's by meaning. Rows that all fit another year's
 * catalogue instead (a file named or given for the wrong year) are refused in one line naming that year. Budget or outturn comes from the
 * file name (or the comment {@link #write} puts first). Every council must have every line of the catalogue once.
 *
 * <p>{@link #write} writes the same layout (UTF-8, with a first comment line {@code # s251 outturn 2012/13} that
 * this reader takes the year from), so that what it writes reads back to the same returns.
 */
public final class S251File {

    /** The columns in DfE's order, before the measures. */
    public static final List<String> KEY_COLUMNS = List.of("LA", "LA Name", "LineNumber", "CYPServiceDescription",
            "ReportGroup");

    private static final Pattern NAME_YEAR_SHORT = Pattern.compile("(?<!\\d)(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern YEAR_TEXT = Pattern.compile("(?<!\\d)(20\\d{2})\\s*[-/_]?\\s*(\\d{2})(?!\\d)");
    private static final Pattern COMMENT_YEAR = Pattern.compile("s251 (budget|outturn|return) (\\d{4}/\\d{2})");

    private S251File() {
    }

    /**
     * What was read, and how: the returns, the encoding the bytes were in and where the year came from.
     *
     * @param returns every council's return
     * @param encoding {@code windows-1252}, {@code UTF-8}, {@code UTF-8 with byte-order mark} or {@code ASCII}
     * @param yearFrom where the year came from: {@code the Year column}, {@code the --year option},
     *     {@code the file name} or {@code the file's comment}
     * @param descriptions each line's description as the file gives it (its first row for the line), without the
     *     number in front and without surrounding spaces and tabs
     */
    public record Contents(S251Return returns, String encoding, String yearFrom, Map<Integer, String> descriptions) {

        /**
         * @param returns not null
         * @param encoding not null
         * @param yearFrom not null
         * @param descriptions copied
         */
        public Contents {
            Objects.requireNonNull(returns, "returns");
            Objects.requireNonNull(encoding, "encoding");
            Objects.requireNonNull(yearFrom, "yearFrom");
            descriptions = Map.copyOf(descriptions);
        }

        /** @return the same as {@link #describe()} */
        @Override
        public String toString() {
            return describe();
        }

        /** @return {@code s251 outturn 2012/13 (year from the file name; windows-1252): 152 councils} */
        public String describe() {
            return "s251 " + returns.kind().word() + " " + returns.year() + " (year from " + yearFrom + "; "
                    + encoding + "): " + returns.councils().size() + (returns.councils().size() == 1 ? " council" : " councils");
        }
    }

    /**
     * Reads a file, its year taken from the file (its name or a year column).
     *
     * @param path the file
     * @return the returns, or the problems found
     * @throws InvalidInputException when the file does not exist or cannot be read
     */
    public static ReadResult<Contents> read(Path path) {
        return read(path, Optional.empty());
    }

    /**
     * Reads a file of a year given as an option.
     *
     * @param path the file
     * @param year the year
     * @return the returns, or the problems found
     * @throws InvalidInputException when the file does not exist or cannot be read
     */
    public static ReadResult<Contents> read(Path path, FiscalYear year) {
        return read(path, Optional.of(year));
    }

    private static ReadResult<Contents> read(Path path, Optional<FiscalYear> year) {
        byte[] bytes;
        // a folder, a missing file and one this user may not read are named as every reader names them
        try (java.io.InputStream in = InputFiles.open(path)) {
            bytes = in.readAllBytes();
        } catch (java.io.UncheckedIOException e) {
            throw new InvalidInputException(Problem.ofFile(path.toString(), "cannot be read: " + e.getCause().getMessage()));
        } catch (IOException e) {
            throw new InvalidInputException(Problem.ofFile(path.toString(), "cannot be read: " + e.getMessage()));
        }
        return read(path.toString(), bytes, year);
    }

    /**
     * Reads a file's bytes, the year taken from the file (its name or a year column).
     *
     * @param file the file name: for problems, the year and budget or outturn
     * @param bytes the file's bytes
     * @return the returns, or the problems found
     */
    public static ReadResult<Contents> read(String file, byte[] bytes) {
        return read(file, bytes, Optional.empty());
    }

    /**
     * Reads a file's bytes, of a year given as an option.
     *
     * @param file the file name: for problems, and budget or outturn
     * @param bytes the file's bytes
     * @param year the year
     * @return the returns, or the problems found
     */
    public static ReadResult<Contents> read(String file, byte[] bytes, FiscalYear year) {
        return read(file, bytes, Optional.of(year));
    }

    private static ReadResult<Contents> read(String file, byte[] bytes, Optional<FiscalYear> year) {
        List<Problem> problems = new ArrayList<>();
        PublishedEncoding.Decoded d = PublishedEncoding.decode(file, bytes, problems);
        if (d == null) {
            return ReadResult.failed(problems);
        }
        try (CsvReader reader = CsvReader.ofText(file, d.text())) {
            Optional<Contents> c = parse(file, reader, d.encoding(), year, problems);
            problems.addAll(reader.problems());
            return new ReadResult<>(problems.isEmpty() ? c : Optional.empty(), problems);
        }
    }

    private static Optional<Contents> parse(String file, CsvReader reader, String encoding, Optional<FiscalYear> option,
            List<Problem> problems) {
        CsvRecord head = reader.next();
        if (head == null) {
            if (reader.problems().isEmpty()) {
                problems.add(Problem.ofFile(file, "the file is empty: it needs DfE's header line"));
            }
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(KEY_COLUMNS);
        for (Measure m : Measure.values()) {
            names.add(m.column());
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < head.cells().size(); i++) {
            String h = head.cells().get(i).strip().toLowerCase(Locale.ROOT);
            if (index.putIfAbsent(h, i) != null) {
                problems.add(Problem.ofCell(file, head.line(), i + 1, h, "the column '" + h + "' appears twice"));
            }
        }
        int[] col = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            Integer at = index.get(names.get(i).toLowerCase(Locale.ROOT));
            if (at == null) {
                problems.add(Problem.ofLine(file, head.line(), "the header has no column '" + names.get(i)
                        + "'; DfE's layout has " + String.join(",", names)));
                col[i] = -1;
            } else {
                col[i] = at;
            }
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        Integer yearCol = index.get("year");
        List<CsvRecord> rows = new ArrayList<>();
        List<String> header = head.cells().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
            rows.add(r);
            // a control or direction-override character inside a cell (DfE's own trailing tabs are trimmed)
            long line = r.line();
            for (int i = 0; i < r.cells().size(); i++) {
                String name = i < header.size() ? header.get(i) : "the cell";
                int c = i + 1;
                uk.org.wcf.finance.report.SafeText.problem(name, r.cells().get(i).strip())
                        .ifPresent(m -> problems.add(Problem.ofCell(file, line, c, name, m)));
            }
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        // the year: the column, else the option, else the comment this library writes, else the file name
        Optional<FiscalYear> year = Optional.empty();
        String from = "";
        if (yearCol != null) {
            Set<FiscalYear> years = new LinkedHashSet<>();
            for (CsvRecord r : rows) {
                String t = cell(r, yearCol);
                Optional<FiscalYear> y = yearIn(t);
                if (y.isEmpty()) {
                    problems.add(Problem.ofCell(file, r.line(), yearCol + 1, "Year", "the year is '" + t
                            + "': write it as 2012/13 or 2012-13"));
                } else {
                    years.add(y.get());
                }
            }
            if (years.size() > 1) {
                problems.add(Problem.ofFile(file, "the Year column has more than one year (" + years
                        + "): a file holds one year's returns"));
            }
            year = years.stream().findFirst();
            from = "the Year column";
            if (year.isPresent() && option.isPresent() && !option.get().equals(year.get())) {
                problems.add(Problem.ofFile(file, "the --year option says " + option.get() + " but the Year column says "
                        + year.get() + ": leave the option out, or give the file's year"));
            }
        } else if (option.isPresent()) {
            year = option;
            from = "the --year option";
        } else {
            Optional<FiscalYear> commented = commentMatch(reader).map(m -> FiscalYear.parse(m.group(2)));
            if (commented.isPresent()) {
                year = commented;
                from = "the file's comment";
            } else {
                year = yearInName(file);
                from = "the file name";
            }
        }
        if (year.isEmpty()) {
            if (yearCol == null) {
                problems.add(Problem.ofFile(file, "the file does not say its year (no Year column, and its name has none"
                        + " such as outturn_1213): give it with --year 2012/13"));
            }
            return Optional.empty();
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        Optional<LineCatalogue> cat = LineCatalogue.forYear(year.get());
        if (cat.isEmpty()) {
            problems.add(Problem.ofFile(file, "the year is " + year.get() + " (from " + from + ") but the library's line"
                    + " catalogues are for " + LineCatalogue.knownYears().stream().map(Object::toString)
                            .collect(Collectors.joining(", "))));
            return Optional.empty();
        }
        LineCatalogue catalogue = cat.get();
        int maxLine = catalogue.lines().get(catalogue.lines().size() - 1).number();
        S251Line[] byNumber = new S251Line[maxLine + 1];
        String[] meanings = new String[maxLine + 1];
        for (S251Line l : catalogue.lines()) {
            byNumber[l.number()] = l;
            meanings[l.number()] = l.meaning();
        }
        // a description already found to mean its line's needs no second look: most rows repeat their line's text
        String[] checked = new String[maxLine + 1];
        List<Problem> wrongDescriptions = new ArrayList<>();
        Map<String, String> names2 = new LinkedHashMap<>();
        Map<Integer, String> descriptions = new HashMap<>();
        Map<String, Map<Integer, Figures>> lines = new LinkedHashMap<>();
        Measure[] measures = Measure.values();
        for (CsvRecord r : rows) {
            if (r.cells().size() != head.cells().size()) {
                problems.add(Problem.ofLine(file, r.line(), "the line has " + r.cells().size()
                        + " cells but the header has " + head.cells().size()));
                continue;
            }
            String la = cell(r, col[0]).strip();
            if (la.isEmpty()) {
                problems.add(Problem.ofCell(file, r.line(), col[0] + 1, "LA", "the council's code is blank"));
                continue;
            }
            String name = cell(r, col[1]).strip();
            String prior = names2.putIfAbsent(la, name);
            if (prior != null && !prior.equals(name)) {
                problems.add(Problem.ofCell(file, r.line(), col[1] + 1, "LA Name", "council " + la + " is '" + name
                        + "' here but '" + prior + "' above"));
            }
            String lineText = cell(r, col[2]).strip();
            int number = lineNumber(lineText);
            if (number < 0) {
                problems.add(Problem.ofCell(file, r.line(), col[2] + 1, "LineNumber", "the line number is '" + lineText
                        + "': a whole number"));
                continue;
            }
            S251Line line = number < byNumber.length ? byNumber[number] : null;
            if (line == null) {
                wrongDescriptions.add(Problem.ofCell(file, r.line(), col[2] + 1, "LineNumber", "line " + number + " is not in the "
                        + year.get() + " catalogue (lines " + catalogue.lines().get(0).number() + " to "
                        + catalogue.lines().get(catalogue.lines().size() - 1).number() + ")"));
                continue;
            }
            String desc = cell(r, col[3]);
            if (!desc.equals(checked[number]) && !S251Line.meaningOf(desc).equals(meanings[number])) {
                wrongDescriptions.add(Problem.ofCell(file, r.line(), col[3] + 1, "CYPServiceDescription",
                        "the description is '" + desc.strip() + "' but " + year.get() + " line " + number + " is '"
                                + line.description() + "'"));
                continue;
            }
            checked[number] = desc;
            if (!descriptions.containsKey(number)) {
                descriptions.put(number, desc.strip().replaceFirst("^\\d+\\s*", "").strip());
            }
            Figures.Builder fb = Figures.builder();
            boolean ok = true;
            for (int m = 0; m < measures.length; m++) {
                int c = col[KEY_COLUMNS.size() + m];
                String t = cell(r, c).strip();
                if (t.isEmpty()) {
                    continue; // not applicable
                }
                long pence = pence(t);
                if (pence == Long.MIN_VALUE) {
                    problems.add(Problem.ofCell(file, r.line(), c + 1, measures[m].column(), "the figure is '" + t
                            + "': pounds as a plain number with at most two decimals (3475619.08), or blank"));
                    ok = false;
                    continue;
                }
                fb.setPence(measures[m], pence);
            }
            if (!ok) {
                continue;
            }
            if (lines.computeIfAbsent(la, k -> new HashMap<>()).putIfAbsent(number, fb.build()) != null) {
                problems.add(Problem.ofCell(file, r.line(), col[2] + 1, "LineNumber", "council " + la + " has line "
                        + number + " twice"));
            }
        }
        if (!wrongDescriptions.isEmpty()) {
            Optional<FiscalYear> fits = yearWhoseLinesFit(rows, col, year.get());
            if (fits.isPresent()) {
                problems.add(Problem.ofFile(file, "the year is " + year.get() + " (from " + from + ") but the file's lines"
                        + " are " + fits.get() + "'s, every one (" + wrongDescriptions.get(0).toString()
                                .replace(file + ", ", "") + "): give --year " + fits.get()));
            } else {
                problems.addAll(wrongDescriptions);
            }
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.ofFile(file, "the file has a header but no returns"));
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        List<CouncilReturn> councils = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, Figures>> e : lines.entrySet()) {
            Set<Integer> missing = new TreeSet<>();
            for (S251Line l : catalogue.lines()) {
                if (!e.getValue().containsKey(l.number())) {
                    missing.add(l.number());
                }
            }
            if (!missing.isEmpty()) {
                problems.add(Problem.ofFile(file, "council " + e.getKey() + " " + names2.get(e.getKey())
                        + " has no line " + missing + " of the " + year.get() + " catalogue"));
            }
            councils.add(CouncilReturn.of(e.getKey(), names2.get(e.getKey()), e.getValue()));
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        ReturnKind kind = commentMatch(reader).map(m -> ReturnKind.valueOf(m.group(1).toUpperCase(Locale.ROOT)
                .replace("RETURN", "UNSTATED"))).orElse(kindInName(file));
        return Optional.of(new Contents(S251Return.of(kind, catalogue, councils), encoding, from, descriptions));
    }

    /**
     * Another year whose catalogue every row's number and description fit, when the year the file was read as does
     * not: a file named or given for the wrong year.
     */
    private static Optional<FiscalYear> yearWhoseLinesFit(List<CsvRecord> rows, int[] col, FiscalYear year) {
        for (FiscalYear y : LineCatalogue.knownYears()) {
            if (y.equals(year)) {
                continue;
            }
            LineCatalogue other = LineCatalogue.forYear(y).orElseThrow();
            Map<Integer, String> meanings = new HashMap<>();
            other.lines().forEach(l -> meanings.put(l.number(), l.meaning()));
            boolean all = true;
            for (CsvRecord r : rows) {
                int n = lineNumber(cell(r, col[2]).strip());
                if (!S251Line.meaningOf(cell(r, col[3])).equals(meanings.get(n))) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return Optional.of(y);
            }
        }
        return Optional.empty();
    }

    /** The comment {@link #write} puts first, when the file has it. */
    private static Optional<Matcher> commentMatch(CsvReader reader) {
        return reader.comments().stream().map(COMMENT_YEAR::matcher).filter(Matcher::find).findFirst();
    }

    /** A line number of 1 to 4 digits, or -1. */
    private static int lineNumber(String t) {
        if (t.isEmpty() || t.length() > 4) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = n * 10 + ch - '0';
        }
        return n;
    }

    /**
     * A plain figure in pounds ({@code -169132}, {@code 3475619.08}, {@code 152913676.9}) in pence, exactly; or
     * {@link Long#MIN_VALUE} when the text is not one: an optional minus, 1 to 13 digits, and optionally a point
     * and one or two digits.
     */
    static long pence(String t) {
        int i = 0;
        boolean minus = !t.isEmpty() && t.charAt(0) == '-';
        if (minus) {
            i++;
        }
        long pounds = 0;
        int digits = 0;
        while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            pounds = pounds * 10 + t.charAt(i++) - '0';
            digits++;
        }
        if (digits == 0 || digits > 13) {
            return Long.MIN_VALUE;
        }
        long pence = pounds * 100;
        if (i < t.length()) {
            if (t.charAt(i++) != '.') {
                return Long.MIN_VALUE;
            }
            int decimals = t.length() - i;
            if (decimals < 1 || decimals > 2) {
                return Long.MIN_VALUE;
            }
            int scale = 10;
            for (; i < t.length(); i++) {
                char ch = t.charAt(i);
                if (ch < '0' || ch > '9') {
                    return Long.MIN_VALUE;
                }
                pence += (ch - '0') * scale;
                scale /= 10;
            }
        }
        return minus ? -pence : pence;
    }

    private static String cell(CsvRecord r, int col) {
        return col < r.cells().size() ? r.cells().get(col) : "";
    }

    /**
     * @param text {@code 2012/13}, {@code 2012-13} or {@code 201213}
     * @return the year, or empty
     */
    static Optional<FiscalYear> yearIn(String text) {
        Matcher m = YEAR_TEXT.matcher(text.strip());
        if (m.matches()) {
            int start = Integer.parseInt(m.group(1));
            if ((start + 1) % 100 == Integer.parseInt(m.group(2))) {
                return Optional.of(FiscalYear.of(start));
            }
        }
        return Optional.empty();
    }

    /**
     * The year a file's name gives: {@code outturn_1213.csv} or {@code s251_2012-13.csv} is 2012/13.
     *
     * @param file the file name or path
     * @return the year, or empty when the name has none
     */
    public static Optional<FiscalYear> yearInName(String file) {
        String name = Path.of(file).getFileName().toString();
        Matcher m = YEAR_TEXT.matcher(name);
        while (m.find()) {
            int start = Integer.parseInt(m.group(1));
            if ((start + 1) % 100 == Integer.parseInt(m.group(2))) {
                return Optional.of(FiscalYear.of(start));
            }
        }
        m = NAME_YEAR_SHORT.matcher(name);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            if ((a + 1) % 100 == Integer.parseInt(m.group(2))) {
                return Optional.of(FiscalYear.of(2000 + a));
            }
        }
        return Optional.empty();
    }

    private static ReturnKind kindInName(String file) {
        String name = Path.of(file).getFileName().toString().toLowerCase(Locale.ROOT);
        boolean outturn = name.contains("outturn");
        boolean budget = name.contains("budget");
        return outturn == budget ? ReturnKind.UNSTATED : outturn ? ReturnKind.OUTTURN : ReturnKind.BUDGET;
    }

    /**
     * Writes returns in DfE's layout: a comment line naming the kind and year, DfE's header, then one row per
     * council and line in line order; {@code CYPServiceDescription} is the number and the description, the
     * {@code ReportGroup} the section in capitals; figures in pounds, whole pounds without decimals, others to the
     * penny; a measure not applicable is a blank cell.
     *
     * @param returns the returns
     * @return the CSV text (LF line ends)
     */
    public static String write(S251Return returns) {
        StringBuilder sb = new StringBuilder();
        sb.append("# s251 ").append(returns.kind().word()).append(' ').append(returns.year()).append('\n');
        List<String> head = new ArrayList<>(KEY_COLUMNS);
        for (Measure m : Measure.values()) {
            head.add(m.column());
        }
        sb.append(Csv.line(head));
        for (CouncilReturn c : returns.councils()) {
            for (S251Line l : returns.catalogue().lines()) {
                Optional<Figures> f = c.figures(l.number());
                if (f.isEmpty()) {
                    continue;
                }
                StringBuilder row = new StringBuilder();
                row.append(Csv.text(c.la())).append(',').append(Csv.text(c.name())).append(',').append(l.number())
                        .append(',').append(Csv.text(l.number() + " " + l.description())).append(',')
                        .append(Csv.text(l.section().toUpperCase(Locale.ROOT)));
                for (Measure m : Measure.values()) {
                    row.append(',');
                    f.get().get(m).ifPresent(v -> row.append(pounds(v.getAmount())));
                }
                sb.append(row).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * @param amount pounds
     * @return whole pounds without decimals ({@code 30284973}), others to the penny ({@code 3475619.08})
     */
    public static String pounds(BigDecimal amount) {
        BigDecimal p = amount.stripTrailingZeros();
        return (p.scale() <= 0 ? p.setScale(0) : amount.setScale(2)).toPlainString();
    }
}
