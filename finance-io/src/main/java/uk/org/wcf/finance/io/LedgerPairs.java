package uk.org.wcf.finance.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import uk.org.wcf.finance.io.internal.ledger.LedgerReader;
import uk.org.wcf.finance.ledger.LedgerLines;
import uk.org.wcf.finance.ledger.PeriodTotals;

/**
 * The (cost centre, code) pairs of the postings, each given a dense id on first sight, with its totals by
 * period and its count of postings: arrays indexed by the reader's own dense ids, so a posting costs two array
 * reads and no allocation (a map of boxed keys cost twice the time of {@code actuals} and twice its memory).
 * A pair is given its monitoring line on first sight, and each posting's line of the ledger is kept by line and
 * period: the first {@value LedgerLines#KEPT} ranges of lines, then only a count and the last line, so that
 * memory grows with the monitoring lines, not the postings.
 */
final class LedgerPairs implements LedgerReader.Sink {
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

    LedgerPairs(Map<String, String> map, Map<String, Integer> lineIds) {
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
        String k = LedgerImport.key(map, costCentreNames.get(cc), codeId < 0 ? "" : codeNames.get(codeId));
        String line = map.get(k);
        keyOf[id] = k;
        lineOf[id] = line == null ? -1 : lineIds.get(line);
        return id;
    }
}
