package uk.org.wcf.finance.dsg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.joda.money.Money;
import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.plan.SavingStatus;
import uk.org.wcf.finance.time.FiscalYear;

/** The DSG management plan's rules: the bridge, the reserve, mitigations, the transfer cap and a flat plan. */
class DsgPlanTest {

    private static final FiscalYear FIRST = FiscalYear.of(2019);
    private static final LocalDate OVERRIDE_END = LocalDate.of(2023, 3, 31);

    /** A random plan built from a seed: every figure, rate, workstream and transfer drawn from it. */
    static DsgPlan randomPlan(long seed) {
        Random r = new Random(seed);
        int years = 1 + r.nextInt(6);
        List<Provision> provisions = new ArrayList<>();
        int types = 1 + r.nextInt(5);
        for (int i = 0; i < types; i++) {
            Growth g = Growth.given(pct(r, -5, 15), pct(r, 0, 3));
            provisions.add(new Provision("t" + i, "Type " + i, BigDecimal.valueOf(r.nextInt(3000), r.nextInt(3)),
                    Gbp.pounds(BigDecimal.valueOf(r.nextInt(8_000_000), 2)), g, pct(r, 0, 5), Basis.illustrative("test")));
        }
        List<Mitigation> mitigations = new ArrayList<>();
        for (int i = 0; i < r.nextInt(4); i++) {
            LocalDate from = FIRST.start().plusMonths(r.nextInt(12 * years));
            mitigations.add(new Mitigation("m" + i, "t" + r.nextInt(types),
                    r.nextBoolean() ? Mitigation.Lever.NUMBERS : Mitigation.Lever.UNIT_COST, pct(r, -40, 0), from,
                    r.nextBoolean() ? List.of() : List.of(pct(r, 0, 100), pct(r, 0, 100)),
                    SavingStatus.values()[r.nextInt(3)], Basis.illustrative("test")));
        }
        List<BlockTransfer> transfers = new ArrayList<>();
        for (int i = 0; i < r.nextInt(3); i++) {
            transfers.add(new BlockTransfer("x" + i, FIRST.plusYears(r.nextInt(years)), Gbp.thousands(r.nextInt(3000)), java.util.Optional.empty(),
                    Basis.illustrative("test")));
        }
        List<OtherIncome> income = new ArrayList<>();
        for (int i = 0; i < r.nextInt(3); i++) {
            income.add(new OtherIncome("i" + i, FIRST.plusYears(r.nextInt(years)), Gbp.thousands(r.nextInt(2000) - 500),
                    Basis.source("test")));
        }
        List<BlockBudget> blocks = List.of(
                new BlockBudget(DsgBlock.SCHOOLS, Gbp.thousands(120_000 + r.nextInt(20_000)),
                        Gbp.thousands(120_000 + r.nextInt(20_000)), pct(r, 0, 4), Basis.source("test")),
                new BlockBudget(DsgBlock.EARLY_YEARS, Gbp.thousands(35_000), Gbp.thousands(35_000 + r.nextInt(100)),
                        pct(r, 0, 3), Basis.source("test")));
        return new DsgPlan("random " + seed, FIRST, years, Gbp.thousands(-r.nextInt(10_000)), Basis.source("test"),
                OVERRIDE_END, SchoolsBlockTransfer.DEFAULT_CAP, provisions,
                new HighNeedsFunding(Gbp.thousands(30_000 + r.nextInt(20_000)), pct(r, 0, 10), Basis.illustrative("test")),
                blocks, mitigations, transfers, income);
    }

    /** A percentage from lo to hi with up to two decimals. */
    private static Rate pct(Random r, int lo, int hi) {
        return Rate.percent(BigDecimal.valueOf(lo * 100L + r.nextInt((hi - lo) * 100 + 1), 2));
    }

