package uk.org.wcf.finance.s251;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * A year's section 251 layout: its lines by number, which of them are totals (and of which lines) and which are
 * memos. Line numbers move between years, so lines are matched across years by meaning ({@link #matchTo}).
 *
 * @param year the year the layout is for
 * @param lines the lines in number order
 */
public record LineCatalogue(FiscalYear year, List<S251Line> lines) {


    /**
     * Validates the catalogue.
     *
     * @param year not null
     * @param lines no number twice; every part of a total is a line of the catalogue and is no memo; kept in
     *     number order
     */
    public LineCatalogue {
        Objects.requireNonNull(year, "year");
        lines = lines.stream().sorted(java.util.Comparator.comparingInt(S251Line::number)).toList();
        Set<Integer> numbers = new HashSet<>();
        for (S251Line l : lines) {
            if (!numbers.add(l.number())) {
                throw new FinanceRuleException("s251 line", l.number(), "the " + year + " catalogue has it twice");
            }
        }
        Map<Integer, S251Line> byNumber = lines.stream().collect(Collectors.toMap(S251Line::number, l -> l));
        for (S251Line l : lines) {
            for (int p : l.parts()) {
                S251Line part = byNumber.get(p);
                if (part == null || part.kind() == LineKind.MEMO) {
                    throw new FinanceRuleException("parts of line " + l.number(), l.parts(),
                            "line " + p + (part == null ? " is not in the " + year + " catalogue" : " is a memo, part of no sum"));
                }
            }
        }
        for (S251Line l : lines) {
            noCycle(l, byNumber, new HashSet<>());
        }
    }

    /** A total may not, through its parts, sum itself. */
    private static void noCycle(S251Line line, Map<Integer, S251Line> byNumber, Set<Integer> path) {
        if (!path.add(line.number())) {
            throw new FinanceRuleException("parts of line " + line.number(), line.parts(), "a total may not sum itself"
                    + " through other totals (" + path + ")");
        }
        for (int p : line.parts()) {
            noCycle(byNumber.get(p), byNumber, path);
        }
        path.remove(line.number());
    }

    /**
     * @param year the year
     * @param lines the lines
     * @return the catalogue
     */
    public static LineCatalogue of(FiscalYear year, List<S251Line> lines) {
        return new LineCatalogue(year, lines);
    }

    /**
     * The catalogue built into the library for a year: 2012/13 (35 lines) and 2013/14 (36 lines), each from DfE's
     * published outturn file of that year.
     *
     * @param year the year
     * @return the catalogue, or empty when the library has none for that year
     */
    public static Optional<LineCatalogue> forYear(FiscalYear year) {
        if (year.equals(FiscalYear.of(2012))) {
            return Optional.of(DfeCatalogues.s251For2012());
        }
        return year.equals(FiscalYear.of(2013)) ? Optional.of(DfeCatalogues.s251For2013()) : Optional.empty();
    }

    /** @return the years the library has a catalogue for, oldest first */
    public static List<FiscalYear> knownYears() {
        return List.of(FiscalYear.of(2012), FiscalYear.of(2013));
    }

    /**
     * @param number a line number
     * @return the line
     * @throws FinanceRuleException when the catalogue has no such line
     */
    public S251Line line(int number) {
        for (S251Line l : lines) {
            if (l.number() == number) {
                return l;
            }
        }
        throw new FinanceRuleException("s251 line", number, "the " + year + " catalogue has lines "
                + lines.get(0).number() + " to " + lines.get(lines.size() - 1).number());
    }

    /**
     * @param number a line number
     * @return true when the catalogue has the line
     */
    public boolean has(int number) {
        return lines.stream().anyMatch(l -> l.number() == number);
    }

    /**
     * Finds a line by number ({@code 15}) or by description ({@code Total Children Looked After}, matched by
     * meaning; a part of a description will do when only one line contains it).
     *
     * @param numberOrDescription the line's number or description
     * @return the line
     * @throws FinanceRuleException when no line, or more than one, matches
     */
    public S251Line find(String numberOrDescription) {
        String t = numberOrDescription.strip();
        if (t.matches("\\d{1,4}")) {
            return line(Integer.parseInt(t));
        }
        String meaning = S251Line.meaningOf(t);
        if (meaning.isEmpty()) {
            throw new FinanceRuleException("s251 line", "'" + t + "'", "give a line number or a description");
        }
        for (S251Line l : lines) {
            if (l.meaning().equals(meaning)) {
                return l;
            }
        }
        List<S251Line> partial = lines.stream().filter(l -> l.meaning().contains(meaning)).toList();
        if (partial.size() == 1) {
            return partial.get(0);
        }
        throw new FinanceRuleException("s251 line", "'" + t + "'", partial.isEmpty()
                ? "no line of the " + year + " catalogue has that description"
                : "it matches " + partial.size() + " lines of the " + year + " catalogue: "
                        + partial.stream().map(S251Line::toString).collect(Collectors.joining("; ")));
    }

    /**
     * Matches every line of this year to the line with the same meaning in another year's catalogue. First by
     * description (by meaning: the number in front, case, spaces and punctuation do not count), which finds a line
     * whose number moved; then, for the lines left, by a similar description ({@link LineMatch.By#SIMILAR_DESCRIPTION}):
     * a line of the same kind in the same section whose description shares at least three in four of the words of
     * the shorter of the two, each being the other's closest, with no tie. A line matches at most one line.
     *
     * @param other the other year's catalogue
     * @return one match per line of this catalogue, in its order; a line with no match has an empty match
     */
    public List<LineMatch> matchTo(LineCatalogue other) {
        Map<Integer, S251Line> pairs = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        Map<Integer, LineMatch.By> by = new HashMap<>();
        for (S251Line l : lines) {
            for (S251Line o : other.lines) {
                if (!taken.contains(o.number()) && o.meaning().equals(l.meaning())) {
                    pairs.put(l.number(), o);
                    taken.add(o.number());
                    by.put(l.number(), o.number() == l.number() ? LineMatch.By.NUMBER_AND_DESCRIPTION
                            : LineMatch.By.DESCRIPTION);
                    break;
                }
            }
        }
        boolean found = true;
        while (found) {
            found = false;
            for (S251Line l : lines) {
                if (pairs.containsKey(l.number())) {
                    continue;
                }
                Optional<S251Line> o = closest(l, other.lines, taken);
                if (o.isPresent() && closest(o.get(), lines, pairs.keySet()).filter(l::equals).isPresent()) {
                    pairs.put(l.number(), o.get());
                    taken.add(o.get().number());
                    by.put(l.number(), LineMatch.By.SIMILAR_DESCRIPTION);
                    found = true;
                }
            }
        }
        List<LineMatch> out = new ArrayList<>();
        for (S251Line l : lines) {
            out.add(new LineMatch(year, l, other.year, Optional.ofNullable(pairs.get(l.number())),
                    by.getOrDefault(l.number(), LineMatch.By.NONE)));
        }
        return out;
    }

    /**
     * The lines of another year's catalogue that no line of this one matches ({@link #matchTo}): lines new in that
     * year, when it is the later one.
     *
     * @param other the other year's catalogue
     * @return its unmatched lines, in its order
     */
    public List<S251Line> unmatchedIn(LineCatalogue other) {
        Set<Integer> matched = new HashSet<>();
        for (LineMatch m : matchTo(other)) {
            m.match().ifPresent(o -> matched.add(o.number()));
        }
        return other.lines.stream().filter(o -> !matched.contains(o.number())).toList();
    }

    /**
     * The line of {@code candidates} (not taken) whose description is closest to the line's: same kind, same
     * section, at least three in four of the shorter description's words shared; empty when none is, or when two
     * are equally close.
     */
    private static Optional<S251Line> closest(S251Line line, List<S251Line> candidates, Set<Integer> taken) {
        Set<String> words = words(line.description());
        String section = S251Line.meaningOf(line.section());
        S251Line best = null;
        double bestShare = 0;
        double bestDice = 0;
        boolean tie = false;
        for (S251Line c : candidates) {
            if (taken.contains(c.number()) || c.kind() != line.kind() || !S251Line.meaningOf(c.section()).equals(section)) {
                continue;
            }
            Set<String> cw = words(c.description());
            int shared = 0;
            for (String w : cw) {
                if (words.contains(w)) {
                    shared++;
                }
            }
            int shorter = Math.min(words.size(), cw.size());
            if (shorter == 0 || shared * 4 < shorter * 3) {
                continue;
            }
            double share = (double) shared / shorter;
            double dice = 2.0 * shared / (words.size() + cw.size());
            if (best == null || share > bestShare || share == bestShare && dice > bestDice) {
                best = c;
                bestShare = share;
                bestDice = dice;
                tie = false;
            } else if (share == bestShare && dice == bestDice) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "by", "for", "from", "in", "of", "on", "the",
            "to", "with");

    /**
     * The words of a description for a similar match: lower case, apostrophes dropped, split at anything but a
     * letter or digit, without the number in front and the small words (and, for, of ...), plurals made singular
     * (families: family; services: service).
     *
     * @param description a description
     * @return its words
     */
    static Set<String> words(String description) {
        String s = description.strip().replaceFirst("^[\\d.]+", "").toLowerCase(Locale.ROOT).replace("'", "")
                .replace("\u2019", "");
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String w : s.split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty() || STOP_WORDS.contains(w)) {
                continue;
            }
            if (w.length() > 4 && w.endsWith("ies")) {
                w = w.substring(0, w.length() - 3) + "y";
            } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
                w = w.substring(0, w.length() - 1);
            }
            out.add(w);
        }
        return out;
    }

    /** @return {@code s251 lines 2012/13 (35 lines)} */
    @Override
    public String toString() {
        return "s251 lines " + year + " (" + lines.size() + " lines)";
    }
}
