package uk.org.wcf.finance.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.joda.money.Money;

import uk.org.wcf.finance.io.internal.csv.CsvTable;
import uk.org.wcf.finance.io.internal.ledger.LedgerReader;
import uk.org.wcf.finance.io.internal.tree.TreeNode;
import uk.org.wcf.finance.ledger.Actuals;
import uk.org.wcf.finance.ledger.LedgerLines;
import uk.org.wcf.finance.ledger.PeriodTotals;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * Imports a ledger extract through a mapping file into actuals by monitoring line and period.
 *
 * <p>Mapping file columns: {@code cost_centre,code,line}, where {@code code} may be {@code *} for every code of
 * the cost centre (a specific code wins over {@code *}); {@code *} is a wildcard only as the whole code, and a
 * cost centre may not be {@code *}. Other columns (such as {@code service} or {@code subjective_group}) are kept
 * for people, not read, and named in the notes. Postings with no mapping are listed with their totals, never
 * dropped; a mapping row that matches no posting is named in the notes.
 *
 * <p>The ledger may be read with its own column names, only some of its rows, or every posting in one period
 * ({@link LedgerOptions}). The mapping file may carry the column map and filters of the extracts it maps, in
 * comment lines above its header (the options given to {@link #run(Path, Path, FiscalYear, DateFormat,
 * LedgerOptions, Progress, java.util.function.Consumer, java.util.function.Consumer) run} win for a field both map, and the filters of both
 * apply):
 * <pre>
 * # columns: date=Paid Date,cost_centre=Organisational Unit|Service Area,subjective=Expenditure Code,amount=Amount
 * # where: Type|caporrev|Capital or Revenue=Revenue
 * cost_centre,code,line
 * </pre>
 */
public final class LedgerImport {

    private LedgerImport() {
    }

    /**
     * Runs the import.
     *
     * @param ledger the ledger extract
     * @param mapping the mapping file
     * @param year the financial year, or null to take it from the ledger
     * @return the actuals (empty when either file had problems) and every problem
     */
    public static ReadResult<Actuals> run(Path ledger, Path mapping, FiscalYear year) {
        return run(ledger, mapping, year, Progress.NONE);
    }

    /**
     * Runs the import, reporting progress through the ledger.
     *
     * @param ledger the ledger extract
     * @param mapping the mapping file
     * @param year the financial year, or null to take it from the ledger
     * @param progress told how far the ledger has been read
     * @return the actuals (empty when either file had problems) and every problem
     */
    public static ReadResult<Actuals> run(Path ledger, Path mapping, FiscalYear year, Progress progress) {
        return run(ledger, mapping, year, DateFormat.AUTO, progress, note -> { });
    }

    /**
     * Runs the import with the ledger's dates in a declared form, telling the caller what it should know about a
     * good run: the columns of either file not read, rows skipped, year-end adjustments counted with March, and
     * mapping rows that matched no posting.
     *
     * @param ledger the ledger extract
     * @param mapping the mapping file
     * @param year the financial year, or null to take it from the ledger
     * @param dateFormat the form of the ledger's dates
     * @param progress told how far the ledger has been read
     * @param notes receives each note, one line each
     * @return the actuals (empty when either file had problems) and every problem
     */
    public static ReadResult<Actuals> run(Path ledger, Path mapping, FiscalYear year, DateFormat dateFormat,
            Progress progress, java.util.function.Consumer<String> notes) {
        return run(ledger, mapping, year, dateFormat, LedgerOptions.NONE, progress, notes, read -> { });
    }

