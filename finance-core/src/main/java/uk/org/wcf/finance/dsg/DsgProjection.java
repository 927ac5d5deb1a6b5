// Over 400 lines: the projection (about 230 lines, of which the records of its results take 100) and its five
// tables, which are public methods of the value and read its private totals. The tables could move to a
// renderer in report/ as Plan's do; not done yet (issue #16).
package uk.org.wcf.finance.dsg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

import org.joda.money.BigMoney;
import org.joda.money.Money;

import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.report.Term;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * The path of a {@link DsgPlan}: per year and block, funding, expenditure and the in-year surplus or deficit; the
 * DSG reserve from the opening balance (closing = opening + the in-year results); high needs numbers and cost by
 * provision type; the year the reserve returns to balance, if any, against the end of the statutory override; and
 * the bridge of the change in the reserve by driver, which adds up to the change exactly.
 *
 * <p>Numbers of places are exact decimals (never floored to whole children); each cost is numbers x unit cost
 * rounded once to pence through {@link RoundingPolicy#PENCE}, and every total adds exact pence.
 */
public final class DsgProjection {

    private static final RoundingPolicy PENCE = RoundingPolicy.PENCE;

    /**
     * One provision type in one year.
     *
     * @param code the type's code
     * @param numbersBeforeMitigation the numbers after growth
     * @param numbers the numbers after the deliverable mitigations
     * @param unitCost the unit cost after inflation and mitigations, exactly
     * @param costBeforeMitigation numbers x unit cost before mitigations, in pence
     * @param cost numbers x unit cost after mitigations, in pence
     */
    public record TypeYear(String code, BigDecimal numbersBeforeMitigation, BigDecimal numbers, BigMoney unitCost,
            Money costBeforeMitigation, Money cost) {
        /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
        @Override
        public String toString() {
            return uk.org.wcf.finance.money.Readable.of(this);
        }

    }

    /**
     * A block's funding and expenditure in a year.
     *
     * @param funding the funding (after transfers and other income)
     * @param expenditure the expenditure
     */
    public record BlockYear(Money funding, Money expenditure) {
        /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
        @Override
        public String toString() {
            return uk.org.wcf.finance.money.Readable.of(this);
        }

        /** @return funding - expenditure: a surplus positive, a deficit negative */
        public Money result() {
            return funding.minus(expenditure);
        }
    }

    /**
     * One year of the plan.
     *
     * @param year the year
     * @param opening the DSG reserve at the start of the year
     * @param highNeedsAllocation the High Needs allocation
     * @param transfers each transfer from the Schools block this year, by name
     * @param otherIncome each item of other High Needs income this year, by name
     * @param blocks funding and expenditure by block
     * @param types each provision type
     * @param mitigationEffects the change in cost each deliverable workstream made this year, by name (never positive)
     */
    public record YearResult(FiscalYear year, Money opening, Money highNeedsAllocation, Map<String, Money> transfers,
            Map<String, Money> otherIncome, Map<DsgBlock, BlockYear> blocks, List<TypeYear> types,
            Map<String, Money> mitigationEffects) {
        /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
        @Override
        public String toString() {
            return uk.org.wcf.finance.money.Readable.of(this);
        }


        /**
         * Copies the maps and lists.
         *
         * @param year the year
         * @param opening the opening balance
         * @param highNeedsAllocation the allocation
         * @param transfers the transfers by name
         * @param otherIncome the income by name
         * @param blocks the blocks
         * @param types the provision types
         * @param mitigationEffects the workstreams' effects by name
         */
        public YearResult {
            transfers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(transfers));
            otherIncome = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(otherIncome));
            blocks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(blocks));
            types = List.copyOf(types);
            mitigationEffects = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mitigationEffects));
        }

        /** @return the DSG's in-year result: the blocks' results added */
        public Money inYear() {
            return Gbp.sum(blocks.values().stream().map(BlockYear::result));
        }

        /** @return opening + in-year result */
        public Money closing() {
            return opening.plus(inYear());
        }

        /** @return the total moved from the Schools block this year */
        public Money transferTotal() {
            return Gbp.sum(transfers.values());
        }

        /**
         * @param block a block
         * @return its figures this year
         */
        public BlockYear block(DsgBlock block) {
            return blocks.get(block);
        }
    }

    /**
     * A step of the bridge.
     *
     * @param key a key
     * @param label what drove it
     * @param amount its effect on the DSG reserve over the plan (a worsening is negative)
     */
    public record BridgeStep(String key, String label, Money amount) {
        /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
        @Override
        public String toString() {
            return uk.org.wcf.finance.money.Readable.of(this);
        }

    }

    private final DsgPlan plan;
    private final List<YearResult> years;
    private final Money flatResult;
    private final Money numbersGrowth;
    private final Money inflation;
    private final Money allocationGrowth;
    private final Money otherBlocksChange;

    private DsgProjection(DsgPlan plan, List<YearResult> years, Money flatResult, Money numbersGrowth, Money inflation,
            Money allocationGrowth, Money otherBlocksChange) {
        this.plan = plan;
        this.years = List.copyOf(years);
        this.flatResult = flatResult;
        this.numbersGrowth = numbersGrowth;
        this.inflation = inflation;
        this.allocationGrowth = allocationGrowth;
        this.otherBlocksChange = otherBlocksChange;
    }

    private static Money pence(BigDecimal pounds) {
        return PENCE.round(BigMoney.of(Gbp.GBP, pounds));
    }

    private static Money grown(Money base, Rate rate, int t) {
        return pence(base.getAmount().multiply(rate.compoundFactor(t)));
    }

    static DsgProjection of(DsgPlan plan, BiFunction<Provision, FiscalYear, Rate> growth) {
        Objects.requireNonNull(growth, "growth");
        List<YearResult> out = new ArrayList<>();
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        plan.provisions().forEach(p -> numbers.put(p.code(), p.numbers()));
        Money opening = plan.opening();
        Money flat = Gbp.zero();
        Money numbersGrowth = Gbp.zero();
        Money inflation = Gbp.zero();
        Money allocationGrowth = Gbp.zero();
        Money otherChange = Gbp.zero();
        Money baseAllocation = plan.highNeeds().allocation();
        Money baseOther = Gbp.zero();
        Money baseCost = Gbp.zero();
        for (Provision p : plan.provisions()) {
            baseCost = baseCost.plus(pence(p.numbers().multiply(p.unitCost().getAmount())));
        }
        for (BlockBudget b : plan.blocks()) {
            baseOther = baseOther.plus(b.funding().minus(b.expenditure()));
        }
        for (int t = 0; t < plan.years(); t++) {
            FiscalYear year = plan.firstYear().plusYears(t);
            Map<String, Money> transfers = new LinkedHashMap<>();
            plan.transfers().stream().filter(x -> x.year().equals(year)).forEach(x -> transfers.put(x.name(), x.amount()));
            Map<String, Money> income = new LinkedHashMap<>();
            plan.otherIncome().stream().filter(x -> x.year().equals(year)).forEach(x -> income.put(x.name(), x.amount()));
            Money transferTotal = Gbp.sum(transfers.values());
            Map<DsgBlock, BlockYear> blocks = new LinkedHashMap<>();
            Money other = Gbp.zero();
            for (DsgBlock block : DsgBlock.values()) {
                if (block == DsgBlock.HIGH_NEEDS) {
                    continue;
                }
                Optional<BlockBudget> bb = plan.block(block);
                Money funding = Gbp.zero();
                Money spend = Gbp.zero();
                if (bb.isPresent()) {
                    funding = grown(bb.get().funding(), bb.get().growth(), t);
                    spend = grown(bb.get().expenditure(), bb.get().growth(), t);
                }
                other = other.plus(funding.minus(spend));
                if (block == DsgBlock.SCHOOLS) {
                    // the Schools block passes on to schools what it transfers less
                    funding = funding.minus(transferTotal);
                    spend = spend.minus(transferTotal);
                }
                blocks.put(block, new BlockYear(funding, spend));
            }
            Money allocation = grown(baseAllocation, plan.highNeeds().growth(), t);
            List<TypeYear> types = new ArrayList<>();
            Map<String, Money> effects = new LinkedHashMap<>();
            plan.deliverableMitigations().forEach(m -> effects.put(m.name(), Gbp.zero()));
            Money hnCost = Gbp.zero();
            for (Provision p : plan.provisions()) {
                BigDecimal n = numbers.get(p.code());
                if (t > 0) {
                    n = n.multiply(BigDecimal.ONE.add(growth.apply(p, year).fraction()));
                    numbers.put(p.code(), n);
                }
                BigDecimal u0 = p.unitCost().getAmount();
                BigDecimal u = u0.multiply(p.inflation().compoundFactor(t));
                Money cBase = pence(p.numbers().multiply(u0));
                Money cNum = pence(n.multiply(u0));
                Money cInf = pence(n.multiply(u));
                numbersGrowth = numbersGrowth.minus(cNum.minus(cBase));
                inflation = inflation.minus(cInf.minus(cNum));
                BigDecimal nm = n;
                BigDecimal um = u;
                Money prev = cInf;
                for (Mitigation m : plan.deliverableMitigations()) {
                    if (!m.provision().equals(p.code())) {
                        continue;
                    }
                    BigDecimal f = m.factor(year);
                    if (m.lever() == Mitigation.Lever.NUMBERS) {
                        nm = nm.multiply(f);
                    } else {
                        um = um.multiply(f);
                    }
                    Money c = pence(nm.multiply(um));
                    effects.merge(m.name(), c.minus(prev), Money::plus);
                    prev = c;
                }
                types.add(new TypeYear(p.code(), n, nm, BigMoney.of(Gbp.GBP, um), cInf, prev));
                hnCost = hnCost.plus(prev);
            }
            Money hnFunding = allocation.plus(transferTotal).plus(Gbp.sum(income.values()));
            blocks.put(DsgBlock.HIGH_NEEDS, new BlockYear(hnFunding, hnCost));
            Map<DsgBlock, BlockYear> ordered = new LinkedHashMap<>();
            for (DsgBlock b : DsgBlock.values()) {
                ordered.put(b, blocks.get(b));
            }
            YearResult y = new YearResult(year, opening, allocation, transfers, income, ordered, types, effects);
            out.add(y);
            opening = y.closing();
            flat = flat.plus(baseAllocation.minus(baseCost).plus(baseOther));
            allocationGrowth = allocationGrowth.plus(allocation.minus(baseAllocation));
            otherChange = otherChange.plus(other.minus(baseOther));
        }
        return new DsgProjection(plan, out, flat, numbersGrowth, inflation, allocationGrowth, otherChange);
    }

    /** @return the plan */
    public DsgPlan plan() {
        return plan;
    }

    /** @return the plan's name (the scenario's) */
    public String name() {
        return plan.name();
    }

    /** @return the name for a table's title, marked when any assumption is illustrative */
    private String titleName() {
        return plan.name() + (plan.hasIllustrative() ? " [contains ILLUSTRATIVE assumptions]" : "");
    }

    /** @return each year, in order */
    public List<YearResult> years() {
        return years;
    }

    /**
     * @param year a plan year
     * @return that year
     */
    public YearResult year(FiscalYear year) {
        return years.stream().filter(y -> y.year().equals(year)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(year + " is not a year of the plan"));
    }

    /** @return the DSG reserve at the start of the plan */
    public Money opening() {
        return plan.opening();
    }

    /** @return the DSG reserve at the end of the plan */
    public Money closing() {
        return years.get(years.size() - 1).closing();
    }

    /** @return the first year that ends with the reserve in balance or surplus, if any */
    public Optional<FiscalYear> returnToBalance() {
        return years.stream().filter(y -> !y.closing().isNegative()).map(YearResult::year).findFirst();
    }

    /** @return true when the reserve returns to balance by the end of the statutory override */
    public boolean balancedBeforeOverrideEnds() {
        return returnToBalance().map(y -> !y.end().isAfter(plan.statutoryOverrideEnd())).orElse(false);
    }

    /**
     * The bridge of the change in the DSG reserve over the plan by driver: the first year's result held flat for
     * every year, growth in numbers, unit-cost inflation, the growth of the High Needs allocation, the other
     * blocks' change, each workstream, each transfer and each item of other income. The steps add to
     * closing - opening exactly.
     *
     * @return the steps, in that order
     */
    public List<BridgeStep> bridge() {
        List<BridgeStep> out = new ArrayList<>();
        out.add(new BridgeStep("flat", "In-year result at " + plan.firstYear() + " levels, held for " + years.size()
                + " years (before growth, inflation, workstreams, transfers and other income)", flatResult));
        out.add(new BridgeStep("numbers", "Growth in numbers of places", numbersGrowth));
        out.add(new BridgeStep("inflation", "Unit-cost inflation", inflation));
        out.add(new BridgeStep("allocation", "Growth in the High Needs allocation", allocationGrowth));
        out.add(new BridgeStep("other_blocks", "Other blocks' change from " + plan.firstYear(), otherBlocksChange));
        int i = 1;
        for (Mitigation m : plan.deliverableMitigations()) {
            Money total = Gbp.sum(years.stream().map(y -> y.mitigationEffects().get(m.name())));
            out.add(new BridgeStep("workstream_" + i++, "Workstream: " + m.name(), total.negated()));
        }
        i = 1;
        for (BlockTransfer t : plan.transfers()) {
            out.add(new BridgeStep("transfer_" + i++, "Transfer: " + t.name() + " (" + t.year() + ")", t.amount()));
        }
        i = 1;
        for (OtherIncome x : plan.otherIncome()) {
            out.add(new BridgeStep("income_" + i++, "Other income: " + x.name() + " (" + x.year() + ")", x.amount()));
        }
        return out;
    }

    /** @return the sum of the bridge's steps (equal to closing - opening) */
    public Money bridgeTotal() {
        return Gbp.sum(bridge().stream().map(BridgeStep::amount));
    }

    /**
     * Each transfer checked against the cap on the Schools block allocation of its year.
     *
     * @return the checks, in the plan's order
     */
    public List<SchoolsBlockTransfer> transferChecks() {
        List<SchoolsBlockTransfer> out = new ArrayList<>();
        for (BlockTransfer t : plan.transfers()) {
            BlockBudget schools = plan.block(DsgBlock.SCHOOLS).orElseThrow();
            Money allocation = grown(schools.funding(), schools.growth(), t.year().startYear() - plan.firstYear().startYear());
            out.add(new SchoolsBlockTransfer(allocation, t.amount(), plan.transferCap(), t.approval()));
        }
        return out;
    }

    /** @return the notes a report prints: transfers against the cap, workstreams left out, balance and override */
    public List<String> notes() {
        List<String> out = new ArrayList<>();
        List<SchoolsBlockTransfer> checks = transferChecks();
        for (int i = 0; i < checks.size(); i++) {
            SchoolsBlockTransfer c = checks.get(i);
            BlockTransfer t = plan.transfers().get(i);
            String flag = c.withinCap() ? "" : " FLAGGED: above the " + plan.transferCap()
                    + " cap, the transfer needs the Secretary of State's approval.";
            out.add(t.year() + " transfer '" + t.name() + "': " + c.explain() + flag);
        }
        for (Mitigation m : plan.excludedMitigations()) {
            out.add("Workstream left out: " + m.name() + " (" + m.status().name().toLowerCase(java.util.Locale.ROOT)
                    + ", not deliverable)");
        }
        Optional<FiscalYear> back = returnToBalance();
        out.add(back.map(y -> "The DSG reserve returns to balance by " + y.end() + " (" + y + "), "
                + (balancedBeforeOverrideEnds() ? "before" : "AFTER") + " the statutory override ends on "
                + plan.statutoryOverrideEnd() + ".")
                .orElse("The DSG reserve does not return to balance by " + plan.lastYear().end()
                        + "; the statutory override ends on " + plan.statutoryOverrideEnd() + "."));
        for (YearResult y : years) {
            if (y.closing().isNegative() && y.year().end().isAfter(plan.statutoryOverrideEnd())) {
                out.add("At " + y.year().end() + " the deficit of " + RoundingPolicy.THOUSANDS.units(y.closing().negated())
                        + "k is after the statutory override has ended.");
            }
        }
        return out;
    }

    private static String col(FiscalYear y) {
        return "y" + y.startYear();
    }

    private FigureTable.Builder yearColumns(String id, String title) {
        FigureTable.Builder b = FigureTable.builder(id, title);
        years.forEach(y -> b.column(col(y.year()), y.year().toString()));
        return b;
    }

    private Money[] values(java.util.function.Function<YearResult, Money> f) {
        return years.stream().map(f).toArray(Money[]::new);
    }

    /**
     * The financial summary per block per year, in the layout of the DfE template: each block's funding,
     * expenditure and in-year surplus (deficit); the DSG's in-year total; the reserve at the start and end of
     * each year (a deficit is negative). Every total foots to its parts.
     *
     * @return the table
     */
    public FigureTable summaryTable() {
        FigureTable.Builder b = yearColumns("dsg-plan-summary", "DSG management plan: financial summary, " + titleName());
        b.row("schools_allocation", "", "Schools block allocation", values(y -> y.block(DsgBlock.SCHOOLS).funding()
                .plus(y.transferTotal())));
        b.row("schools_transfer", "", "Less transfer to the High Needs block", values(y -> y.transferTotal().negated()));
        b.totalRow("schools_funding", "", "Schools block funding", Term.plus("schools_allocation"), Term.plus("schools_transfer"));
        b.row("schools_expenditure", "", "Schools block expenditure", values(y -> y.block(DsgBlock.SCHOOLS).expenditure()));
        b.totalRow("schools_result", "", "Schools block in-year surplus (deficit)", Term.plus("schools_funding"),
                Term.minus("schools_expenditure"));
        b.row("cssb_funding", "", "Central School Services block funding",
                values(y -> y.block(DsgBlock.CENTRAL_SCHOOL_SERVICES).funding()));
        b.row("cssb_expenditure", "", "Central School Services block expenditure",
                values(y -> y.block(DsgBlock.CENTRAL_SCHOOL_SERVICES).expenditure()));
        b.totalRow("cssb_result", "", "Central School Services block in-year surplus (deficit)", Term.plus("cssb_funding"),
                Term.minus("cssb_expenditure"));
        b.row("hn_allocation", "", "High Needs block allocation", values(YearResult::highNeedsAllocation));
        b.row("hn_transfer", "", "Transfer from the Schools block", values(YearResult::transferTotal));
        b.row("hn_other_income", "", "Other income", values(y -> Gbp.sum(y.otherIncome().values())));
        b.totalRow("hn_funding", "", "High Needs block funding", Term.plus("hn_allocation"), Term.plus("hn_transfer"),
                Term.plus("hn_other_income"));
        b.row("hn_expenditure", "", "High Needs block expenditure", values(y -> y.block(DsgBlock.HIGH_NEEDS).expenditure()));
        b.totalRow("hn_result", "", "High Needs block in-year surplus (deficit)", Term.plus("hn_funding"),
                Term.minus("hn_expenditure"));
        b.row("ey_funding", "", "Early Years block funding", values(y -> y.block(DsgBlock.EARLY_YEARS).funding()));
        b.row("ey_expenditure", "", "Early Years block expenditure", values(y -> y.block(DsgBlock.EARLY_YEARS).expenditure()));
        b.totalRow("ey_result", "", "Early Years block in-year surplus (deficit)", Term.plus("ey_funding"),
                Term.minus("ey_expenditure"));
        b.totalRow("dsg_result", "", "DSG in-year surplus (deficit)", Term.plus("schools_result"), Term.plus("cssb_result"),
                Term.plus("hn_result"), Term.plus("ey_result"));
        b.row("opening", "", "DSG reserve at 1 April (deficit negative)", values(YearResult::opening));
        b.totalRow("closing", "", "DSG reserve at 31 March (deficit negative)", Term.plus("opening"), Term.plus("dsg_result"));
        return b.build();
    }

    /**
     * The end-of-year positions: for each year, the reserve at the start, the in-year result and the reserve at the
     * end (a total of the two).
     *
     * @return the table
     */
    public FigureTable positionsTable() {
        FigureTable.Builder b = FigureTable.builder("dsg-plan-positions", "DSG reserve: end-of-year positions, " + titleName())
                .column("opening", "At 1 April").column("in_year", "In-year surplus (deficit)")
                .totalColumn("closing", "At 31 March", Term.plus("opening"), Term.plus("in_year"));
        for (YearResult y : years) {
            b.row(col(y.year()), "", y.year().toString(), y.opening(), y.inYear());
        }
        return b.build();
    }

    /** @return High Needs expenditure by provision type and year, with the total */
    public FigureTable highNeedsByTypeTable() {
        FigureTable.Builder b = yearColumns("dsg-plan-high-needs", "High Needs expenditure by provision type, " + titleName());
        for (int i = 0; i < plan.provisions().size(); i++) {
            Provision p = plan.provisions().get(i);
            int k = i;
            b.row(p.code(), "", p.label(), values(y -> y.types().get(k).cost()));
        }
        return b.totalOfRows("total", "", "High Needs block expenditure").build();
    }

    /**
     * The bridge as a table: the reserve at the start of the plan, each driver's effect, and the reserve at the
     * end (a total of all of them).
     *
     * @return the table
     */
    public FigureTable bridgeTable() {
        FigureTable.Builder b = FigureTable.builder("dsg-plan-bridge", "Bridge of the DSG reserve by driver, "
                + plan.firstYear().start() + " to " + plan.lastYear().end() + ", " + titleName()).column("amount", "Effect");
        b.row("opening", "", "DSG reserve at " + plan.firstYear().start(), plan.opening());
        List<Term> terms = new ArrayList<>(List.of(Term.plus("opening")));
        for (BridgeStep s : bridge()) {
            b.row(s.key(), "", s.label(), s.amount());
            terms.add(Term.plus(s.key()));
        }
        return b.totalRow("closing", "", "DSG reserve at " + plan.lastYear().end(), terms.toArray(Term[]::new)).build();
    }

    /**
     * Numbers of places by provision type and year, after mitigations, rounded half-up to whole places for
     * display (the model keeps them exact); the total is rounded once from the exact sum.
     *
     * @return a header row and one row per type, then the total, for {@code TableText.grid}
     */
    public List<String[]> numbersTable() {
        List<String[]> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("Provision type"));
        years.forEach(y -> head.add(y.year().toString()));
        head.add("Growth in numbers");
        rows.add(head.toArray(String[]::new));
        for (int i = 0; i < plan.provisions().size(); i++) {
            Provision p = plan.provisions().get(i);
            List<String> r = new ArrayList<>(List.of(p.label()));
            for (YearResult y : years) {
                r.add(whole(y.types().get(i).numbers()));
            }
            r.add(p.growth().describe());
            rows.add(r.toArray(String[]::new));
        }
        List<String> total = new ArrayList<>(List.of("Total"));
        for (YearResult y : years) {
            total.add(whole(y.types().stream().map(TypeYear::numbers).reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
        total.add("");
        rows.add(total.toArray(String[]::new));
        return rows;
    }

    /**
     * @param numbers an exact number of places
     * @return it rounded half-up to a whole number, with thousands separators
     */
    public static String whole(BigDecimal numbers) {
        return String.format(java.util.Locale.UK, "%,d", RoundingPolicy.THOUSANDS.round(numbers, 0).setScale(0, RoundingMode.UNNECESSARY)
                .toBigIntegerExact());
    }

    /**
     * Scenarios side by side: the DSG reserve at each year end under each, and each against the first.
     *
     * @param title the table's title
     * @param scenarios the projections, over the same years
     * @return rows of closing balances by scenario, then each scenario's difference from the first
     */
    public static FigureTable compare(String title, List<DsgProjection> scenarios) {
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("no scenarios to compare");
        }
        DsgProjection first = scenarios.get(0);
        for (DsgProjection s : scenarios) {
            if (!s.plan.planYears().equals(first.plan.planYears())) {
                throw new uk.org.wcf.finance.money.FinanceRuleException("scenario '" + s.name() + "'",
                        s.plan.firstYear() + " for " + s.plan.years() + " years",
                        "scenarios compared side by side cover the same years as '" + first.name() + "'");
            }
        }
        FigureTable.Builder b = first.yearColumns("dsg-plan-scenarios", title);
        for (int i = 0; i < scenarios.size(); i++) {
            b.row("s" + i, "", scenarios.get(i).name() + ": DSG reserve at 31 March", scenarios.get(i).values(YearResult::closing));
        }
        for (int i = 1; i < scenarios.size(); i++) {
            b.totalRow("d" + i, "", scenarios.get(i).name() + " against " + first.name(), Term.plus("s" + i), Term.minus("s0"));
        }
        return b.build();
    }

    @Override
    public String toString() {
        return "DSG plan '" + name() + "' " + plan.firstYear() + " to " + plan.lastYear() + ": reserve "
                + RoundingPolicy.THOUSANDS.units(opening()) + "k to " + RoundingPolicy.THOUSANDS.units(closing()) + "k";
    }
}
