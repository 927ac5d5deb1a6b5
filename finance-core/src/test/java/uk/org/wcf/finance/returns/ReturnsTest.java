package uk.org.wcf.finance.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.joda.money.Money;
import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.forecast.ForecastMethod;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.monitor.Trail;
import uk.org.wcf.finance.structure.Directorate;
import uk.org.wcf.finance.structure.Service;
import uk.org.wcf.finance.structure.SubjectiveGroup;
import uk.org.wcf.finance.time.FiscalPeriod;
import uk.org.wcf.finance.time.FiscalYear;

/** The rules of packs and returns: which lines go in which pack, what a return changes, and what is defaulted. */
class ReturnsTest {

    private static final FiscalPeriod P3 = FiscalYear.parse("2024/25").period(3);
    private static final Service A = Service.of("A", "Alpha", Directorate.named("People"));
    private static final Service B = Service.of("B", "Beta", Directorate.named("People"));
    private static final BudgetBook BOOK = BudgetBook.builder(P3.year()).service(A).service(B)
            .line(A, SubjectiveGroup.STAFFING, Gbp.pounds(120_000)).line(A, SubjectiveGroup.PREMISES, Gbp.pounds(12_000))
            .line(B, SubjectiveGroup.STAFFING, Gbp.pounds(60_000)).build();

    private static final Packs.Sources SOURCES = new Packs.Sources() {
        @Override
        public Trail.Step budget(String line, Money budget) {
            return new Trail.Step("net budget", budget, "book.yaml", line);
        }

        @Override
        public Trail.Step actuals(String line, Money ytd, FiscalPeriod upTo) {
            return new Trail.Step("actuals to date", ytd, "actuals.json", line + " to " + upTo.label());
        }
    };

    private static List<Money> monthly(long pounds) {
        return new ArrayList<>(Collections.nCopies(12, Gbp.pounds(pounds)));
    }

    private static List<Pack> packs(Map<String, String> holders, Map<String, List<Money>> actuals) {
        return Packs.of(new Packs.Inputs(BOOK, P3, actuals, Map.of(), ForecastMethod.RUN_RATE, holders,
                Map.of("Alpha / Staffing", Gbp.pounds(119_000)), SOURCES));
    }

    @Test
    void aPackPerServiceByDefaultAndPerHolderWhenLinesHaveHolders() {
        List<Pack> byService = packs(Map.of(), Map.of("Alpha / Staffing", monthly(10_100)));
        assertThat(byService).extracting(Pack::id).containsExactly("A", "B");
        assertThat(byService.get(0).lines()).extracting(PackLine::line).containsExactly("Alpha / Staffing", "Alpha / Premises");
        PackLine staffing = byService.get(0).lines().get(0);
        assertThat(staffing.actualsToDate()).isEqualTo(Gbp.pounds(30_300));
        assertThat(staffing.suggested().outturn()).isEqualTo(Gbp.pounds(121_200));
        assertThat(staffing.previousForecast()).contains(Gbp.pounds(119_000));
        assertThat(byService.get(0).lines().get(1).previousForecast()).isEmpty();
        List<Pack> byHolder = packs(Map.of("Alpha / Staffing", "Kim", "Alpha / Premises", "Lee", "Beta / Staffing", "Kim"), Map.of());
        assertThat(byHolder).extracting(Pack::id).containsExactly("Kim", "Lee");
        assertThat(byHolder.get(0).lines()).extracting(PackLine::line).containsExactly("Alpha / Staffing", "Beta / Staffing");
    }

    @Test
    void actualsOfALineTheBookLacksOrALineWithoutAHolderAreRefused() {
        assertThatThrownBy(() -> packs(Map.of(), Map.of("Gamma / Staffing", monthly(1))))
                .isInstanceOf(FinanceRuleException.class).hasMessageContaining("actuals line 'Gamma / Staffing'");
        assertThatThrownBy(() -> packs(Map.of("Alpha / Staffing", "Kim"), Map.of()))
                .isInstanceOf(FinanceRuleException.class).hasMessageContaining("line 'Alpha / Premises'")
                .hasMessageContaining("without a holder");
    }

