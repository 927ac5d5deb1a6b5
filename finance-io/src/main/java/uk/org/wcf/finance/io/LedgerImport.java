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

import org.joda.money.Money;

import uk.org.wcf.finance.io.internal.csv.CsvTable;
import uk.org.wcf.finance.io.internal.ledger.LedgerReader;
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
     * Runs the import of a ledger of one financial year, which the postings' dates give.
     *
     * @param ledger the ledger extract
     * @param mapping the mapping file
     * @return the actuals (empty when either file had problems) and every problem
     */
    public static ReadResult<Actuals> run(Path ledger, Path mapping) {
        return importLedger(ledger, mapping, null, DateFormat.AUTO, LedgerOptions.NONE, Progress.NONE, note -> { }, read -> { });
    }

    /**
     * Runs the import.
     *
     * @param ledger the ledger extract
     * @param mapping the mapping file
     * @param year the financial year (see {@link #run(Path, Path)} to take it from the ledger)
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
     * @param year the financial year
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
     * @param year the financial year
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
     * Runs the import of an extract as a finance system wrote it, for the year given.
     *
     * @param ledger the ledger extract
     * @param mapping the mapping file (its comment lines may carry more options, see above)
     * @param year the financial year
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
        java.util.Objects.requireNonNull(year, "year (the other run takes it from the ledger)");
        return importLedger(ledger, mapping, year, dateFormat, options, progress, notes, read);
    }

    /**
     * Runs the import of an extract as a finance system wrote it, the year taken from the postings' dates.
     *
     * @param ledger the ledger extract
     * @param mapping the mapping file (its comment lines may carry more options, see above)
     * @param dateFormat the form of the ledger's dates
     * @param options the ledger's column names, the rows to keep, or the one period of every posting
     * @param progress told how far the ledger has been read
     * @param notes receives each note, one line each (among them the rows the filters left out)
     * @param read receives what the reader read of the ledger (postings, rows left out), for a summary
     * @return the actuals (empty when either file had problems) and every problem
     */
    public static ReadResult<Actuals> run(Path ledger, Path mapping, DateFormat dateFormat, LedgerOptions options,
            Progress progress, java.util.function.Consumer<String> notes, java.util.function.Consumer<LedgerSummary> read) {
        return importLedger(ledger, mapping, null, dateFormat, options, progress, notes, read);
    }

    /** The import; {@code year} null takes the year from the ledger (the reader's contract, inside the library). */
    private static ReadResult<Actuals> importLedger(Path ledger, Path mapping, FiscalYear year, DateFormat dateFormat,
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
        LedgerPairs pairs = new LedgerPairs(map, lineIds);
        LedgerSummary r;
        try (InputStream in = progress.watch(ledger.toString(), InputFiles.open(ledger), Files.size(ledger))) {
            r = LedgerReader.read(ledger.toString(), in, year, LedgerReader.POSTINGS, dateFormat, used, pairs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PeriodTotals totals = pairs.totals;
        read.accept(r);
        problems.addAll(r.problems());
        if (!problems.isEmpty() || r.year().isEmpty()) {
            if (r.year().isEmpty() && problems.isEmpty()) {
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
        return ReadResult.of(new Actuals(r.year().get(), out, unmapped,
                new Actuals.Provenance(ledger.toString(), from)), problems);
    }

    /** The tree the object mapper writes, for YAML (and, in a test, to hold the JSON writer to it). */
    static Map<String, Object> tree(Actuals actuals) {
        return ActualsText.tree(actuals);
    }

    /** The mapping's key of a cost centre and code: the pair's own row, else the cost centre's {@code *} row. */
    static String key(Map<String, String> map, String cc, String code) {
        return map.containsKey(cc + "\u0000" + code) ? cc + "\u0000" + code : cc + "\u0000*";
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
        return format == StructuredFormat.JSON ? ActualsText.json(actuals) : format.write(ActualsText.tree(actuals));
    }
}
