package uk.org.wcf.finance.s251;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.joda.money.Money;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.budget.BudgetLine;
import uk.org.wcf.finance.budget.FundingLine;
import uk.org.wcf.finance.budget.IncomeLine;
import uk.org.wcf.finance.ledger.Actuals;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;

/**
 * A council's own statement in DfE's layout, built from the amounts it enters. Every derived figure is computed
 * exactly: total expenditure from the provisions, net from total and income, the council's net from net and the
 * grants, and every total line from its parts. A measure a line does not have in the year's layout is left not
 * applicable. The result keeps every rule of {@link S251Check} by construction.
 */
public final class S251Statement {

    private static final Set<Measure> ENTERED = EnumSet.of(Measure.OWN_PROVISION, Measure.PRIVATE_PROVISION,
            Measure.OTHER_PUBLIC, Measure.VOLUNTARY, Measure.INCOME, Measure.GOV_GRANTS_INSIDE_AEF,
            Measure.GOV_GRANTS_OUTSIDE_AEF);
    private static final List<Measure> PROVISIONS = List.of(Measure.OWN_PROVISION, Measure.PRIVATE_PROVISION,
            Measure.OTHER_PUBLIC, Measure.VOLUNTARY);

    private S251Statement() {
    }

    /**
     * Builds a council's statement from entered amounts.
     *
     * @param catalogue the year's layout
     * @param la the council's code
     * @param name the council's name
     * @param entries the amounts entered, each on a line of spend or a memo and a measure that is entered there
     * @return the council's return, every line of the layout present
     * @throws FinanceRuleException naming the entry's source when an entry goes to a total, to a computed
     *     measure or to a measure the line does not have
     */
    public static CouncilReturn build(LineCatalogue catalogue, String la, String name, List<StatementEntry> entries) {
        Map<Integer, long[]> entered = new HashMap<>();
        for (StatementEntry e : entries) {
            S251Line line = catalogue.line(e.line());
            if (line.kind().isTotal()) {
                throw new FinanceRuleException("s251 line for '" + e.source() + "'", line,
                        "a total is computed from its lines; map the amount to one of lines " + line.parts());
            }
            boolean totalEntered = !line.measures().contains(Measure.OWN_PROVISION);
            if (!line.measures().contains(e.measure())
                    || !(ENTERED.contains(e.measure()) || e.measure() == Measure.TOTAL_EXPENDITURE && totalEntered)) {
                throw new FinanceRuleException("measure for '" + e.source() + "'", e.measure(), "line " + line
                        + " takes " + enterable(line) + "; the others are not applicable or computed");
            }
            long[] v = entered.computeIfAbsent(e.line(), k -> new long[Measure.values().length]);
            v[e.measure().ordinal()] = Math.addExact(v[e.measure().ordinal()], e.amount().getAmountMinorLong());
        }
        Map<Integer, Figures> lines = new LinkedHashMap<>();
        for (S251Line line : catalogue.lines()) {
            if (!line.kind().isTotal()) {
                lines.put(line.number(), derive(line, entered.getOrDefault(line.number(), new long[Measure.values().length])));
            }
        }
        for (S251Line line : catalogue.lines()) {
            total(catalogue, line, lines);
        }
        return CouncilReturn.of(la, name, lines);
    }

    /**
     * Builds a council's statement from its budget book (or a book of a year's actuals) through a mapping that
     * tags each book line with its s251 line. Every book line must be mapped (to a line or to none) and every
     * mapping must name a book line.
     *
     * @param book the budget book
     * @param mappings the tags
     * @param catalogue the year's layout
     * @param la the council's code
     * @param name the council's name
     * @return the council's statement
     * @throws FinanceRuleException listing unmapped book lines, or naming a mapping that matches nothing
     */
    public static CouncilReturn fromBook(BudgetBook book, List<BookMapping> mappings, LineCatalogue catalogue,
            String la, String name) {
        return build(catalogue, la, name, entries(book, mappings, catalogue));
    }