    @Test
    void theChecksumCoversTheBudgetsAndActualsButNotTheSuggestionsMethod() {
        Pack a = packs(Map.of(), Map.of("Alpha / Staffing", monthly(10_100))).get(0);
        Pack same = packs(Map.of(), Map.of("Alpha / Staffing", monthly(10_100))).get(0);
        Pack other = packs(Map.of(), Map.of("Alpha / Staffing", monthly(10_101))).get(0);
        assertThat(a.checksum()).isEqualTo(same.checksum()).hasSize(64).isNotEqualTo(other.checksum());
    }

    @Test
    void aReturnedForecastIsTakenWithItsCellAndEveryOtherLineIsDefaultedSayingWhy() {
        List<Pack> packs = packs(Map.of(), Map.of("Alpha / Staffing", monthly(10_100), "Beta / Staffing", monthly(5_000)));
        Returns.Returned alpha = new Returns.Returned("A", "returns/A.xlsx", Map.of(
                "Alpha / Staffing", new Returns.Entry(Optional.of(Gbp.pounds(125_000)), "sheet Forecast, cell H6", "agency cover"),
                "Alpha / Premises", new Returns.Entry(Optional.empty(), "sheet Forecast, cell H7", "")));
        Returns.Result r = Returns.collect("Forecast", "Total", packs, Map.of("A", alpha), Map.of());
        MonitoringSnapshot s = r.snapshot();
        assertThat(s.period()).isEqualTo(P3);
        assertThat(s.line("Alpha / Staffing").orElseThrow().forecast()).isEqualTo(Gbp.pounds(125_000));
        assertThat(s.line("Alpha / Staffing").orElseThrow().group()).isEqualTo("Alpha");
        assertThat(s.line("Alpha / Premises").orElseThrow().forecast()).isEqualTo(Gbp.zero());
        assertThat(s.line("Beta / Staffing").orElseThrow().forecast()).isEqualTo(Gbp.pounds(60_000));
        assertThat(r.returned()).containsExactly("A");
        assertThat(r.missing()).containsExactly("B");
        assertThat(r.defaulted()).extracting(Returns.Defaulted::line).containsExactly("Alpha / Premises", "Beta / Staffing");
        assertThat(r.defaulted().get(0).reason()).isEqualTo("left blank in returns/A.xlsx, sheet Forecast, cell H7");
        assertThat(r.defaulted().get(1).reason()).isEqualTo("no return");
        assertThat(r.defaulted()).allMatch(d -> d.method().equals("run-rate"));
        Trail t = r.trails().get(0);
        assertThat(t.toString()).isEqualTo("Alpha / Staffing\n  net budget £120,000.00: book.yaml, Alpha / Staffing\n"
                + "  actuals to date £30,300.00: actuals.json, Alpha / Staffing to P3\n"
                + "  forecast £125,000.00: returns/A.xlsx, sheet Forecast, cell H6; comment: agency cover");
        assertThat(t.defaulted()).isFalse();
        assertThat(r.trails().get(2).defaulted()).isTrue();
        assertThat(r.trails().get(2).steps().get(2).source()).isEqualTo("suggested outturn by run-rate");
        Returns.Result refused = Returns.collect("Forecast", "Total", packs, Map.of(), Map.of("A", "A.xlsx: holds a formula"));
        assertThat(refused.defaulted().get(0).reason()).isEqualTo("return refused: A.xlsx: holds a formula");
    }

    @Test
    void aReturnOfAPackThisPeriodDoesNotHaveOrWithoutALineIsRefused() {
        List<Pack> packs = packs(Map.of(), Map.of());
        Returns.Returned stray = new Returns.Returned("Z", "Z.xlsx", Map.of());
        assertThatThrownBy(() -> Returns.collect("F", "T", packs, Map.of("Z", stray), Map.of()))
                .isInstanceOf(FinanceRuleException.class).hasMessageContaining("not a pack of this period");
        Returns.Returned partial = new Returns.Returned("B", "B.xlsx", Map.of());
        assertThatThrownBy(() -> Returns.collect("F", "T", packs, Map.of("B", partial), Map.of()))
                .isInstanceOf(FinanceRuleException.class).hasMessageContaining("without line 'Beta / Staffing'");
    }
}
