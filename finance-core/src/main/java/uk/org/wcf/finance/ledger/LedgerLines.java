package uk.org.wcf.finance.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import uk.org.wcf.finance.money.FinanceRuleException;

/**
 * Which lines of a ledger file were summed into a figure: the file's line numbers (1-based, the header is line 1,
 * as error messages count them) of its postings, kept compact for a ledger of millions of postings. The first
 * postings are listed as ranges of consecutive lines ({@code 2, 5, 9-14}); past a cap the rest are only counted,
 * with the lines they lie between ({@code 40 more in 15-999}), so that the memory a figure takes does not grow with
 * its postings. Every posting at or before the line before {@link #moreFrom()} is listed.
 *
 * <p>Text form ({@link #toString()}, {@link #parse}): {@code 2, 5, 9-14}, or {@code 2, 5, 9-14; 40 more in 15-999}
 * when not every posting is listed; empty for a figure with no postings.
 *
 * @param listed the postings listed, as ranges of lines in ascending order, neither overlapping nor touching
 * @param more how many postings are not listed (0 when all are)
 * @param moreFrom the first line an unlisted posting may be on (after every listed line), or 0 when all are listed
 * @param moreTo the line of the last unlisted posting, or 0 when all are listed
 */
public record LedgerLines(List<Range> listed, long more, long moreFrom, long moreTo) {

    /** No postings. */
    public static final LedgerLines NONE = new LedgerLines(List.of(), 0, 0, 0);

    /** How many ranges a figure keeps listed by default, in a file and when figures are put together. */
    public static final int KEPT = 5;

    /** How many ranges a figure lists for people ({@link #describe}, {@code monitor --explain}). */
    public static final int DESCRIBED = 10;

    /**
     * Consecutive lines of a file.
     *
     * @param first the first line (at least 1)
     * @param last the last line (at least {@code first})
     */
    public record Range(long first, long last) {
        /**
         * Validates the range.
         *
         * @param first at least 1
         * @param last at least {@code first}
         */
        public Range {
            if (first < 1 || last < first) {
                throw new FinanceRuleException("ledger lines", first + "-" + last, "a range of lines runs from a line (1 or "
                        + "more) to the same line or a later one");
            }
        }

        /** @return how many lines */
        public long size() {
            return last - first + 1;
        }

        /** @return {@code 7} or {@code 9-14} */
        @Override
        public String toString() {
            return first == last ? Long.toString(first) : first + "-" + last;
        }
    }

    /**
     * Validates the lines.
     *
     * @param listed ascending ranges that neither overlap nor touch
     * @param more at least 0
     * @param moreFrom after the last listed line when {@code more} is positive, else 0
     * @param moreTo at least {@code moreFrom + more - 1} when {@code more} is positive, else 0
     */
    public LedgerLines {
        listed = List.copyOf(Objects.requireNonNull(listed, "listed"));
        for (int i = 1; i < listed.size(); i++) {
            if (listed.get(i).first() <= listed.get(i - 1).last() + 1) {
                throw new FinanceRuleException("ledger lines", listed, "ranges are in ascending order and neither overlap nor touch");
            }
        }
        long lastListed = listed.isEmpty() ? 0 : listed.get(listed.size() - 1).last();
        if (more < 0 || (more == 0 && (moreFrom != 0 || moreTo != 0))
                || (more > 0 && (moreFrom <= lastListed || moreTo - moreFrom + 1 < more))) {
            throw new FinanceRuleException("ledger lines", more + " more in " + moreFrom + "-" + moreTo,
                    "the postings not listed lie after the listed ones, in a span of at least as many lines");
        }
    }

    /** @return how many postings in all, listed or not */
    public long postings() {
        long n = more;
        for (Range r : listed) {
            n += r.size();
        }
        return n;
    }

    /** @return true when there are no postings */
    public boolean isEmpty() {
        return listed.isEmpty() && more == 0;
    }

    /** @return the line of the last posting, or 0 for none */
    public long lastLine() {
        return more > 0 ? moreTo : listed.isEmpty() ? 0 : listed.get(listed.size() - 1).last();
    }

