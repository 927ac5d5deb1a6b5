package uk.org.wcf.finance.s251;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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

    private static final Set<Measure> ALL = EnumSet.allOf(Measure.class);
    private static final Set<Measure> TOTAL_INCOME_NET = EnumSet.of(Measure.TOTAL_EXPENDITURE, Measure.INCOME,
            Measure.NET_CURRENT_EXPENDITURE);
    private static final Set<Measure> TOTAL_ONLY = EnumSet.of(Measure.TOTAL_EXPENDITURE);

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
     * The catalogue built into the library for a year: today 2012/13 (35 lines, from DfE's 2012-13 section 251
     * statement).
     *
     * @param year the year
     * @return the catalogue, or empty when the library has none for that year
     */
    public static Optional<LineCatalogue> forYear(FiscalYear year) {
        return year.equals(FiscalYear.of(2012)) ? Optional.of(s251For2012()) : Optional.empty();
    }

    /** @return the years the library has a catalogue for */
    public static List<FiscalYear> knownYears() {
        return List.of(FiscalYear.of(2012));
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
     * Matches every line of this year to the line with the same meaning in another year's catalogue.
     *
     * @param other the other year's catalogue
     * @return one match per line of this catalogue, in its order; a line with no match has an empty match
     */
    public List<LineMatch> matchTo(LineCatalogue other) {
        Map<String, S251Line> byMeaning = new LinkedHashMap<>();
        for (S251Line l : other.lines) {
            byMeaning.putIfAbsent(l.meaning(), l);
        }
        List<LineMatch> out = new ArrayList<>();
        for (S251Line l : lines) {
            out.add(new LineMatch(year, l, other.year, Optional.ofNullable(byMeaning.get(l.meaning()))));
        }
        return out;
    }

    /** @return {@code s251 lines 2012/13 (35 lines)} */
    @Override
    public String toString() {
        return "s251 lines " + year + " (" + lines.size() + " lines)";
    }

    /** DfE's 2012-13 section 251 layout; descriptions as DfE's 2012-13 outturn file gives them. */
    private static LineCatalogue s251For2012() {
        String ssc = "Sure Start Children's Centres";
        String cla = "Children Looked After";
        String other = "Other Children's and Families Services";
        String safe = "Safeguarding Children and Young People's Services";
        String fam = "Family Support Services";
        String young = "Services for Young People";
        String yj = "Youth Justice";
        String cera = "Capital Expenditure from Revenue";
        String total = "Children and Young People's Services";
        String memo = "Memorandum";
        List<S251Line> l = new ArrayList<>();
        l.add(item(1, "Spend by individual Sure Start Children's Centres", ssc));
        l.add(item(2, "Spend on local authority provided or commissioned area-wide services delivered through Sure Start"
                + " Children\u2019s Centres", ssc));
        l.add(item(3, "Other early years funding", ssc));
        l.add(sectionTotal(4, "Total Sure Start Children's Centres", ssc, 1, 3));
        l.add(item(5, "Residential care", cla));
        l.add(item(6, "Fostering services", cla));
        l.add(item(7, "Adoption services", cla));
        l.add(item(8, "Special guardianship support", cla));
        l.add(item(9, "Other children looked after", cla));
        l.add(item(10, "Short breaks (respite) for looked after disabled children", cla));
        l.add(item(11, "Children placed with family and friends", cla));
        l.add(item(12, "Education of looked after children", cla));
        l.add(item(13, "Leaving care support services", cla));
        l.add(item(14, "Asylum seeker services - children", cla));
        l.add(sectionTotal(15, "Total Children Looked After", cla, 5, 14));
        l.add(item(16, "Other childrens and family services", other));
        l.add(item(17, "Social work (includes LA functions in relation to child protection", safe));
        l.add(item(18, "Comissioning and Children's Services Strategy", safe));
        l.add(item(19, "Local safeguarding childrens board", safe));
        l.add(sectionTotal(20, "Total Safeguarding Children and Young Peoples Services", safe, 17, 19));
        l.add(item(21, "Direct payments", fam));
        l.add(item(22, "Short breaks (respite) for disabled children", fam));
        l.add(item(23, "Other support for disabled children", fam));
        l.add(item(24, "Targeted family support", fam));
        l.add(item(25, "Universal family support", fam));
        l.add(sectionTotal(26, "Total Family Support Services", fam, 21, 25));
        l.add(item(27, "Universal services for young people (including youth work, positive activities and information,"
                + " advice and guidance)", young));
        l.add(item(28, "Targeted services for young people (including youth work, positive activities and information,"
                + " advice and guidance)", young));
        l.add(sectionTotal(29, "Total Services for Young People", young, 27, 28));
        l.add(new S251Line(30, "Youth Justice", yj, LineKind.ITEM, List.of(), TOTAL_INCOME_NET));
        l.add(new S251Line(31, "Capital Expenditure from Revenue (CERA) (Childrens and young people's services)", cera,
                LineKind.ITEM, List.of(), TOTAL_INCOME_NET));
        l.add(new S251Line(32, "CHILDREN AND YOUNG PEOPLE'S SERVICES BUDGET (Including CERA)", total,
                LineKind.GRAND_TOTAL, List.of(33, 31), TOTAL_INCOME_NET));
        l.add(new S251Line(33, "CHILDREN AND YOUNG PEOPLE'S SERVICES BUDGET (excluding CERA)", total,
                LineKind.GRAND_TOTAL, List.of(4, 15, 16, 20, 26, 29, 30), TOTAL_INCOME_NET));
        l.add(new S251Line(34, "Substances misuse services (Drugs, alcohol and volatile substances)", memo, LineKind.MEMO,
                List.of(), TOTAL_ONLY));
        l.add(new S251Line(35, "Teenage pregnancy services", memo, LineKind.MEMO, List.of(), TOTAL_ONLY));
        return new LineCatalogue(FiscalYear.of(2012), l);
    }

    private static S251Line item(int number, String description, String section) {
        return new S251Line(number, description, section, LineKind.ITEM, List.of(), ALL);
    }

    private static S251Line sectionTotal(int number, String description, String section, int first, int last) {
        List<Integer> parts = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            parts.add(i);
        }
        return new S251Line(number, description, section, LineKind.SECTION_TOTAL, parts, ALL);
    }
}