    /**
     * The entries a book gives through a mapping (see {@link #fromBook}).
     *
     * @param book the budget book
     * @param mappings the tags
     * @param catalogue the year's layout
     * @return the entries, in book order, each naming its book line
     */
    public static List<StatementEntry> entries(BudgetBook book, List<BookMapping> mappings, LineCatalogue catalogue) {
        Map<String, BookMapping> byName = byName(mappings);
        Set<String> used = new java.util.HashSet<>();
        List<String> unmapped = new ArrayList<>();
        List<StatementEntry> out = new ArrayList<>();
        for (BudgetLine l : book.lines()) {
            String source = l.line().toString();
            Optional<BookMapping> m = find(byName, used, source, l.line().service().name(), l.line().service().ref());
            m.ifPresentOrElse(x -> entry(x, catalogue, source, l.amount(), Measure.OWN_PROVISION).ifPresent(out::add),
                    () -> unmapped.add(source));
        }
        for (IncomeLine l : book.incomeOutsideContract()) {
            Optional<BookMapping> m = find(byName, used, l.name());
            m.ifPresentOrElse(x -> entry(x, catalogue, l.name(), l.amount(), Measure.INCOME).ifPresent(out::add),
                    () -> unmapped.add(l.name()));
        }
        for (FundingLine l : book.passThrough()) {
            Optional<BookMapping> m = find(byName, used, l.source().name(), l.source().code());
            m.ifPresentOrElse(x -> entry(x, catalogue, l.source().name(), l.amount(), Measure.GOV_GRANTS_INSIDE_AEF)
                    .ifPresent(out::add), () -> unmapped.add(l.source().name()));
        }
        finish(mappings, used, unmapped, "budget-book lines");
        return out;
    }

    /**
     * Builds a council's outturn statement from a year's actuals (imported from its ledger) through the same kind
     * of mapping: each actuals line (by name) is tagged with its s251 line. A line's figure is its total for the
     * year, P1 to P12. Spend goes to OwnProvision (TotalExpenditure on lines without provision columns) unless the
     * mapping names a measure; a line tagged Income is a credit in the ledger, so its total is entered with the
     * sign reversed. Postings the ledger mapping left unmapped are refused: the statement would be short by them.
     *
     * @param actuals the year's actuals
     * @param mappings the tags, one per actuals line
     * @param catalogue the year's layout
     * @param la the council's code
     * @param name the council's name
     * @return the council's statement
     * @throws FinanceRuleException naming unmapped postings, untagged lines, or a tag that matches no line
     */
    public static CouncilReturn fromActuals(Actuals actuals, List<BookMapping> mappings, LineCatalogue catalogue,
            String la, String name) {
        if (!actuals.unmapped().isEmpty()) {
            throw new FinanceRuleException("unmapped ledger postings", actuals.unmapped().size() + " cost centre and code"
                    + " pairs totalling " + actuals.unmappedTotal().getAmount().toPlainString(),
                    "map them to lines in the ledger mapping before filing: the statement would be short by them");
        }
        Map<String, BookMapping> byName = byName(mappings);
        Set<String> used = new java.util.HashSet<>();
        List<String> unmapped = new ArrayList<>();
        List<StatementEntry> out = new ArrayList<>();
        for (Map.Entry<String, List<Money>> e : actuals.lines().entrySet()) {
            Money total = Gbp.sum(e.getValue());
            Optional<BookMapping> m = find(byName, used, e.getKey());
            if (m.isEmpty()) {
                unmapped.add(e.getKey());
                continue;
            }
            boolean income = m.get().measure().filter(x -> x == Measure.INCOME).isPresent();
            entry(m.get(), catalogue, e.getKey(), income ? total.negated() : total, Measure.OWN_PROVISION)
                    .ifPresent(out::add);
        }
        finish(mappings, used, unmapped, "actuals lines");
        return build(catalogue, la, name, out);
    }

    private static Map<String, BookMapping> byName(List<BookMapping> mappings) {
        Map<String, BookMapping> byName = new LinkedHashMap<>();
        for (BookMapping m : mappings) {
            if (byName.put(key(m.bookLine()), m) != null) {
                throw new FinanceRuleException("mapping of '" + m.bookLine() + "'", "given twice",
                        "a line is tagged once");
            }
        }
        return byName;
    }