    @Test
    void theBridgeAddsExactlyToTheChangeInTheReserve() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            DsgProjection p = randomPlan(seed).project();
            assertThat(p.bridgeTotal()).isEqualTo(p.closing().minus(p.opening()));
            // the table form checks its total against its parts on construction
            assertThat(p.bridgeTable().value("closing", "amount")).isEqualTo(p.closing());
        });
    }

    @Test
    void theCumulativeReserveIsTheOpeningBalancePlusTheInYearResults() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            DsgProjection p = randomPlan(seed).project();
            Money running = p.opening();
            for (DsgProjection.YearResult y : p.years()) {
                assertThat(y.opening()).isEqualTo(running);
                running = running.plus(y.inYear());
                assertThat(y.closing()).isEqualTo(running);
            }
            assertThat(p.closing()).isEqualTo(p.opening().plus(Gbp.sum(p.years().stream().map(DsgProjection.YearResult::inYear))));
            assertThat(p.summaryTable().value("closing", "y" + p.plan().lastYear().startYear())).isEqualTo(p.closing());
        });
    }

    @Test
    void aMitigationNeverRaisesCost() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            DsgPlan plan = randomPlan(seed);
            DsgProjection with = plan.project();
            DsgProjection without = plan.scenario("none", false, true).project();
            for (int y = 0; y < with.years().size(); y++) {
                DsgProjection.YearResult a = with.years().get(y);
                a.mitigationEffects().values().forEach(e -> assertThat(e.isPositive()).isFalse());
                for (int t = 0; t < a.types().size(); t++) {
                    assertThat(a.types().get(t).cost()).isLessThanOrEqualTo(without.years().get(y).types().get(t).cost());
                    assertThat(a.types().get(t).numbers()).isLessThanOrEqualTo(a.types().get(t).numbersBeforeMitigation());
                }
            }
        });
        assertThatThrownBy(() -> new Mitigation("Raise", "t0", Mitigation.Lever.UNIT_COST, Rate.percent("1"),
                LocalDate.of(2020, 4, 1), List.of(), SavingStatus.DELIVERABLE, Basis.illustrative("x")))
                .isInstanceOf(FinanceRuleException.class).hasMessageContaining("never raises cost");
    }

    @Test
    void aTransferAboveTheCapIsAlwaysFlagged() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            DsgPlan plan = randomPlan(seed);
            DsgProjection p = plan.project();
            List<String> notes = p.notes();
            List<SchoolsBlockTransfer> checks = p.transferChecks();
            for (int i = 0; i < plan.transfers().size(); i++) {
                BlockTransfer t = plan.transfers().get(i);
                Money schools = plan.block(DsgBlock.SCHOOLS).orElseThrow().funding();
                BigDecimal allocation = schools.getAmount().multiply(plan.block(DsgBlock.SCHOOLS).orElseThrow().growth()
                        .compoundFactor(t.year().startYear() - FIRST.startYear()));
                boolean above = t.amount().getAmount().compareTo(allocation.multiply(new BigDecimal("0.005"))) > 0;
                assertThat(checks.get(i).withinCap()).isEqualTo(!above);
                String note = notes.stream().filter(n -> n.contains("'" + t.name() + "'")).findFirst().orElseThrow();
                assertThat(note.contains("FLAGGED: above the 0.5% cap")).as(note).isEqualTo(above);
            }
        });
    }

    @Test
    void withNoGrowthNoInflationAndNoMitigationTheDeficitHoldsFlat() {
        qt().forAll(longs().all(), integers().between(-5_000, 5_000)).checkAssert((seed, gapK) -> {
            DsgPlan random = randomPlan(seed);
            List<Provision> flat = random.provisions().stream()
                    .map(p -> p.withGrowth(Growth.given(Rate.ZERO, Rate.ZERO)).withInflation(Rate.ZERO)).toList();
            Money cost = Gbp.sum(flat.stream().map(p -> uk.org.wcf.finance.money.RoundingPolicy.PENCE.round(
                    p.unitCost().toBigMoney().multipliedBy(p.numbers()))));
            // funding short of cost by a chosen gap: the in-year deficit is the gap, every year
            DsgPlan plan = new DsgPlan("flat", FIRST, random.years(), random.opening(), random.openingBasis(),
                    OVERRIDE_END, SchoolsBlockTransfer.DEFAULT_CAP, flat,
                    new HighNeedsFunding(Gbp.requireNonNegative(cost.plus(Gbp.thousands(gapK)).isNegative()
                            ? Gbp.zero() : cost.plus(Gbp.thousands(gapK)), "a", "b"), Rate.ZERO, Basis.source("t")),
                    List.of(), List.of(), List.of(), List.of());
            DsgProjection p = plan.project();
            Money first = p.years().get(0).inYear();
            for (DsgProjection.YearResult y : p.years()) {
                assertThat(y.inYear()).isEqualTo(first);
            }
            if (first.isZero()) {
                p.years().forEach(y -> assertThat(y.closing()).isEqualTo(plan.opening()));
            }
            p.bridge().stream().filter(s -> !s.key().equals("flat")).forEach(s -> assertThat(s.amount().isZero()).isTrue());
        });
    }

    @Test
    void aMitigationIsPhasedByMonthsAndProfile() {
        Mitigation m = new Mitigation("Local places", "t0", Mitigation.Lever.NUMBERS, Rate.percent("-12"),
                LocalDate.of(2021, 9, 1), List.of(Rate.percent("50"), Rate.percent("100")), SavingStatus.DELIVERABLE,
                Basis.illustrative("x"));
        assertThat(m.factor(FiscalYear.of(2020))).isEqualByComparingTo("1");
        // September to March: 7 months at half of -12%
        assertThat(m.factor(FiscalYear.of(2021))).isEqualByComparingTo("0.965");
        assertThat(m.factor(FiscalYear.of(2022))).isEqualByComparingTo("0.88");
        assertThat(m.factor(FiscalYear.of(2025))).isEqualByComparingTo("0.88");
        assertThatThrownBy(() -> new Mitigation("Mid-month", "t0", Mitigation.Lever.NUMBERS, Rate.percent("-1"),
                LocalDate.of(2021, 9, 15), List.of(), SavingStatus.DELIVERABLE, Basis.illustrative("x")))
                .hasMessageContaining("first of a month");
    }

    @Test
    void onlyDeliverableWorkstreamsCountAndTheRestAreListed() {
        DsgPlan plan = randomPlan(7).scenario("p", true, true);
        Provision p = plan.provisions().get(0);
        Mitigation planned = new Mitigation("Planned", p.code(), Mitigation.Lever.NUMBERS, Rate.percent("-50"),
                plan.firstYear().start(), List.of(), SavingStatus.PLANNED, Basis.illustrative("x"));
        DsgPlan with = new DsgPlan(plan.name(), plan.firstYear(), plan.years(), plan.opening(), plan.openingBasis(),
                plan.statutoryOverrideEnd(), plan.transferCap(), plan.provisions(), plan.highNeeds(), plan.blocks(),
                List.of(planned), plan.transfers(), plan.otherIncome());
        assertThat(with.project().closing()).isEqualTo(with.scenario("none", false, true).project().closing());
        assertThat(with.project().notes()).contains("Workstream left out: Planned (planned, not deliverable)");
    }

    @Test
    void growthIsFittedToAHistoryWithHowWellItFits() {
        Map<FiscalYear, BigDecimal> h = new TreeMap<>();
        h.put(FiscalYear.of(2016), new BigDecimal("100"));
        h.put(FiscalYear.of(2017), new BigDecimal("110"));
        h.put(FiscalYear.of(2018), new BigDecimal("121"));
        Growth g = Growth.fit(new TreeMap<>(h));
        assertThat(g.rate().fraction()).isEqualByComparingTo("0.1");
        assertThat(g.rSquared().orElseThrow()).isEqualByComparingTo("1");
        assertThat(g.describe()).contains("fitted to 3 years, R² 1.0000");
        h.remove(FiscalYear.of(2018));
        assertThatThrownBy(() -> Growth.fit(new TreeMap<>(h))).hasMessageContaining("at least three years");
    }

    @Test
    void theReturnToBalanceIsJudgedAgainstTheOverride() {
        DsgPlan plan = new DsgPlan("back", FIRST, 5, Gbp.thousands(-1000), Basis.source("t"), OVERRIDE_END,
                SchoolsBlockTransfer.DEFAULT_CAP,
                List.of(new Provision("a", "A", BigDecimal.TEN, Gbp.thousands(100), Growth.given(Rate.ZERO, Rate.ZERO),
                        Rate.ZERO, Basis.source("t"))),
                new HighNeedsFunding(Gbp.thousands(1300), Rate.ZERO, Basis.source("t")), List.of(), List.of(), List.of(),
                List.of());
        DsgProjection p = plan.project();
        assertThat(p.returnToBalance()).contains(FiscalYear.of(2022));
        assertThat(p.balancedBeforeOverrideEnds()).isTrue();
        DsgPlan later = plan.scenario("later", true, true);
        DsgPlan slower = new DsgPlan("slower", FIRST, 5, later.opening(), later.openingBasis(), LocalDate.of(2022, 3, 31),
                later.transferCap(), later.provisions(), later.highNeeds(), later.blocks(), later.mitigations(),
                later.transfers(), later.otherIncome());
        assertThat(slower.project().balancedBeforeOverrideEnds()).isFalse();
        assertThat(slower.project().notes()).anyMatch(n -> n.contains("AFTER the statutory override ends on 2022-03-31"));
    }

    @Test
    void theMonteCarloIsSeededOrderedAndUnbiased() {
        DsgPlan plan = randomPlan(42);
        DsgMonteCarlo.Result a = DsgMonteCarlo.run(plan, 200, 7);
        assertThat(DsgMonteCarlo.run(plan, 200, 7)).isEqualTo(a);
        for (int i = 0; i < a.years().size(); i++) {
            assertThat(a.p10().get(i)).isLessThanOrEqualTo(a.p50().get(i));
            assertThat(a.p50().get(i)).isLessThanOrEqualTo(a.p90().get(i));
        }
        // with no uncertainty every run is the plan itself
        DsgPlan certain = plan.withGrowthRates(Map.of());
        List<Provision> fixed = certain.provisions().stream()
                .map(p -> p.withGrowth(Growth.given(p.growth().rate(), Rate.ZERO))).toList();
        DsgPlan sure = new DsgPlan(plan.name(), FIRST, plan.years(), plan.opening(), plan.openingBasis(),
                plan.statutoryOverrideEnd(), plan.transferCap(), fixed, plan.highNeeds(), plan.blocks(), plan.mitigations(),
                plan.transfers(), plan.otherIncome());
        DsgMonteCarlo.Result s = DsgMonteCarlo.run(sure, 20, 1);
        for (int i = 0; i < s.years().size(); i++) {
            Money expected = sure.project().years().get(i).closing();
            assertThat(List.of(s.p10().get(i), s.p50().get(i), s.p90().get(i))).containsOnly(expected);
        }
    }

    @Test
    void numbersAreNeverFlooredSoTheMedianSitsOnThePlan() {
        // one type, 1.5 places, 10% growth +- 0.0001%: flooring would lose a third of a place each year
        DsgPlan plan = new DsgPlan("small", FIRST, 4, Gbp.zero(), Basis.source("t"), OVERRIDE_END,
                SchoolsBlockTransfer.DEFAULT_CAP,
                List.of(new Provision("a", "A", new BigDecimal("1.5"), Gbp.thousands(100),
                        Growth.given(Rate.percent("10"), Rate.percent("0.0001")), Rate.ZERO, Basis.source("t"))),
                new HighNeedsFunding(Gbp.zero(), Rate.ZERO, Basis.source("t")), List.of(), List.of(), List.of(), List.of());
        DsgProjection.YearResult last = plan.project().years().get(3);
        assertThat(last.types().get(0).numbers()).isEqualByComparingTo("1.9965");
        assertThat(last.types().get(0).cost()).isEqualTo(Gbp.pounds(199_650));
        DsgMonteCarlo.Result r = DsgMonteCarlo.run(plan, 101, 3);
        Money planned = plan.project().closing();
        Money p50 = r.p50().get(r.p50().size() - 1);
        assertThat(p50.minus(planned).abs()).isLessThan(Gbp.pounds(50));
    }
}
