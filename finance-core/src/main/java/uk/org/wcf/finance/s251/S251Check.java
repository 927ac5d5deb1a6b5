package uk.org.wcf.finance.s251;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.joda.money.Money;

import uk.org.wcf.finance.money.Gbp;

/**
 * Checks section 251 returns against the rules DfE's statement keeps ({@link S251Rule}), exactly, to the penny.
 * A rule is checked only where every figure it needs is present: a blank (not applicable) figure is never taken
 * as zero. Differences come in rule order, then council (in the return's order), line and measure.
 */
public final class S251Check {

    private static final Measure[] MEASURES = Measure.values();

    private S251Check() {
    }

    /**
     * @param returns every council's return
     * @return every difference, in rule order, then council, line and measure
     */
    public static List<S251Difference> check(S251Return returns) {
        List<S251Difference> out = new ArrayList<>();
        for (CouncilReturn c : returns.councils()) {
            out.addAll(unsorted(returns.catalogue(), c));
        }
        List<String> order = returns.councils().stream().map(CouncilReturn::la).toList();
        out.sort(Comparator.comparing(S251Difference::rule).thenComparing(d -> order.indexOf(d.la()))
                .thenComparing(d -> d.line().number()).thenComparing(S251Difference::measure));
        return List.copyOf(out);
    }

    /**
     * @param catalogue the year's lines
     * @param council one council's return
     * @return its differences, in rule order, then line and measure
     */
    public static List<S251Difference> check(LineCatalogue catalogue, CouncilReturn council) {
        List<S251Difference> out = new ArrayList<>(unsorted(catalogue, council));
        out.sort(Comparator.comparing(S251Difference::rule).thenComparing(d -> d.line().number())
                .thenComparing(S251Difference::measure));
        return List.copyOf(out);
    }

    private static List<S251Difference> unsorted(LineCatalogue catalogue, CouncilReturn council) {
        List<S251Difference> out = new ArrayList<>();
        for (Map.Entry<Integer, Figures> e : council.lines().entrySet()) {
            S251Line line = catalogue.line(e.getKey());
            Figures f = e.getValue();
            rowRule(out, council, line, S251Rule.TOTAL, f, Measure.TOTAL_EXPENDITURE,
                    List.of(Measure.OWN_PROVISION, Measure.PRIVATE_PROVISION, Measure.OTHER_PUBLIC, Measure.VOLUNTARY),
                    List.of());
            rowRule(out, council, line, S251Rule.NET, f, Measure.NET_CURRENT_EXPENDITURE,
                    List.of(Measure.TOTAL_EXPENDITURE), List.of(Measure.INCOME));
            rowRule(out, council, line, S251Rule.LEA_NET, f, Measure.LEA_NET_REVENUE_EXPENDITURE,
                    List.of(Measure.NET_CURRENT_EXPENDITURE),
                    List.of(Measure.GOV_GRANTS_INSIDE_AEF, Measure.GOV_GRANTS_OUTSIDE_AEF));
        }
        for (S251Line line : catalogue.lines()) {
            if (!line.kind().isTotal() || council.figures(line.number()).isEmpty()) {
                continue;
            }
            S251Rule rule = line.kind() == LineKind.SECTION_TOTAL ? S251Rule.SECTION : S251Rule.GRAND_TOTAL;
            Figures total = council.figures(line.number()).get();
            for (Measure m : MEASURES) {
                OptionalLong published = total.pence(m);
                if (published.isEmpty()) {
                    continue;
                }
                long sum = 0;
                boolean complete = true;
                for (int p : line.parts()) {
                    OptionalLong part = council.figures(p).map(x -> x.pence(m)).orElse(OptionalLong.empty());
                    if (part.isEmpty()) {
                        complete = false;
                        break;
                    }
                    sum = Math.addExact(sum, part.getAsLong());
                }
                if (complete && sum != published.getAsLong()) {
                    out.add(difference(council, line, rule, m, sum, published.getAsLong()));
                }
            }
        }
        return out;
    }

    /** Checks {@code result = sum(plus) - sum(minus)} within one row, when every figure is present. */
    private static void rowRule(List<S251Difference> out, CouncilReturn council, S251Line line, S251Rule rule,
            Figures f, Measure result, List<Measure> plus, List<Measure> minus) {
        OptionalLong published = f.pence(result);
        if (published.isEmpty()) {
            return;
        }
        long sum = 0;
        for (Measure m : plus) {
            OptionalLong v = f.pence(m);
            if (v.isEmpty()) {
                return;
            }
            sum = Math.addExact(sum, v.getAsLong());
        }
        for (Measure m : minus) {
            OptionalLong v = f.pence(m);
            if (v.isEmpty()) {
                return;
            }
            sum = Math.subtractExact(sum, v.getAsLong());
        }
        if (sum != published.getAsLong()) {
            out.add(difference(council, line, rule, result, sum, published.getAsLong()));
        }
    }

    private static S251Difference difference(CouncilReturn c, S251Line line, S251Rule rule, Measure m, long computed,
            long published) {
        return new S251Difference(c.la(), c.name(), line, rule, m, Money.ofMinor(Gbp.GBP, computed),
                Money.ofMinor(Gbp.GBP, published));
    }
}
