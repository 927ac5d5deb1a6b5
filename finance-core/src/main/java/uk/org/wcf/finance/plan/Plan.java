package uk.org.wcf.finance.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
import uk.org.wcf.finance.time.MonthSpan;

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
        List<BudgetBook> books = new ArrayList<>();
        List<BridgeLine> steps = new ArrayList<>();
        List<ExcludedSaving> left = new ArrayList<>();
        compute(books, steps, left);
        this.years = List.copyOf(books);
        this.bridge = List.copyOf(steps);
        this.excluded = List.copyOf(left);
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

    /** An effect of one assumption on one line in one year, exact. */
    private record Effect(CostLine line, Assumption assumption, Driver driver, BigDecimal amount, boolean oneOff) {
    }

    private void compute(List<BudgetBook> books, List<BridgeLine> steps, List<ExcludedSaving> left) {
        Map<CostLine, BigDecimal> recurrent = new LinkedHashMap<>();
        base.lines().forEach(l -> recurrent.put(l.line(), l.amount().getAmount()));
        Map<CostLine, BigDecimal> oneOffPrevious = new LinkedHashMap<>();
        BudgetBook previous = base;
        for (Assumption a : assumptions) {
            if (a instanceof Saving s && !s.included()) {
                left.add(new ExcludedSaving(s, "status is " + s.status().name().toLowerCase(Locale.ROOT)
                        + "; only deliverable savings reduce the plan"));
            }
        }
        for (int k = 0; k <= indicativeYears; k++) {
            FiscalYear year = base.year().plusYears(k);
            Map<CostLine, BigDecimal> start = new LinkedHashMap<>(recurrent);
            List<Effect> effects = new ArrayList<>();
            BigDecimal fromReserves = BigDecimal.ZERO;
            for (Assumption a : assumptions) {
                fromReserves = fromReserves.add(effectsOf(a, year, start, effects));
            }
            oneOffPrevious.forEach((line, amount) -> effects.add(new Effect(line, null, Driver.ONE_OFFS_DROPPING_OUT,
                    amount.negate(), false)));
            Map<CostLine, BigDecimal> oneOff = new LinkedHashMap<>();
            for (Effect e : effects) {
                if (e.driver() == Driver.ONE_OFFS_DROPPING_OUT) {
                    continue;
                }
                (e.oneOff() ? oneOff : recurrent).merge(e.line(), e.amount(), BigDecimal::add);
            }
            BudgetBook book = book(year, k, recurrent, oneOff, fromReserves);
            bridgeSteps(previous, book, effects, steps);
            books.add(book);
            previous = book;
            oneOffPrevious = oneOff;
        }
    }

    /** Adds the assumption's effects in the year; returns any funding from reserves it brings. */
    private BigDecimal effectsOf(Assumption a, FiscalYear year, Map<CostLine, BigDecimal> start, List<Effect> out) {
        if (a instanceof StaffingInflation s) {
            BigDecimal r = s.rateFor(year, base.year()).fraction();
            if (r.signum() != 0) {
                start.forEach((line, v) -> {
                    if (line.group().staffing()) {
                        out.add(new Effect(line, a, a.driver(), v.multiply(r), false));
                    }
                });
            }
        } else if (a instanceof FlatCashAward f) {
            if (f.years().contains(year)) {
                f.fteByService().forEach((svc, fte) -> out.add(new Effect(
                        CostLine.of(base.service(svc), SubjectiveGroup.STAFFING), a, a.driver(),
                        f.perFte().getAmount().multiply(fte).multiply(f.onCostFactor()), false)));
            }
        } else if (a instanceof UtilitiesInflation u) {
            BigDecimal r = u.rateFor(year).fraction();
            if (r.signum() != 0) {
                start.forEach((line, v) -> {
                    if (line.isUtilities()) {
                        out.add(new Effect(line, a, a.driver(), v.multiply(r), false));
                    }
                });
            }
        } else if (a instanceof DemandGrowth g) {
            if (g.appliesIn(year)) {
                CostLine line = g.line().resolve(base);
                BigDecimal amount = g.amount() != null ? g.amount().getAmount()
                        : start.getOrDefault(line, BigDecimal.ZERO).multiply(g.rate().fraction());
                out.add(new Effect(line, a, a.driver(), amount, false));
            }
        } else if (a instanceof Saving s) {
            if (s.included() && s.year().equals(year)) {
                out.add(new Effect(s.line().resolve(base), a, a.driver(), s.amount().getAmount().negate(), false));
            }
        } else if (a instanceof Investment i) {
            BigDecimal part = i.firstYearSpan().exactShareOf(i.fullYear()).getAmount();
            if (i.year().equals(year)) {
                out.add(new Effect(i.line().resolve(base), a, a.driver(), part, !i.recurrent()));
            } else if (i.recurrent() && i.year().next().equals(year) && i.months() < 12) {
                out.add(new Effect(i.line().resolve(base), a, a.driver(), i.fullYear().getAmount().subtract(part),
                        false));
            }
        } else if (a instanceof ContractVariation v) {
            MonthSpan span = v.firstYearSpan();
            int months = span.months();
            BigDecimal part = span.exactShareOf(v.fullYear()).getAmount();
            if (v.firstYear().equals(year)) {
                out.add(new Effect(v.line().resolve(base), a, a.driver(), part, false));
            } else if (v.firstYear().next().equals(year) && months < 12) {
                out.add(new Effect(v.line().resolve(base), a, a.driver(), v.fullYear().getAmount().subtract(part),
                        false));
            }
        } else if (a instanceof OneOffFromReserves o) {
            if (o.year().equals(year)) {
                out.add(new Effect(o.line().resolve(base), a, a.driver(), o.amount().getAmount(), true));
                return o.amount().getAmount();
            }
        } else if (a instanceof OtherMovement m) {
            if (m.year().equals(year)) {
                out.add(new Effect(m.line().resolve(base), a, a.driver(), m.amount().getAmount(), false));
            }
        }
        return BigDecimal.ZERO;
    }

    private BudgetBook book(FiscalYear year, int k, Map<CostLine, BigDecimal> recurrent, Map<CostLine, BigDecimal> oneOff,
            BigDecimal fromReserves) {
        Map<CostLine, BigDecimal> values = new LinkedHashMap<>(recurrent);
        oneOff.forEach((line, v) -> values.merge(line, v, BigDecimal::add));
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

    private static void bridgeSteps(BudgetBook previous, BudgetBook book, List<Effect> effects, List<BridgeLine> out) {
        Map<String, Money> before = new HashMap<>();
        previous.grossByService().forEach((s, m) -> before.put(s.ref(), m));
        Map<Service, Money> after = book.grossByService();
        Map<Service, Map<String, BigDecimal>> byService = new HashMap<>();
        Map<String, Driver> drivers = new HashMap<>();
        for (Effect e : effects) {
            String name = e.assumption() == null ? "one-off items of " + previous.year() : e.assumption().name();
            byService.computeIfAbsent(e.line().service(), k -> new LinkedHashMap<>()).merge(name, e.amount(), BigDecimal::add);
            drivers.putIfAbsent(name, e.driver());
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
        return years.stream().filter(b -> b.year().equals(year)).findFirst()
                .orElseThrow(() -> new FinanceRuleException("plan year", year, "not in the plan; its years are "
                        + years.stream().map(BudgetBook::year).toList()));
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
                    more.add(new OtherMovement(name, null, source, LineRef.of(s.ref(), SubjectiveGroup.OTHER_NON_STAFFING),
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

    /** @return the plan's years by service at whole £000, then its assumptions (what JShell shows) */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(TableText.text(
                BusinessPlanTables.table3(years).round(RoundingPolicy.THOUSANDS)));
        sb.append("Assumptions:\n");
        assumptions.forEach(a -> sb.append("  ").append(a.name()).append(" [").append(a.driver().label()).append("]\n"));
        excluded.forEach(e -> sb.append("  left out: ").append(e.saving().name()).append(" (").append(e.reason()).append(")\n"));
        return sb.toString();
    }
}