    private static void finish(List<BookMapping> mappings, Set<String> used, List<String> unmapped, String what) {
        if (!unmapped.isEmpty()) {
            throw new FinanceRuleException(what + " without an s251 line", unmapped,
                    "tag each with an s251 line, or with none to leave it off the statement");
        }
        for (BookMapping m : mappings) {
            if (!used.contains(key(m.bookLine()))) {
                throw new FinanceRuleException("mapping of '" + m.bookLine() + "'", "no such line",
                        "a mapping names a cost line (Service / Group), a service, an income line, a funding source"
                                + " or an actuals line");
            }
        }
    }

    private static Optional<BookMapping> find(Map<String, BookMapping> byName, Set<String> used, String... names) {
        for (String n : names) {
            BookMapping m = byName.get(key(n));
            if (m != null) {
                used.add(key(n));
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static Optional<StatementEntry> entry(BookMapping m, LineCatalogue catalogue, String source, Money amount,
            Measure usual) {
        if (m.s251Line().isEmpty()) {
            return Optional.empty();
        }
        S251Line line = catalogue.find(m.s251Line().get());
        Measure measure = m.measure().orElse(usual == Measure.OWN_PROVISION && !line.measures().contains(usual)
                ? Measure.TOTAL_EXPENDITURE : usual);
        return Optional.of(StatementEntry.of(line.number(), measure, amount, source));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String enterable(S251Line line) {
        List<String> m = new ArrayList<>();
        for (Measure x : line.measures()) {
            if (ENTERED.contains(x) || x == Measure.TOTAL_EXPENDITURE && !line.measures().contains(Measure.OWN_PROVISION)) {
                m.add(x.column());
            }
        }
        return m.isEmpty() ? "nothing" : String.join(", ", m.stream().sorted().toList());
    }

    /** One line of spend's figures from what was entered: only the measures the line has. */
    private static Figures derive(S251Line line, long[] v) {
        Set<Measure> has = line.measures();
        Figures.Builder b = Figures.builder();
        long total;
        if (has.contains(Measure.OWN_PROVISION)) {
            total = 0;
            for (Measure p : PROVISIONS) {
                b.setPence(p, v[p.ordinal()]);
                total = Math.addExact(total, v[p.ordinal()]);
            }
        } else {
            total = v[Measure.TOTAL_EXPENDITURE.ordinal()];
        }
        b.setPence(Measure.TOTAL_EXPENDITURE, total);
        long net = total;
        if (has.contains(Measure.INCOME)) {
            b.setPence(Measure.INCOME, v[Measure.INCOME.ordinal()]);
            net = Math.subtractExact(total, v[Measure.INCOME.ordinal()]);
        }
        if (has.contains(Measure.NET_CURRENT_EXPENDITURE)) {
            b.setPence(Measure.NET_CURRENT_EXPENDITURE, net);
        }
        if (has.contains(Measure.GOV_GRANTS_INSIDE_AEF)) {
            long in = v[Measure.GOV_GRANTS_INSIDE_AEF.ordinal()];
            long out = v[Measure.GOV_GRANTS_OUTSIDE_AEF.ordinal()];
            b.setPence(Measure.GOV_GRANTS_INSIDE_AEF, in).setPence(Measure.GOV_GRANTS_OUTSIDE_AEF, out);
            if (has.contains(Measure.LEA_NET_REVENUE_EXPENDITURE)) {
                b.setPence(Measure.LEA_NET_REVENUE_EXPENDITURE, Math.subtractExact(Math.subtractExact(net, in), out));
            }
        }
        return b.build();
    }

    /** A total line's figures, computing its parts first where they are totals themselves. */
    private static Figures total(LineCatalogue catalogue, S251Line line, Map<Integer, Figures> lines) {
        Figures done = lines.get(line.number());
        if (done != null) {
            return done;
        }
        Figures.Builder b = Figures.builder();
        for (Measure m : line.measures()) {
            long sum = 0;
            for (int p : line.parts()) {
                Figures part = total(catalogue, catalogue.line(p), lines);
                sum = Math.addExact(sum, part.pence(m).orElseThrow(() -> new FinanceRuleException("measure " + m
                        + " of line " + p, "not applicable", "total line " + line.number() + " sums it")));
            }
            b.setPence(m, sum);
        }
        Figures f = b.build();
        lines.put(line.number(), f);
        return f;
    }
}
