package uk.org.wcf.finance.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

import org.joda.money.BigMoney;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.Generators;
import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.budget.BudgetLine;
import uk.org.wcf.finance.budget.BudgetStatus;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.structure.FundingSource;
import uk.org.wcf.finance.structure.Service;
import uk.org.wcf.finance.structure.SubjectiveGroup;
import uk.org.wcf.finance.time.FiscalYear;
import uk.org.wcf.finance.time.MonthSpan;

/** Three-year plans: every figure of an indicative year is explained by named assumptions. */
class PlanTest {

    private static final FiscalYear Y2020 = FiscalYear.of(2020);
    private static final FiscalYear Y2021 = FiscalYear.of(2021);
    private static final FiscalYear Y2022 = FiscalYear.of(2022);

    private static BudgetBook small() {
        return BudgetBook.builder(Y2020)
                .line(Service.standalone("A", "Resources Directorate"), SubjectiveGroup.STAFFING, Gbp.thousands(2750))
                .line(Service.standalone("A", "Resources Directorate"), SubjectiveGroup.OTHER_NON_STAFFING, Gbp.thousands(8154))
                .line(Service.standalone("B", "Social Care Directorate"), SubjectiveGroup.STAFFING, Gbp.thousands(28697))
                .line(Service.standalone("B", "Social Care Directorate"), SubjectiveGroup.OTHER_NON_STAFFING, Gbp.thousands(45906))
                .passThrough(FundingSource.FUNDING_FROM_RESERVES, Gbp.thousands(934))
                .build();
    }