    /**
     * The postings of several figures of one file together, such as the periods of a year to date, or the codes of
     * a monitoring line. Every posting listed in the result is listed in one of them; the figures must not share a
     * posting (each line of a ledger is one posting, summed into one figure).
     *
     * @param parts the figures, of one ledger file
     * @param keep how many ranges to keep listed (at least 1)
     * @return their postings
     * @throws FinanceRuleException when two figures list one line
     */
    public static LedgerLines union(Collection<LedgerLines> parts, int keep) {
        // every posting at or before 'known' is listed in its part: the listing of the whole is exact up to there
        long known = Long.MAX_VALUE;
        long total = 0;
        long last = 0;
        List<Range> all = new ArrayList<>();
        for (LedgerLines p : parts) {
            if (p.more > 0) {
                known = Math.min(known, p.moreFrom - 1);
            }
            total += p.postings();
            last = Math.max(last, p.lastLine());
            all.addAll(p.listed);
        }
        all.sort((a, b) -> Long.compare(a.first(), b.first()));
        List<Range> merged = new ArrayList<>();
        for (Range r : all) {
            if (r.first() > known) {
                break;
            }
            Range clipped = r.last() > known ? new Range(r.first(), known) : r;
            Range prev = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (prev != null && clipped.first() <= prev.last()) {
                throw new FinanceRuleException("ledger lines", prev + " and " + clipped, "two figures list one line of the ledger");
            }
            if (prev != null && clipped.first() == prev.last() + 1) {
                merged.set(merged.size() - 1, new Range(prev.first(), clipped.last()));
            } else {
                merged.add(clipped);
            }
        }
        return of(merged, total, known, last, keep);
    }

    /**
     * @param keep how many ranges to keep listed (at least 1)
     * @return these postings with at most {@code keep} ranges listed, the rest counted
     */
    public LedgerLines keep(int keep) {
        return of(listed, postings(), more > 0 ? moreFrom - 1 : Long.MAX_VALUE, lastLine(), keep);
    }

    private static LedgerLines of(List<Range> ranges, long total, long known, long last, int keep) {
        if (keep < 1) {
            throw new FinanceRuleException("ranges kept", keep, "at least one range is kept");
        }
        List<Range> kept = ranges.size() > keep ? ranges.subList(0, keep) : ranges;
        long listedCount = kept.stream().mapToLong(Range::size).sum();
        long more = total - listedCount;
        if (more == 0) {
            return new LedgerLines(kept, 0, 0, 0);
        }
        long from = ranges.size() > keep ? ranges.get(keep).first() : known + 1;
        return new LedgerLines(kept, more, from, last);
    }

    /**
     * Reads the text form.
     *
     * @param text such as {@code 2, 5, 9-14} or {@code 2, 5, 9-14; 40 more in 15-999} (empty for none)
     * @return the lines
     * @throws IllegalArgumentException naming what is wrong
     */
    public static LedgerLines parse(String text) {
        String t = Objects.requireNonNull(text, "text").strip();
        if (t.isEmpty()) {
            return NONE;
        }
        String rest = "";
        int semi = t.indexOf(';');
        if (semi >= 0) {
            rest = t.substring(semi + 1).strip();
            t = t.substring(0, semi).strip();
        }
        try {
            List<Range> ranges = new ArrayList<>();
            if (!t.isEmpty()) {
                for (String part : t.split(",")) {
                    String p = part.strip();
                    int dash = p.indexOf('-', 1);
                    ranges.add(dash < 0 ? new Range(Long.parseLong(p), Long.parseLong(p))
                            : new Range(Long.parseLong(p.substring(0, dash).strip()), Long.parseLong(p.substring(dash + 1).strip())));
                }
            }
            if (rest.isEmpty()) {
                return new LedgerLines(ranges, 0, 0, 0);
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) more in (\\d+)-(\\d+)").matcher(rest);
            if (!m.matches()) {
                throw new NumberFormatException("after ';' comes a count and a range");
            }
            return new LedgerLines(ranges, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
        } catch (NumberFormatException | FinanceRuleException e) {
            throw new IllegalArgumentException("ledger lines are '" + text + "': they are line numbers and ranges in ascending "
                    + "order, such as '2, 5, 9-14', then, if not all are listed, '; 40 more in 15-999'", e);
        }
    }

    /**
     * @param keep how many ranges to list at most
     * @return for people, such as {@code lines 2, 5, 9-14 (12 postings)} or {@code lines 2, 5, 9-14 and 40 more in
     *         lines 15-999 (52 postings)}
     */
    public String describe(int keep) {
        if (isEmpty()) {
            return "no postings";
        }
        LedgerLines k = keep(keep);
        String s = k.listed.isEmpty() ? ""
                : (k.listed.size() == 1 && k.listed.get(0).size() == 1 ? "line " : "lines ") + ranges(k.listed);
        if (k.more > 0) {
            s += (s.isEmpty() ? "" : " and ") + k.more + " more in lines " + k.moreFrom + "-" + k.moreTo;
        }
        long n = postings();
        return s + " (" + n + (n == 1 ? " posting)" : " postings)");
    }

    private static String ranges(List<Range> ranges) {
        StringBuilder sb = new StringBuilder();
        for (Range r : ranges) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(r.first());
            if (r.last() != r.first()) {
                sb.append('-').append(r.last());
            }
        }
        return sb.toString();
    }

    /** @return the text form, such as {@code 2, 5, 9-14; 40 more in 15-999} */
    @Override
    public String toString() {
        return more == 0 ? ranges(listed) : ranges(listed) + "; " + more + " more in " + moreFrom + "-" + moreTo;
    }
}
