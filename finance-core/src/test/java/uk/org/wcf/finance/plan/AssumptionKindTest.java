package uk.org.wcf.finance.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.structure.SubjectiveGroup;
import uk.org.wcf.finance.time.FiscalYear;

/** The assumption family is closed and each kind is named by one tag, in one table. */
class AssumptionKindTest {

    private static final FiscalYear Y = FiscalYear.of(2021);
    private static final LineRef LINE = LineRef.of("B", SubjectiveGroup.OTHER_NON_STAFFING);

    /** One assumption of every kind. */
    static List<Assumption> oneOfEach() {
        return List.of(
                StaffingInflation.of(Rate.percent("2")),
                new FlatCashAward("award", Optional.empty(), "", Gbp.pounds(500), Map.of("A", BigDecimal.TEN), Rate.percent("18.6"),
                        Rate.ZERO, Set.of(Y)),
                new UtilitiesInflation("u", Optional.empty(), "", Map.of(Y, Rate.percent("5"))),
                new DemandGrowth("g", Optional.empty(), "", LINE, Optional.of(Gbp.pounds(100)), Optional.empty(), Y, Optional.empty()),
                new Saving("s", Optional.empty(), "", LINE, Gbp.pounds(100), Y, SavingStatus.DELIVERABLE),
                new Investment("i", Optional.empty(), "", LINE, Gbp.pounds(1200), Y, 6, true),
                new ContractVariation("v", Optional.empty(), "", LINE, Gbp.pounds(1200), LocalDate.of(2021, 6, 1)),
                new OneOffFromReserves("o", Optional.empty(), "", LINE, Gbp.pounds(100), Y),
                new OtherMovement("x", Optional.empty(), "", LINE, Gbp.pounds(100), Y));
    }

    @Test
    void everyTagReadsBackAsItsKindInAnyCaseAndNoTwoKindsShareOne() {
        for (AssumptionKind k : AssumptionKind.values()) {
            assertThat(AssumptionKind.ofTag(k.tag())).contains(k);
            assertThat(AssumptionKind.ofTag(" " + k.tag().toUpperCase(Locale.ROOT) + " ")).contains(k);
        }
        assertThat(Arrays.stream(AssumptionKind.values()).map(AssumptionKind::tag).distinct())
                .hasSize(AssumptionKind.values().length);
        assertThat(AssumptionKind.ofTag("pay_rise")).isEmpty();
        assertThat(AssumptionKind.tags()).isEqualTo("staffing_inflation, flat_cash_award, utilities_inflation, "
                + "demand_growth, saving, investment, contract_variation, one_off_from_reserves, other_movement");
    }

    @Test
    void everyRecordOfTheFamilyHasItsOwnKindAndItsOwnVisitorMethod() {
        List<Assumption> each = oneOfEach();
        assertThat(each.stream().<Class<?>>map(Assumption::getClass).collect(Collectors.toSet()))
                .as("one sample per permitted record").containsExactlyInAnyOrder(Assumption.class.getPermittedSubclasses());
        assertThat(each.stream().map(Assumption::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(AssumptionKind.class))))
                .containsExactlyInAnyOrder(AssumptionKind.values());
        Assumption.Visitor<String> names = new Assumption.Visitor<>() {
            @Override public String staffingInflation(StaffingInflation a) { return "StaffingInflation"; }
            @Override public String flatCashAward(FlatCashAward a) { return "FlatCashAward"; }
            @Override public String utilitiesInflation(UtilitiesInflation a) { return "UtilitiesInflation"; }
            @Override public String demandGrowth(DemandGrowth a) { return "DemandGrowth"; }
            @Override public String saving(Saving a) { return "Saving"; }
            @Override public String investment(Investment a) { return "Investment"; }
            @Override public String contractVariation(ContractVariation a) { return "ContractVariation"; }
            @Override public String oneOffFromReserves(OneOffFromReserves a) { return "OneOffFromReserves"; }
            @Override public String otherMovement(OtherMovement a) { return "OtherMovement"; }
        };
        for (Assumption a : each) {
            assertThat(a.accept(names)).isEqualTo(a.getClass().getSimpleName());
            // the kind's tag is the class's name in snake case: the table and the family cannot drift apart
            assertThat(a.kind().tag()).isEqualTo(a.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2")
                    .toLowerCase(Locale.ROOT));
        }
    }
}