    @Test
    void twoPercentOnResourcesStaffingIs55Thousand() {
        Plan plan = Plan.of(small(), List.of(StaffingInflation.of(Rate.percent("2"))));
        assertThat(plan.years()).extracting(BudgetBook::year).containsExactly(Y2020, Y2021, Y2022);
        assertThat(plan.year(Y2021).status()).isEqualTo(BudgetStatus.INDICATIVE);
        Service a = plan.base().service("A");
        assertThat(plan.year(Y2021).grossOf(a)).isEqualTo(Gbp.thousands(10959)); // 8,154 + 2,750 x 1.02
        assertThat(plan.year(Y2022).grossOf(a, SubjectiveGroup.STAFFING)).isEqualTo(Gbp.pounds("2861100.00"));
        assertThat(plan.bridge(Y2021)).filteredOn(b -> b.service().equals(a))
                .extracting(BridgeLine::driver, BridgeLine::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Driver.STAFFING_INFLATION, Gbp.thousands(55)));
    }

    @Test
    void theFive2020InvestmentsAddTheirPartYearThenTheirFullYear() {
        List<Assumption> investments = List.of(
                new Investment("Safeguarding", Optional.of(LocalDate.of(2020, 1, 30)), "BP 2020/21", LineRef.of("B", SubjectiveGroup.STAFFING), Gbp.thousands(4100), Y2021, 12, true),
                new Investment("Home to school transport", Optional.empty(), "BP 2020/21", LineRef.of("A", SubjectiveGroup.OTHER_NON_STAFFING), Gbp.thousands(1000), Y2021, 12, true),
                new Investment("Placements", Optional.empty(), "BP 2020/21", LineRef.of("B", SubjectiveGroup.OTHER_NON_STAFFING, "placements"), Gbp.thousands(500), Y2021, 12, true),
                new Investment("SEN transport", Optional.empty(), "BP 2020/21", LineRef.of("A", SubjectiveGroup.TRANSPORT), Gbp.thousands(600), Y2021, 6, true),
                new Investment("Running costs", Optional.empty(), "BP 2020/21", LineRef.of("A", SubjectiveGroup.OTHER_NON_STAFFING), Gbp.thousands(400), Y2021, 12, false));
        Plan plan = Plan.of(small(), investments);
        Money base = plan.base().grossExpenditure();
        // 4,100 + 1,000 + 500 + 600 x 6/12 + 400 (one-off) in the first year
        assertThat(plan.year(Y2021).grossExpenditure().minus(base)).isEqualTo(Gbp.thousands(6300));
        // the full year of SEN transport; the one-off 400 drops out
        assertThat(plan.year(Y2022).grossExpenditure().minus(base)).isEqualTo(Gbp.thousands(6200));
        assertThat(plan.bridge(Y2022)).extracting(BridgeLine::driver, BridgeLine::amount).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Driver.INVESTMENTS, Gbp.thousands(300)),
                org.assertj.core.groups.Tuple.tuple(Driver.ONE_OFFS_DROPPING_OUT, Gbp.thousands(-400)));
    }

    @Test
    void theLearningAndAchievementVariationIsTenTwelfthsThenTheFullYearAndRaisesTheContractSum() {
        ContractVariation la = new ContractVariation("Learning and Achievement", Optional.of(LocalDate.of(2020, 5, 1)),
                "Business Plan 2020/21: c6.5m a year from 1 June 2020", LineRef.of("B", SubjectiveGroup.OTHER_NON_STAFFING),
                Gbp.thousands(6500), LocalDate.of(2020, 6, 1));
        Plan plan = Plan.of(small(), List.of(la));
        assertThat(plan.year(Y2020).grossExpenditure().minus(small().grossExpenditure())).isEqualTo(Gbp.pounds("5416666.67"));
        assertThat(plan.year(Y2021).grossExpenditure().minus(small().grossExpenditure())).isEqualTo(Gbp.thousands(6500));
        assertThat(plan.year(Y2020).contractSum().minus(small().contractSum())).isEqualTo(Gbp.pounds("5416666.67"));
        assertThat(plan.bridgeTable(Y2020).title()).isEqualTo("Bridge from 2020/21 agreed to 2020/21");
    }

    @Test
    void aOneOffFromReservesIsFundedFromReservesAndDropsOut() {
        OneOffFromReserves placements = new OneOffFromReserves("Placements risk reserve", Optional.empty(), "BP 2020/21",
                LineRef.of("B", SubjectiveGroup.OTHER_NON_STAFFING), Gbp.thousands(1100), Y2021);
        Plan plan = Plan.of(small(), List.of(placements));
        assertThat(plan.year(Y2021).passThroughOf(FundingSource.FUNDING_FROM_RESERVES)).isEqualTo(Gbp.thousands(2034));
        assertThat(plan.year(Y2021).councilBaseBudget()).isEqualTo(plan.base().councilBaseBudget());
        assertThat(plan.year(Y2022).grossExpenditure()).isEqualTo(plan.base().grossExpenditure());
        assertThat(plan.year(Y2022).passThroughOf(FundingSource.FUNDING_FROM_RESERVES)).isEqualTo(Gbp.thousands(934));
    }

    @Test
    void savingsThatAreNotDeliverableAreListedWithTheReason() {
        Saving planned = new Saving("Review of CWD", Optional.empty(), "", LineRef.of("B", SubjectiveGroup.STAFFING), Gbp.thousands(200),
                Y2021, SavingStatus.PLANNED);
        Saving deliverable = new Saving("Commissioning", Optional.empty(), "", LineRef.of("B", SubjectiveGroup.OTHER_NON_STAFFING),
                Gbp.thousands(300), Y2021, SavingStatus.DELIVERABLE);
        Plan plan = Plan.of(small(), List.of(planned, deliverable));
        assertThat(plan.year(Y2021).grossExpenditure()).isEqualTo(small().grossExpenditure().minus(Gbp.thousands(300)));
        assertThat(plan.excludedSavings()).containsExactly(
                new ExcludedSaving(planned, "status is planned; only deliverable savings reduce the plan"));
    }

    @Test
    void anUnknownServiceOrALineTakenBelowZeroIsRefused() {
        assertThatThrownBy(() -> Plan.of(small(), List.of(new OtherMovement("x", Optional.empty(), "", LineRef.of("Z", SubjectiveGroup.STAFFING),
                Gbp.thousands(1), Y2021)))).isInstanceOf(FinanceRuleException.class)
                .hasMessageStartingWith("service is 'Z': unknown service");
        assertThatThrownBy(() -> Plan.of(small(), List.of(new Saving("too much", Optional.empty(), "", LineRef.of("A", SubjectiveGroup.STAFFING),
                Gbp.thousands(3000), Y2021, SavingStatus.DELIVERABLE)))).isInstanceOf(FinanceRuleException.class)
                .hasMessage("plan line 'Resources Directorate / Staffing' in 2021/22 is (£250,000.00): "
                        + "the assumptions take the line below zero; check the savings and movements on it");
    }

    // ---------------------------------------------------------------- properties

    @Test
    void withEveryAssumptionAtZeroEachIndicativeYearEqualsTheBase() {
        qt().forAll(Generators.budgetBooks(), integers().between(0, 5)).checkAssert((book, n) -> {
            Plan plan = Plan.of(book, n, List.of(StaffingInflation.of(Rate.ZERO),
                    new DemandGrowth("none", Optional.empty(), "", LineRef.of("A", SubjectiveGroup.OTHER_NON_STAFFING), Optional.of(Gbp.zero()), Optional.empty(),
                            book.year(), Optional.empty())));
            assertThat(plan.years()).hasSize(n + 1);
            for (BudgetBook y : plan.years()) {
                assertThat(y.lines()).containsExactlyElementsOf(book.lines());
                assertThat(y.passThrough()).isEqualTo(book.passThrough());
            }
        });
    }

    @Test
    void staffingInflationChangesStaffingLinesOnlyAndCompoundsRoundedOnce() {
        qt().forAll(Generators.budgetBooks(), integers().between(0, 1000), integers().between(1, 6)).checkAssert((book, bp, n) -> {
            Rate r = Rate.of(BigDecimal.valueOf(bp, 4));
            Plan plan = Plan.of(book, n, List.of(StaffingInflation.of(r)));
            BudgetBook last = plan.years().get(n);
            for (BudgetLine l : book.lines()) {
                Money value = last.line(l.line()).orElseThrow().amount();
                if (l.line().group().staffing()) {
                    BigMoney exact = l.amount().toBigMoney().multipliedBy(r.compoundFactor(n));
                    assertThat(value).isEqualTo(RoundingPolicy.PENCE.round(exact));
                } else {
                    assertThat(value).isEqualTo(l.amount());
                }
            }
        });
    }

    @Test
    void theBridgeAlwaysAddsToTheYearsFigure() {
        qt().forAll(Generators.budgetBooks(), integers().between(0, 1000), integers().between(-500, 500)).checkAssert((book, bp, growth) -> {
            Plan plan = Plan.of(book, 3, List.of(StaffingInflation.of(Rate.of(BigDecimal.valueOf(bp, 4))),
                    new DemandGrowth("growth", Optional.empty(), "", LineRef.of("A", SubjectiveGroup.OTHER_NON_STAFFING, "placements"),
                            Optional.empty(), Optional.of(Rate.of(BigDecimal.valueOf(Math.abs(growth), 3))), book.year().next(),
                            Optional.empty()),
                    new OneOffFromReserves("one-off", Optional.empty(), "", LineRef.of("A", SubjectiveGroup.PREMISES), Gbp.pounds("1234.56"),
                            book.year().next())));
            for (int k = 1; k < plan.years().size(); k++) {
                BudgetBook prev = plan.years().get(k - 1);
                BudgetBook year = plan.years().get(k);
                for (Service s : year.services()) {
                    Money steps = Gbp.sum(plan.bridge(year.year()).stream().filter(b -> b.service().equals(s)).map(BridgeLine::amount));
                    assertThat(prev.grossOf(s).plus(steps)).isEqualTo(year.grossOf(s));
                }
                var table = plan.bridgeTable(year.year());
                assertThat(table.value("total", "this_year")).isEqualTo(year.grossExpenditure());
            }
        });
    }

    @Test
    void aHigherRateNeverLowersAnyYear() {
        qt().forAll(Generators.budgetBooks(), integers().between(0, 1000), integers().between(0, 1000)).checkAssert((book, a, b) -> {
            Rate low = Rate.of(BigDecimal.valueOf(Math.min(a, b), 4));
            Rate high = Rate.of(BigDecimal.valueOf(Math.max(a, b), 4));
            Plan pl = Plan.of(book, List.of(StaffingInflation.of(low)));
            Plan ph = Plan.of(book, List.of(StaffingInflation.of(high)));
            for (int k = 0; k < pl.years().size(); k++) {
                assertThat(ph.years().get(k).grossExpenditure()).isGreaterThanOrEqualTo(pl.years().get(k).grossExpenditure());
            }
        });
    }

    @Test
    void anExcludedSavingNeverChangesATotal() {
        qt().forAll(Generators.budgetBooks(), Generators.amounts(1_000_000), integers().between(0, 1)).checkAssert((book, amount, st) -> {
            Saving s = new Saving("not yet", Optional.empty(), "", LineRef.of("A", SubjectiveGroup.STAFFING), amount, book.year().next(),
                    st == 0 ? SavingStatus.PROPOSED : SavingStatus.PLANNED);
            Plan with = Plan.of(book, List.of(StaffingInflation.of(Rate.percent("2")), s));
            Plan without = Plan.of(book, List.of(StaffingInflation.of(Rate.percent("2"))));
            for (int k = 0; k < with.years().size(); k++) {
                assertThat(with.years().get(k).lines()).isEqualTo(without.years().get(k).lines());
            }
            assertThat(with.excludedSavings()).hasSize(1);
        });
    }

    @Test
    void aVariationsPartYearIsTheFullYearTimesMonthsOverTwelveToThePenny() {
        qt().forAll(Generators.budgetBooks(), Generators.amounts(20_000_000), integers().between(1, 12), integers().between(1, 28))
                .checkAssert((book, full, month, day) -> {
                    LocalDate effective = book.year().period(month).firstDay().withDayOfMonth(day);
                    ContractVariation v = new ContractVariation("variation", Optional.empty(), "", LineRef.of("A", SubjectiveGroup.OTHER_NON_STAFFING),
                            full, effective);
                    if (day > 1 && month == 12) {
                        assertThatThrownBy(() -> Plan.of(book, List.of(v))).isInstanceOf(FinanceRuleException.class);
                        return;
                    }
                    Plan plan = Plan.of(book, List.of(v));
                    MonthSpan span = MonthSpan.fromDate(book.year(), effective);
                    assertThat(plan.years().get(0).grossExpenditure().minus(book.grossExpenditure()))
                            .isEqualTo(span.shareOf(full, RoundingPolicy.PENCE));
                    assertThat(plan.years().get(1).grossExpenditure().minus(book.grossExpenditure())).isEqualTo(full);
                });
    }

    @Test
    void aFlatCashAwardCostsTheAwardTimesFteWithOnCosts() {
        FlatCashAward award = new FlatCashAward("£1,000 per FTE", Optional.empty(), "scenario", Gbp.pounds(1000),
                Map.of("A", new BigDecimal("50"), "B", new BigDecimal("600.5")), Rate.percent("18.6"), Rate.percent("13.8"),
                Set.of(Y2021));
        Plan plan = Plan.of(small(), List.of(award));
        // 650.5 FTE x £1,000 x 1.324
        assertThat(plan.year(Y2021).grossExpenditure().minus(small().grossExpenditure())).isEqualTo(Gbp.pounds("861262.00"));
        assertThat(plan.year(Y2022).grossExpenditure()).isEqualTo(plan.year(Y2021).grossExpenditure());
    }

    @Test
    void aPlanPrintsAsOneShortLineAndItsTableIsAMethodOfItsOwn() {
        Plan plan = Plan.of(small(), List.of(StaffingInflation.of(Rate.percent("2")),
                new Saving("Maybe", Optional.empty(), "", LineRef.of("A", SubjectiveGroup.STAFFING), Gbp.thousands(10), Y2021, SavingStatus.PROPOSED)));
        assertThat(plan.toString()).isEqualTo("Plan[2020/21 to 2022/23, 2 assumptions, 1 left out]");
        assertThat(plan.toText()).contains("(£000)", "Assumptions:\n  Staffing inflation 2% [Staffing inflation]\n",
                "  left out: Maybe (status is proposed; only deliverable savings reduce the plan)\n");
    }

    @Test
    void everyKindOfAssumptionDoesWhatItSaysInItsYearAndTheBridgeNamesIt() {
        BudgetBook book = BudgetBook.builder(Y2020)
                .line(Service.standalone("A", "Resources Directorate"), SubjectiveGroup.STAFFING, Gbp.thousands(2750))
                .line(Service.standalone("B", "Social Care Directorate"), SubjectiveGroup.OTHER_NON_STAFFING, Gbp.thousands(45906))
                .line(uk.org.wcf.finance.structure.CostLine.of(Service.standalone("B", "Social Care Directorate"),
                        SubjectiveGroup.PREMISES, "utilities"), Gbp.thousands(100))
                .build();
        List<Assumption> each = AssumptionKindTest.oneOfEach();
        Plan plan = Plan.of(book, each);
        for (Assumption a : each) {
            assertThat(plan.bridge(Y2021)).as(a.kind().tag()).anySatisfy(b -> {
                assertThat(b.assumption()).isEqualTo(a.name());
                assertThat(b.driver()).isEqualTo(a.driver());
                assertThat(b.amount().isZero()).isFalse();
            });
        }
    }
}