    /**
     * Runs the import of an extract as a finance system wrote it.
     *
     * @param ledger the ledger extract
     * @param mapping the mapping file (its comment lines may carry more options, see above)
     * @param year the financial year, or null to take it from the ledger
     * @param dateFormat the form of the ledger's dates
     * @param options the ledger's column names, the rows to keep, or the one period of every posting
     * @param progress told how far the ledger has been read
     * @param notes receives each note, one line each (among them the rows the filters left out)
     * @param read receives what the reader read of the ledger (postings, rows left out), for a summary
     * @return the actuals (empty when either file had problems) and every problem
     */
    public static ReadResult<Actuals> run(Path ledger, Path mapping, FiscalYear year, DateFormat dateFormat,
            LedgerOptions options, Progress progress, java.util.function.Consumer<String> notes,
            java.util.function.Consumer<LedgerSummary> read) {
        LedgerOptions fromMapping;
        try {
            fromMapping = LedgerOptions.fromComments(leadingComments(mapping));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Problem.ofFile(mapping.toString(), e.getMessage()));
        }
        LedgerOptions used = options.over(fromMapping);
        Map<String, String> map = new HashMap<>();
        Map<String, Long> mappingLines = new LinkedHashMap<>();
        List<String> mappingIgnored = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (CsvTable t = CsvTable.openLenient(mapping.toString(), InputFiles.open(mapping), List.of("cost_centre", "code", "line"))) {
            Map<String, Long> seen = new HashMap<>();
            t.header().stream().filter(h -> !List.of("cost_centre", "code", "line").contains(h)).forEach(mappingIgnored::add);
            problems.addAll(t.readAll(row -> {
                String cc = row.required("cost_centre");
                String code = row.required("code");
                String line = row.required("line");
                if (!row.ok()) {
                    return null;
                }
                if (cc.contains("*")) {
                    row.fail("cost_centre", "cost_centre is '" + cc + "': a * stands for any code, in the code column"
                            + " only; name each cost centre");
                    return null;
                }
                if (code.contains("*") && !code.equals("*")) {
                    row.fail("code", "code is '" + code + "': a * stands for any code only on its own; a code with a *"
                            + " in it would match nothing");
                    return null;
                }
                Long first = seen.putIfAbsent(cc + "\u0000" + code, row.line());
                if (first != null) {
                    row.fail("code", "cost centre " + cc + " with code " + code + " is already mapped on line " + first);
                    return null;
                }
                map.put(cc + "\u0000" + code, line);
                mappingLines.put(cc + "\u0000" + code, row.line());
                return line;
            }).problems());
        }
        Map<String, Integer> lineIds = new HashMap<>();
        map.values().stream().sorted().distinct().forEach(l -> lineIds.put(l, lineIds.size()));
        Pairs pairs = new Pairs(map, lineIds);
        LedgerSummary r;
        try (InputStream in = progress.watch(ledger.toString(), InputFiles.open(ledger), Files.size(ledger))) {
            r = LedgerReader.read(ledger.toString(), in, year, LedgerReader.POSTINGS, dateFormat, used, pairs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PeriodTotals totals = pairs.totals;
        read.accept(r);
        problems.addAll(r.problems());
        if (!problems.isEmpty() || r.year() == null) {
            if (r.year() == null && problems.isEmpty()) {
                problems.add(Problem.ofFile(ledger.toString(), "the ledger has no postings"));
            }
            return ReadResult.failed(problems);
        }
        Map<String, long[]> lines = new LinkedHashMap<>();
        List<Actuals.Unmapped> unmapped = new ArrayList<>();
        for (int id = 0; id < pairs.size; id++) {
            String key = pairs.keyOf[id];
            mappingLines.remove(key);
            if (pairs.lineOf[id] < 0) {
                String cc = r.costCentres().get(pairs.costCentre[id]);
                int codeId = pairs.code[id];
                String code = codeId < 0 ? "" : r.codes().get(codeId);
                unmapped.add(new Actuals.Unmapped(cc, code, pairs.postings[id], Money.ofMinor(Gbp.GBP, totals.yearPence(id))));
                continue;
            }
            long[] p = lines.computeIfAbsent(map.get(key), k -> new long[PeriodTotals.PERIODS]);
            for (int k = 1; k <= PeriodTotals.PERIODS; k++) {
                p[k - 1] = Math.addExact(p[k - 1], totals.pence(id, k));
            }
        }
        Map<String, List<Money>> out = new LinkedHashMap<>();
        Map<String, List<LedgerLines>> from = new LinkedHashMap<>();
        lines.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            List<Money> m = new ArrayList<>();
            for (long v : e.getValue()) {
                m.add(Money.ofMinor(Gbp.GBP, v));
            }
            out.put(e.getKey(), m);
            List<LedgerLines> at = new ArrayList<>();
            for (int p = 1; p <= PeriodTotals.PERIODS; p++) {
                at.add(pairs.lines(lineIds.get(e.getKey()), p));
            }
            from.put(e.getKey(), at);
        });
        if (!mappingIgnored.isEmpty()) {
            notes.accept(mapping + ": columns not read: " + String.join(", ", mappingIgnored));
        }
        r.notes().forEach(notes);
        mappingLines.forEach((k, at) -> notes.accept(mapping + ", line " + at + ": cost centre " + k.substring(0, k.indexOf('\u0000'))
                + " with code " + k.substring(k.indexOf('\u0000') + 1) + " matches no posting in " + ledger));
        unmapped.sort((x, y) -> x.costCentre().equals(y.costCentre()) ? x.code().compareTo(y.code())
                : x.costCentre().compareTo(y.costCentre()));
        return ReadResult.of(new Actuals(r.year(), out, unmapped,
                new Actuals.Provenance(ledger.toString(), from)), problems);
    }

    /**
     * JSON in the layout of Jackson's default pretty printer (two-space indents, {@code " : "} between a name and its
     * value, arrays inline: {@code [ {}, {} ]}, {@code [ ]} when empty), byte for byte what the object mapper writes
     * for {@link #tree} (a test holds them equal), written into one buffer: loading Jackson took longer than writing
     * the JSON of a million postings, and its escaping looked at each character of the ledger lines and amounts,
     * which are digits and punctuation of our own (only the names from the files are escaped, as Jackson does).
     */
    private static String json(Actuals actuals) {
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder(1024 + actuals.lines().size() * 1536); // a traced line takes about 1,400
        sb.append('{').append(nl).append("  \"schemaVersion\" : 1,").append(nl).append("  \"year\" : ");
        quoted(sb, actuals.year().toString());
        sb.append(',').append(nl).append("  \"unit\" : \"pounds\",").append(nl);
        if (!actuals.provenance().ledger().isEmpty()) {
            sb.append("  \"ledger\" : ");
            quoted(sb, actuals.provenance().ledger());
            sb.append(',').append(nl);
        }
        sb.append("  \"lines\" : [");
        String sep = " {";
        for (Map.Entry<String, List<Money>> e : actuals.lines().entrySet()) {
            sb.append(sep).append(nl).append("    \"line\" : ");
            sep = ", {";
            quoted(sb, e.getKey());
            sb.append(',').append(nl).append("    \"periods\" : {");
            List<Money> periods = e.getValue();
            for (int p = 0; p < periods.size(); p++) {
                sb.append(p == 0 ? "" : ",").append(nl).append("      \"P").append(p + 1).append("\" : \"")
                        .append(periods.get(p).getAmount().toPlainString()).append('"');
            }
            sb.append(nl).append("    },").append(nl).append("    \"total\" : \"")
                    .append(Gbp.sum(periods).getAmount().toPlainString()).append('"');
            List<LedgerLines> at = actuals.provenance().lines().get(e.getKey());
            boolean traced = false;
            for (int p = 0; at != null && p < at.size(); p++) {
                if (!at.get(p).isEmpty()) {
                    sb.append(traced ? "," : "," + nl + "    \"ledgerLines\" : {").append(nl).append("      \"P").append(p + 1)
                            .append("\" : \"").append(at.get(p)).append('"');
                    traced = true;
                }
            }
            sb.append(traced ? nl + "    }" : "").append(nl).append("  }");
        }
        sb.append(" ],").append(nl).append("  \"unmapped\" : [");
        sep = " {";
        for (Actuals.Unmapped u : actuals.unmapped()) {
            sb.append(sep).append(nl).append("    \"costCentre\" : ");
            sep = ", {";
            quoted(sb, u.costCentre());
            sb.append(',').append(nl).append("    \"code\" : ");
            quoted(sb, u.code());
            sb.append(',').append(nl).append("    \"postings\" : ").append(u.postings()).append(',').append(nl)
                    .append("    \"total\" : \"").append(u.total().getAmount().toPlainString()).append('"').append(nl).append("  }");
        }
        return sb.append(" ]").append(nl).append('}').append('\n').toString();
    }

    /**
     * A JSON string as Jackson writes it: quote and backslash escaped, the control characters with a short escape
     * (backspace, tab, line feed, form feed, carriage return) as that, the others as a unicode escape in upper-case
     * hex; everything else as itself.
     */
    private static void quoted(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c >= 0x20) {
                sb.append(c);
            } else {
                String shortForm = switch (c) {
                    case '\b' -> "\\b";
                    case '\t' -> "\\t";
                    case '\n' -> "\\n";
                    case '\f' -> "\\f";
                    case '\r' -> "\\r";
                    default -> null;
                };
                sb.append(shortForm != null ? shortForm : "\\u00" + "0123456789ABCDEF".charAt(c >> 4) + "0123456789ABCDEF".charAt(c & 0xF));
            }
        }
        sb.append('"');
    }

    /** A line's ledger lines by period ({@code P1}: {@code 2, 5, 9-14}), the periods without postings left out. */
    private static Map<String, String> ledgerLines(Actuals actuals, String line) {
        Map<String, String> at = new LinkedHashMap<>();
        actuals.provenance().of(line).ifPresent(l -> {
            for (int p = 0; p < l.size(); p++) {
                if (!l.get(p).isEmpty()) {
                    at.put("P" + (p + 1), l.get(p).toString());
                }
            }
        });
        return at;
    }

    /** The tree the object mapper writes, for YAML (and, in a test, to hold the JSON writer to it). */
    static Map<String, Object> tree(Actuals actuals) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", 1);
        root.put("year", actuals.year().toString());
        root.put("unit", "pounds");
        if (!actuals.provenance().ledger().isEmpty()) {
            root.put("ledger", actuals.provenance().ledger());
        }
        root.put("lines", actuals.lines().entrySet().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", e.getKey());
            Map<String, Object> periods = new LinkedHashMap<>();
            for (int p = 0; p < e.getValue().size(); p++) {
                periods.put("P" + (p + 1), e.getValue().get(p).getAmount().toPlainString());
            }
            m.put("periods", periods);
            m.put("total", Gbp.sum(e.getValue()).getAmount().toPlainString());
            Map<String, String> at = ledgerLines(actuals, e.getKey());
            if (!at.isEmpty()) {
                m.put("ledgerLines", at);
            }
            return m;
        }).toList());
        root.put("unmapped", actuals.unmapped().stream().map(u -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("costCentre", u.costCentre());
            m.put("code", u.code());
            m.put("postings", u.postings());
            m.put("total", u.total().getAmount().toPlainString());
            return m;
        }).toList());
        return root;
    }

    /** The mapping's key of a cost centre and code: the pair's own row, else the cost centre's {@code *} row. */
    private static String key(Map<String, String> map, String cc, String code) {
        return map.containsKey(cc + "\u0000" + code) ? cc + "\u0000" + code : cc + "\u0000*";
    }

    /**
     * The (cost centre, code) pairs of the postings, each given a dense id on first sight, with its totals by
     * period and its count of postings: arrays indexed by the reader's own dense ids, so a posting costs two array
     * reads and no allocation (a map of boxed keys cost twice the time of {@code actuals} and twice its memory).
     * A pair is given its monitoring line on first sight, and each posting's line of the ledger is kept by line and
     * period: the first {@value LedgerLines#KEPT} ranges of lines, then only a count and the last line, so that
     * memory grows with the monitoring lines, not the postings.
     */
    private static final class Pairs implements LedgerReader.Sink {
        final PeriodTotals totals = PeriodTotals.create();
        /** By cost centre id: by code id + 1 (0 for no code column), the pair's id + 1 (0 for none yet). */
        int[][] ids = new int[64][];
        int[] costCentre = new int[256];
        int[] code = new int[256];
        long[] postings = new long[256];
        /** By pair id: the index of its monitoring line, or -1 when unmapped. */
        int[] lineOf = new int[256];
        /** By pair id: its key in the mapping ({@link LedgerImport#key}), found once, on its first posting. */
        String[] keyOf = new String[256];
        int size;
        private final Map<String, String> map;
        private final Map<String, Integer> lineIds;
        /**
         * By monitoring line x 12 + period - 1, four longs: how many runs of consecutive lines (counted up to one past
         * the cap, then no further), how many postings, the last line, and the first line of the first run not listed. One cache line a posting, in an array small
         * enough to stay in cache: a ledger's postings of one line come scattered through the file.
         */
        final long[] heads;
        /** By the same index: the first {@value LedgerLines#KEPT} runs' first and last lines; null until the first. */
        final long[][] runs;
        private List<String> costCentreNames = List.of();
        private List<String> codeNames = List.of();

        Pairs(Map<String, String> map, Map<String, Integer> lineIds) {
            this.map = map;
            this.lineIds = lineIds;
            this.heads = new long[lineIds.size() * PeriodTotals.PERIODS * 4];
            this.runs = new long[lineIds.size() * PeriodTotals.PERIODS][];
        }

        @Override
        public void names(List<String> costCentres, List<String> codes) {
            costCentreNames = costCentres;
            codeNames = codes;
        }

        @Override
        public void posting(int cc, int codeId, int period, long pence) {
            int id = pair(cc, codeId);
            totals.add(id, period, pence);
            postings[id]++;
        }

        @Override
        public void posting(int cc, int codeId, int period, long pence, long line) {
            int id = pair(cc, codeId);
            totals.add(id, period, pence);
            postings[id]++;
            int l = lineOf[id];
            if (l >= 0) {
                trace(l * PeriodTotals.PERIODS + period - 1, line);
            }
        }

        /** Adds a line of the ledger to a figure's (lines come in ascending order). */
        private void trace(int cell, long line) {
            int h = cell * 4;
            long n = heads[h];
            heads[h + 1]++;
            if (n > LedgerLines.KEPT) { // past the cap (most postings of a large ledger): only counted
                heads[h + 2] = line;
                return;
            }
            long prev = heads[h + 2];
            heads[h + 2] = line;
            if (line != prev + 1) { // a new run
                heads[h] = n + 1;
                if (n < LedgerLines.KEPT) {
                    list(cell, (int) n, line);
                } else { // the first run not listed
                    heads[h + 3] = line;
                }
            } else { // the run goes on, and is listed
                runs[cell][(int) (2 * n - 1)] = line;
            }
        }

        /** Starts a figure's listed run {@code n} (0 to {@value LedgerLines#KEPT} - 1) at a line. */
        private void list(int cell, int n, long line) {
            long[] r = runs[cell];
            if (r == null) {
                r = runs[cell] = new long[2 * LedgerLines.KEPT];
            }
            r[2 * n] = line;
            r[2 * n + 1] = line;
        }

        /** @return the ledger lines of a monitoring line's period */
        LedgerLines lines(int lineId, int period) {
            int cell = lineId * PeriodTotals.PERIODS + period - 1;
            int h = cell * 4;
            long n = heads[h];
            if (n == 0) {
                return LedgerLines.NONE;
            }
            List<LedgerLines.Range> ranges = new ArrayList<>();
            long listed = 0;
            for (int i = 0; i < Math.min(n, LedgerLines.KEPT); i++) {
                ranges.add(new LedgerLines.Range(runs[cell][2 * i], runs[cell][2 * i + 1]));
                listed += runs[cell][2 * i + 1] - runs[cell][2 * i] + 1;
            }
            long more = heads[h + 1] - listed;
            return more == 0 ? new LedgerLines(ranges, 0, 0, 0) : new LedgerLines(ranges, more, heads[h + 3], heads[h + 2]);
        }

        /** The pair's id: two array reads for a pair seen before (small enough to be inlined in the reader's loop). */
        private int pair(int cc, int codeId) {
            int[] byCode = cc < ids.length ? ids[cc] : null;
            int slot = codeId + 1;
            int id = byCode != null && slot < byCode.length ? byCode[slot] - 1 : -1;
            return id >= 0 ? id : newPair(cc, codeId);
        }

        /** Gives a pair met for the first time its id and its monitoring line. */
        private int newPair(int cc, int codeId) {
            if (cc >= ids.length) {
                ids = java.util.Arrays.copyOf(ids, Math.max(ids.length * 2, cc + 1));
            }
            int[] byCode = ids[cc];
            int slot = codeId + 1;
            if (byCode == null || slot >= byCode.length) {
                byCode = ids[cc] = byCode == null ? new int[Math.max(8, slot + 1)]
                        : java.util.Arrays.copyOf(byCode, Math.max(byCode.length * 2, slot + 1));
            }
            int id = size++;
            byCode[slot] = id + 1;
            if (id == costCentre.length) {
                costCentre = java.util.Arrays.copyOf(costCentre, id * 2);
                code = java.util.Arrays.copyOf(code, id * 2);
                postings = java.util.Arrays.copyOf(postings, id * 2);
                lineOf = java.util.Arrays.copyOf(lineOf, id * 2);
                keyOf = java.util.Arrays.copyOf(keyOf, id * 2);
            }
            costCentre[id] = cc;
            code[id] = codeId;
            // the names of an id are there from its first posting on (LedgerReader.Sink#names)
            String k = key(map, costCentreNames.get(cc), codeId < 0 ? "" : codeNames.get(codeId));
            String line = map.get(k);
            keyOf[id] = k;
            lineOf[id] = line == null ? -1 : lineIds.get(line);
            return id;
        }
    }

    /** The mapping file's lines up to its header: its comment lines, read as UTF-8 (bad bytes are the CSV reader's). */
    private static List<String> leadingComments(Path mapping) {
        List<String> lines = new ArrayList<>();
        try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(InputFiles.open(mapping),
                java.nio.charset.StandardCharsets.UTF_8))) {
            for (String l; (l = in.readLine()) != null && lines.size() < 1000;) {
                String t = l.startsWith("\uFEFF") ? l.substring(1) : l;
                if (!t.strip().startsWith("#")) {
                    break;
                }
                lines.add(t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /**
     * Writes actuals as JSON or YAML: {@code schemaVersion}, {@code year}, {@code unit} (pounds), {@code ledger} (the
     * ledger file as named to the import, when known), {@code lines} (line, twelve period amounts P1..P12, total and,
     * when known, {@code ledgerLines}: by period with postings, the ledger's lines summed into it, in the text form of
     * {@link LedgerLines}, such as {@code 2, 5, 9-14} or {@code 2, 5, 9-14; 40 more in 15-999}) and {@code unmapped}
     * (cost centre, code, postings, total).
     *
     * @param actuals the actuals
     * @param format JSON or YAML
     * @return the text
     */
    public static String write(Actuals actuals, StructuredFormat format) {
        if (format == StructuredFormat.JSON) {
            return json(actuals);
        }
        return format.write(tree(actuals));
    }
}
