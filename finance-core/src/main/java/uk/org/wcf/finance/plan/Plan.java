// Just over 400 lines: the plan is computed year by year in named steps (each assumption says its own effects),
// and its bridge table checks the plan it belongs to; about a third of the file is javadoc of the public API.
package uk.org.wcf.finance.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.joda.money.BigMoney;
import org.joda.money.Money;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.budget.BudgetLine;
import uk.org.wcf.finance.budget.BudgetStatus;
import uk.org.wcf.finance.budget.FundingLine;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.report.BusinessPlanTables;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.report.TableText;
import uk.org.wcf.finance.report.Term;
import uk.org.wcf.finance.structure.CostLine;
import uk.org.wcf.finance.structure.FundingSource;
import uk.org.wcf.finance.structure.Service;
import uk.org.wcf.finance.structure.SubjectiveGroup;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * A three-year (or longer) plan: the agreed base year and indicative years, each a {@link BudgetBook}, built
 * from the base book by named {@link Assumption}s.
 *
 * <p>How a year is computed: every assumption's effect on a line is worked out exactly from the line's value at
 * the start of the year (so the order of assumptions does not matter, and inflation is not charged on the same
 * year's growth); recurrent effects carry into later years, one-off items drop out the next year. Values are
 * kept exact across years (2% compounds as (1.02)^n) and rounded to the penny once, for each year's book.
 * The base year changes only by assumptions dated in it (a variation from 1 June 2020, say).
 *
 * <p>The {@link #bridge()} explains each year and service from the year before, driver by driver, to the penny.
 */
public final class Plan {

    private final BudgetBook base;
    private final int indicativeYears;
    private final List<Assumption> assumptions;
    private final List<BudgetBook> years;
    private final List<BridgeLine> bridge;
    private final List<ExcludedSaving> excluded;

    private Plan(BudgetBook base, int indicativeYears, List<Assumption> assumptions) {
        this.base = Objects.requireNonNull(base, "base");
        if (indicativeYears < 0 || indicativeYears > 20) {
            throw new FinanceRuleException("indicative years", indicativeYears, "a plan has 0 to 20 indicative years");
        }
        this.indicativeYears = indicativeYears;
        this.assumptions = List.copyOf(assumptions);
        this.excluded = savingsLeftOut(this.assumptions);
        List<PlannedYear> planned = planYearByYear();
        this.years = planned.stream().map(PlannedYear::book).toList();
        this.bridge = planned.stream().flatMap(y -> y.bridge().stream()).toList();
    }

    /**
     * A plan with the default two indicative years.
     *
     * @param base the agreed base year
     * @param assumptions the assumptions
     * @return the plan
     */
    public static Plan of(BudgetBook base, List<Assumption> assumptions) {
        return new Plan(base, 2, assumptions);
    }

    /**
     * A plan with any number of indicative years.
     *
     * @param base the agreed base year
     * @param indicativeYears 0 to 20
     * @param assumptions the assumptions
     * @return the plan
     */
    public static Plan of(BudgetBook base, int indicativeYears, List<Assumption> assumptions) {
        return new Plan(base, indicativeYears, assumptions);
    }

    /** An effect on one line in one year, exact, with the bridge step (name and driver) it is shown under. */
    private record Effect(String name, Driver driver, LineEffect effect) {
    }

    /** A year of the plan: its book and the bridge into it from the year before. */
    private record PlannedYear(BudgetBook book, List<BridgeLine> bridge) {
    }

    /**
     * What one year hands to the next, exact: each line's recurrent value, and the year's one-off items (which drop
     * out the next year).
     */
    private record Carried(Map<CostLine, BigDecimal> recurrent, Map<CostLine, BigDecimal> oneOff) {

        static Carried from(BudgetBook base) {
            Map<CostLine, BigDecimal> recurrent = new LinkedHashMap<>();
            for (BudgetLine l : base.lines()) {
                recurrent.put(l.line(), l.amount().getAmount());
            }
            return new Carried(recurrent, Map.of());
        }

        /** @return the lines' values after the year's effects; last year's one-offs have dropped out */
        Carried after(List<Effect> effects) {
            Map<CostLine, BigDecimal> nextRecurrent = new LinkedHashMap<>(recurrent);
            Map<CostLine, BigDecimal> nextOneOff = new LinkedHashMap<>();
            for (Effect e : effects) {
                if (e.driver() != Driver.ONE_OFFS_DROPPING_OUT) {
                    (e.effect().oneOff() ? nextOneOff : nextRecurrent).merge(e.effect().line(), e.effect().amount(),
                            BigDecimal::add);
                }
            }
            return new Carried(nextRecurrent, nextOneOff);
        }

        /** @return every line's value in the year: recurrent plus one-off */
        Map<CostLine, BigDecimal> values() {
            Map<CostLine, BigDecimal> values = new LinkedHashMap<>(recurrent);
            oneOff.forEach((line, v) -> values.merge(line, v, BigDecimal::add));
            return values;
        }
    }

    private static List<ExcludedSaving> savingsLeftOut(List<Assumption> assumptions) {
        List<ExcludedSaving> left = new ArrayList<>();
        for (Assumption a : assumptions) {
            if (a instanceof Saving s && !s.included()) {
                left.add(new ExcludedSaving(s, "status is " + s.status().name().toLowerCase(Locale.ROOT)
                        + "; only deliverable savings reduce the plan"));
            }
        }
        return List.copyOf(left);
    }

    /**
     * The base year (with any changes dated in it), then each indicative year, each from the one before: the
     * year's effects, worked out from the lines at the start of the year; the lines they leave; the year's book
     * (rounded to the penny once); the bridge into it.
     */
    private List<PlannedYear> planYearByYear() {
        List<PlannedYear> planned = new ArrayList<>();
        Carried carried = Carried.from(base);
        BudgetBook previous = base;
        for (int k = 0; k <= indicativeYears; k++) {
            FiscalYear year = base.year().plusYears(k);
            List<Effect> effects = effectsIn(year, carried, previous.year());
            Carried next = carried.after(effects);
            BudgetBook book = book(year, k, next.values(), fromReserves(effects));
            planned.add(new PlannedYear(book, bridgeSteps(previous, book, effects)));
            previous = book;
            carried = next;
        }
        return List.copyOf(planned);
    }

    /** Every assumption's effects in the year, in the order given, then last year's one-offs dropping out. */
    private List<Effect> effectsIn(FiscalYear year, Carried carried, FiscalYear previousYear) {
        PlanYear context = new PlanYear(year, base, carried.recurrent());
        List<Effect> effects = new ArrayList<>();
        for (Assumption a : assumptions) {
            for (LineEffect e : a.effectsIn(context)) {
                effects.add(new Effect(a.name(), a.driver(), e));
            }
        }
        carried.oneOff().forEach((line, amount) -> effects.add(new Effect("one-off items of " + previousYear,
                Driver.ONE_OFFS_DROPPING_OUT, LineEffect.recurrent(line, amount.negate()))));
        return effects;
    }

    /** The funding from reserves the year's items bring. */
    private static BigDecimal fromReserves(List<Effect> effects) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Effect e : effects) {
            if (e.effect().fromReserves()) {
                sum = sum.add(e.effect().amount());
            }
        }
        return sum;
    }

    /** The year's book: every line rounded to the penny, and the funding from reserves added to the pass-through. */
    private BudgetBook book(FiscalYear year, int k, Map<CostLine, BigDecimal> values, BigDecimal fromReserves) {
        List<BudgetLine> lines = new ArrayList<>();
        for (var e : values.entrySet()) {
            Money amount = RoundingPolicy.PENCE.round(BigMoney.of(Gbp.GBP, e.getValue()));
            if (amount.isNegative()) {
                throw new FinanceRuleException("plan line '" + e.getKey() + "' in " + year, amount,
                        "the assumptions take the line below zero; check the savings and movements on it");
            }
            lines.add(BudgetLine.of(e.getKey(), amount));
        }
        List<FundingLine> funding = new ArrayList<>();
        boolean added = false;
        Money reserves = RoundingPolicy.PENCE.round(BigMoney.of(Gbp.GBP, fromReserves));
        for (FundingLine f : base.passThrough()) {
            if (f.source().equals(FundingSource.FUNDING_FROM_RESERVES)) {
                funding.add(FundingLine.of(f.source(), f.amount().plus(reserves)));
                added = true;
            } else {
                funding.add(f);
            }
        }
        if (!added && reserves.isPositive()) {
            funding.add(FundingLine.of(FundingSource.FUNDING_FROM_RESERVES, reserves));
        }
        return base.withYear(year, k == 0 ? base.span() : year.months(), k == 0 ? base.status() : BudgetStatus.INDICATIVE)
                .withLines(lines).withPassThrough(funding);
    }

    /**
     * The bridge into the year, service by service: one step per assumption (its effects on the service's lines
     * added exactly, then rounded to the penny), and a rounding step for whatever the lines' own rounding adds.
     */
    private static List<BridgeLine> bridgeSteps(BudgetBook previous, BudgetBook book, List<Effect> effects) {
        List<BridgeLine> out = new ArrayList<>();
        Map<String, Money> before = new HashMap<>();
        previous.grossByService().forEach((s, m) -> before.put(s.ref(), m));
        Map<Service, Money> after = book.grossByService();
        Map<Service, Map<String, BigDecimal>> byService = new HashMap<>();
        Map<String, Driver> drivers = new HashMap<>();
        for (Effect e : effects) {
            byService.computeIfAbsent(e.effect().line().service(), k -> new LinkedHashMap<>())
                    .merge(e.name(), e.effect().amount(), BigDecimal::add);
            drivers.putIfAbsent(e.name(), e.driver());
        }
        for (Service s : book.services()) {
            Money change = after.get(s).minus(before.getOrDefault(s.ref(), Gbp.zero()));
            Money explained = Gbp.zero();
            for (var e : byService.getOrDefault(s, Map.of()).entrySet()) {
                Money step = RoundingPolicy.PENCE.round(BigMoney.of(Gbp.GBP, e.getValue()));
                if (!step.isZero()) {
                    out.add(new BridgeLine(book.year(), s, drivers.get(e.getKey()), e.getKey(), step));
                    explained = explained.plus(step);
                }
            }
            Money rounding = change.minus(explained);
            if (!rounding.isZero()) {
                out.add(new BridgeLine(book.year(), s, Driver.ROUNDING, "rounding", rounding));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ access

    /** @return the agreed base book the plan starts from */
    public BudgetBook base() {
        return base;
    }

    /** @return the number of indicative years */
    public int indicativeYears() {
        return indicativeYears;
    }

    /** @return the assumptions, in the order given */
    public List<Assumption> assumptions() {
        return assumptions;
    }

    /** @return the plan's years: the base year (with any in-year changes) then the indicative years */
    public List<BudgetBook> years() {
        return years;
    }

    /**
     * @param year a year of the plan
     * @return its budget book
     */
    public BudgetBook year(FiscalYear year) {
        for (BudgetBook b : years) {
            if (b.year().equals(year)) {
                return b;
            }
        }
        throw new FinanceRuleException("plan year", year, "not in the plan; its years are "
                + years.stream().map(BudgetBook::year).toList());
    }

    /** @return every step of the bridge, year by year and service by service */
    public List<BridgeLine> bridge() {
        return bridge;
    }

    /**
     * @param year a year of the plan
     * @return the bridge steps into that year
     */
    public List<BridgeLine> bridge(FiscalYear year) {
        return bridge.stream().filter(b -> b.year().equals(year)).toList();
    }

    /** @return the savings left out of the plan, with the reason */
    public List<ExcludedSaving> excludedSavings() {
        return excluded;
    }

    /**
     * @param newAssumptions other assumptions
     * @return the same base under other assumptions
     */
    public Plan withAssumptions(List<Assumption> newAssumptions) {
        return new Plan(base, indicativeYears, newAssumptions);
    }

    /**
     * Adds, for each indicative year in turn and each service with a target, one recurrent {@link OtherMovement}
     * on the service's other non-staffing line for whatever the plan's assumptions leave between the plan and the
     * target. Used to reproduce a published plan whose changes are only partly itemised: the bridge then shows
     * exactly how much the stated assumptions explain.
     *
     * @param targets gross expenditure targets by year and service reference
     * @param name the name of the movements, such as "Other movements (not itemised in the source)"
     * @param source where the targets come from
     * @return the plan with the movements added
     */
    public Plan withOtherMovementsToReach(Map<FiscalYear, Map<String, Money>> targets, String name, String source) {
        Plan plan = this;
        for (BudgetBook book : years.subList(1, years.size())) {
            Map<String, Money> target = targets.get(book.year());
            if (target == null) {
                continue;
            }
            List<Assumption> more = new ArrayList<>(plan.assumptions);
            BudgetBook current = plan.year(book.year());
            for (var t : target.entrySet()) {
                Service s = current.service(t.getKey());
                Money gap = t.getValue().minus(current.grossOf(s));
                if (!gap.isZero()) {
                    more.add(new OtherMovement(name, Optional.empty(), source, LineRef.of(s.ref(), SubjectiveGroup.OTHER_NON_STAFFING),
                            gap, book.year()));
                }
            }
            plan = plan.withAssumptions(more);
        }
        return plan;
    }

    // ------------------------------------------------------------------ tables

    /**
     * The bridge into a year as a table: one row per service and a total; columns: the previous year, one per
     * driver present, and this year, which the table checks is exactly the previous year plus the drivers.
     *
     * @param year a plan year
     * @return the bridge table, exact
     */
    public FigureTable bridgeTable(FiscalYear year) {
        BudgetBook book = year(year);
        BudgetBook previous = year.equals(base.year()) ? base : year(year.previous());
        List<BridgeLine> steps = bridge(year);
        Set<Driver> present = new LinkedHashSet<>();
        for (Driver d : Driver.values()) {
            if (steps.stream().anyMatch(b -> b.driver() == d)) {
                present.add(d);
            }
        }
        FigureTable.Builder t = FigureTable.builder("plan-bridge-" + year.toString().replace('/', '_'),
                "Bridge from " + previous.year() + (year.equals(base.year()) ? " agreed" : "") + " to " + year);
        List<Term> parts = new ArrayList<>();
        t.column("previous", previous.year().toString());
        parts.add(Term.plus("previous"));
        for (Driver d : present) {
            t.column(d.key(), d.label());
            parts.add(Term.plus(d.key()));
        }
        t.totalColumn("this_year", year.toString(), parts.toArray(Term[]::new));
        for (Service s : book.services()) {
            List<Money> values = new ArrayList<>();
            values.add(previous.findService(s.ref()).map(previous::grossOf).orElse(Gbp.zero()));
            for (Driver d : present) {
                values.add(Gbp.sum(steps.stream().filter(b -> b.service().equals(s) && b.driver() == d)
                        .map(BridgeLine::amount)));
            }
            t.row(s.ref(), s.ref(), s.name(), values.toArray(Money[]::new));
        }
        FigureTable table = t.totalOfRows("total", "", "Total Gross Expenditure").build();
        for (Service s : book.services()) {
            if (!table.value(s.ref(), "this_year").isEqual(book.grossOf(s))) {
                throw new IllegalStateException("bridge for " + s + " in " + year + " does not reach the plan");
            }
        }
        return table;
    }

    /**
     * The plan as a table: its years by service (Business Plan Table 3's layout) through the rounding policy, with
     * any footing difference under it, then its assumptions and the savings left out. What a notebook shows.
     *
     * @param policy the rounding policy, such as {@link RoundingPolicy#THOUSANDS}
     * @return the text, one line per row, ending with a line break
     */
    public String toText(RoundingPolicy policy) {
        StringBuilder sb = new StringBuilder(TableText.text(BusinessPlanTables.table3(years).round(policy)));
        sb.append("Assumptions:\n");
        assumptions.forEach(a -> sb.append("  ").append(a.name()).append(" [").append(a.driver().label()).append("]\n"));
        excluded.forEach(e -> sb.append("  left out: ").append(e.saving().name()).append(" (").append(e.reason()).append(")\n"));
        return sb.toString();
    }

    /** @return {@link #toText(RoundingPolicy)} at whole £000 */
    public String toText() {
        return toText(RoundingPolicy.THOUSANDS);
    }

    /**
     * @return a short readable form, one line: the years, the number of assumptions and of savings left out;
     *         the table is {@link #toText()}
     */
    @Override
    public String toString() {
        return "Plan[" + base.year() + " to " + years.get(years.size() - 1).year() + ", " + assumptions.size()
                + (assumptions.size() == 1 ? " assumption" : " assumptions")
                + (excluded.isEmpty() ? "" : ", " + excluded.size() + " left out") + "]";
    }
}
