package uk.org.wcf.finance.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import uk.org.wcf.finance.Generators;
import uk.org.wcf.finance.dsg.DsgReserve;
import uk.org.wcf.finance.dsg.SchoolsBlockTransfer;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.time.FiscalPeriod;
import uk.org.wcf.finance.time.FiscalYear;

/** Monitoring: variances, carry-forwards, the DSG reserve, virements and year-end. */
class MonitoringTest {

    private static final FiscalPeriod P6 = FiscalYear.of(2019).period(6);

    static MonitoringSnapshot p6(FiscalPeriod period) {
        List<MonitoringLine> lines = List.of(
                new MonitoringLine("DSG - School Formula Budgets", "schools", Gbp.thousands(126652), Gbp.thousands(126652), List.of()),
                new MonitoringLine("DSG - High Needs Pupils", "high_needs", Gbp.thousands(43442), Gbp.thousands(52431),
                        List.of(Adjustment.carryForward("to DSG reserve", Gbp.thousands(-8014)))),
                new MonitoringLine("DSG - Early Years", "early_years", Gbp.thousands(35388), Gbp.thousands(35388), List.of()),
                new MonitoringLine("DSG - Statutory Duties / Historic Commitments", "central_school_services",
                        Gbp.thousands(4950), Gbp.thousands(4960), List.of(Adjustment.carryForward("to DSG reserve", Gbp.thousands(-10)))),
                new MonitoringLine("DSG - De-Delegated Services", "schools", Gbp.thousands(580), Gbp.thousands(580), List.of()));
        return MonitoringSnapshot.dsg("DSG", period, lines,
                MonitoringLine.of("DSG - Dedicated Schools Grant", Gbp.thousands(-211012), Gbp.thousands(-211987)),
                "DSG - Sub Total", "Dedicated Schools Grant (DSG)");
    }

    @Test
    void reproducesThePeriod6DsgReport() {
        MonitoringReport r = MonitoringReport.of(p6(P6), Map.of("DSG - High Needs Pupils", Gbp.thousands(975),
                "DSG - Dedicated Schools Grant", Gbp.thousands(-975)));
        MonitoringReport.Row hn = r.rows().get(1);
        assertThat(hn.varianceBeforeAdjustments()).isEqualTo(Gbp.thousands(8989));
        assertThat(hn.varianceAfterAdjustments()).isEqualTo(Gbp.thousands(975));
        assertThat(hn.percentOfBudget(RoundingPolicy.THOUSANDS)).contains(new BigDecimal("2.2"));
        MonitoringReport.Row sub = r.rows().get(5);
        assertThat(sub.label()).isEqualTo("DSG - Sub Total");
        assertThat(sub.varianceBeforeAdjustments()).isEqualTo(Gbp.thousands(8999));
        assertThat(sub.proposedCarryForwards()).isEqualTo(Gbp.thousands(-8024));
        MonitoringReport.Row net = r.total();
        assertThat(net.label()).isEqualTo("Dedicated Schools Grant (DSG)");
        assertThat(net.netBudget()).isEqualTo(Gbp.zero());
        assertThat(net.forecast()).isEqualTo(Gbp.thousands(8024));
        assertThat(net.varianceAfterAdjustments()).isEqualTo(Gbp.zero());
        assertThat(net.percentOfBudget(RoundingPolicy.THOUSANDS)).isEmpty();
        assertThat(net.changeSinceLastPeriod()).isEqualTo(Gbp.zero());
    }

    @Test
    void varianceLastPeriodComesFromThePreviousSnapshot() {
        MonitoringSnapshot p5 = p6(P6.previous());
        MonitoringReport r = MonitoringReport.of(p6(P6), p5);
        assertThat(r.rows().get(1).varianceLastPeriod()).isEqualTo(Gbp.thousands(975));
        assertThat(r.notes()).isEmpty();
        assertThatThrownBy(() -> MonitoringReport.of(p6(P6), p6(FiscalYear.of(2019).period(4))))
                .isInstanceOf(FinanceRuleException.class)
                .hasMessage("previous snapshot is 2019/20 P4: the report for 2019/20 P6 compares with 2019/20 P5");
        assertThat(MonitoringReport.of(p6(P6)).notes())
                .containsExactly("No snapshot for 2019/20 P5: variance last period is shown as 0.");
    }

    @Test
    void aLineWhoseVarianceLastPeriodIsNotGivenIsNotedNotSilentlyZero() {
        MonitoringReport r = MonitoringReport.of(p6(P6), Map.of("DSG - High Needs Pupils", Gbp.thousands(975)));
        assertThat(r.rows().get(1).varianceLastPeriod()).isEqualTo(Gbp.thousands(975));
        assertThat(r.rows().get(0).varianceLastPeriod()).isEqualTo(Gbp.zero());
        assertThat(r.notes()).contains("'" + r.rows().get(0).label()
                + "' has no variance last period in the figures given: shown as 0.")
                .noneMatch(n -> n.startsWith("'DSG - High Needs Pupils'"));
        MonitoringReport all = MonitoringReport.of(p6(P6), r.rows().stream()
                .filter(row -> row.kind() == MonitoringReport.RowKind.LINE || row.kind() == MonitoringReport.RowKind.GRANT)
                .collect(java.util.stream.Collectors.toMap(MonitoringReport.Row::label, MonitoringReport.Row::varianceLastPeriod)));
        assertThat(all.notes()).isEmpty();
    }

    @Test
    void theDsgReserveClosesAt633Plus8024() {
        DsgReserve r = DsgReserve.opening(FiscalYear.of(2019), Gbp.thousands(-633), LocalDate.of(2023, 3, 31))
                .withCarryForwardsFrom(p6(P6));
        assertThat(r.closing()).isEqualTo(Gbp.thousands(-(633 + 8024)));
        assertThat(r.movements()).extracting(DsgReserve.Movement::line)
                .containsExactly("DSG - High Needs Pupils", "DSG - Statutory Duties / Historic Commitments");
        assertThat(r.overrideNote()).contains("runs to 2023-03-31.");
        assertThat(DsgReserve.opening(FiscalYear.of(2023), Gbp.thousands(-1), LocalDate.of(2023, 3, 31)).overrideNote())
                .contains("ENDED");
        assertThat(r.nextYear().opening()).isEqualTo(r.closing());
    }

    @Test
    void aSchoolsBlockTransferAboveHalfAPercentNeedsApproval() {
        Money block = Gbp.thousands(126652);
        assertThat(SchoolsBlockTransfer.of(block, Gbp.pounds("633260.00"), SchoolsBlockTransfer.DEFAULT_CAP).withinCap()).isTrue();
        SchoolsBlockTransfer over = SchoolsBlockTransfer.of(block, Gbp.pounds("633260.01"), SchoolsBlockTransfer.DEFAULT_CAP);
        assertThat(over.withinCap()).isFalse();
        assertThat(over.allowed()).isFalse();
        assertThat(over.explain()).contains("needs Schools Forum or Secretary of State approval");
        assertThat(SchoolsBlockTransfer.of(block, Gbp.thousands(1000), Rate.percent("0.5"),
                new Approval(Approval.Route.SCHOOLS_FORUM, "SF-2019-11", LocalDate.of(2019, 11, 20))).allowed()).isTrue();
    }

    // ------------------------------------------------------------ properties

    private static Gen<List<MonitoringLine>> lines() {
        Gen<MonitoringLine> line = Generators.signedAmounts(10_000_000).zip(Generators.signedAmounts(10_000_000),
                Generators.signedAmounts(1_000_000), Generators.signedAmounts(1_000_000),
                (b, f, cf, o) -> new MonitoringLine("x", "", b, f, List.of(Adjustment.carryForward("cf", cf),
                        Adjustment.of(Adjustment.Kind.RESERVE_DRAW, "draw", o))));
        return lists().of(line).ofSizeBetween(1, 12).map(ls -> {
            List<MonitoringLine> named = new ArrayList<>();
            for (int i = 0; i < ls.size(); i++) {
                MonitoringLine l = ls.get(i);
                named.add(new MonitoringLine("Line " + i, "", l.netBudget(), l.forecast(), l.adjustments()));
            }
            return named;
        });
    }

    @Test
    void afterIsBeforePlusAdjustmentsAndTotalsAreSumsOfRows() {
        qt().forAll(lines(), Generators.signedAmounts(1_000_000)).checkAssert((ls, last) -> {
            MonitoringSnapshot s = MonitoringSnapshot.nonDsg("t", P6, ls, "Total");
            MonitoringReport r = MonitoringReport.of(s, Map.of("Line 0", last));
            for (MonitoringReport.Row row : r.rows()) {
                assertThat(row.varianceAfterAdjustments()).isEqualTo(row.varianceBeforeAdjustments()
                        .plus(row.proposedCarryForwards()).plus(row.otherAdjustments()));
                assertThat(row.changeSinceLastPeriod()).isEqualTo(row.varianceAfterAdjustments().minus(row.varianceLastPeriod()));
                assertThat(row.varianceBeforeAdjustments()).isEqualTo(row.forecast().minus(row.netBudget()));
            }
            List<MonitoringReport.Row> detail = r.rows().subList(0, ls.size());
            assertThat(r.total().netBudget()).isEqualTo(Gbp.sum(detail.stream().map(MonitoringReport.Row::netBudget)));
            assertThat(r.total().varianceAfterAdjustments())
                    .isEqualTo(Gbp.sum(detail.stream().map(MonitoringReport.Row::varianceAfterAdjustments)));
            // and the table's own identity checks hold
            FigureTable t = r.table(true);
            assertThat(t.rows()).hasSize(ls.size() + 1);
        });
    }

    @Test
    void aVirementNeverChangesTheTotal() {
        qt().forAll(lines().assuming(l -> l.size() >= 2), Generators.amounts(1_000_000)).checkAssert((ls, amount) -> {
            MonitoringSnapshot s = MonitoringSnapshot.nonDsg("t", P6, ls, "Total");
            Virement v = new Virement("Line 0", "Line 1", amount, Approval.changeRequest("CR-1", LocalDate.of(2019, 9, 1)));
            MonitoringSnapshot after = v.applyTo(s);
            assertThat(after.netBudget()).isEqualTo(s.netBudget());
            assertThat(after.lines().get(0).netBudget()).isEqualTo(s.lines().get(0).netBudget().minus(amount));
        });
        assertThatThrownBy(() -> new Virement("A", "Nowhere", Gbp.pounds(1), Approval.changeRequest("CR-1", LocalDate.of(2019, 9, 1)))
                .applyTo(p6(P6))).isInstanceOf(FinanceRuleException.class).hasMessageStartingWith("virement line is 'A'");
    }

    @Test
    void theDsgReserveClosesAtOpeningPlusCarriedForwardVariance() {
        qt().forAll(Generators.signedAmounts(20_000_000), Generators.signedAmounts(10_000_000), Generators.signedAmounts(10_000_000))
                .checkAssert((opening, cf1, cf2) -> {
                    MonitoringSnapshot s = p6(P6);
                    List<MonitoringLine> ls = new ArrayList<>(s.lines());
                    ls.set(1, ls.get(1).withAdjustments(List.of(Adjustment.carryForward("a", cf1))));
                    ls.set(3, ls.get(3).withAdjustments(List.of(Adjustment.carryForward("b", cf2))));
                    DsgReserve r = DsgReserve.opening(P6.year(), opening, LocalDate.of(2023, 3, 31))
                            .withCarryForwardsFrom(s.withLines(ls));
                    assertThat(r.closing()).isEqualTo(opening.plus(cf1).plus(cf2));
                });
    }

    @Test
    void aYearEndMovesExactlyTheCarriedAmountIntoNextYear() {
        FiscalPeriod p12 = FiscalYear.of(2019).period(12);
        qt().forAll(lines()).checkAssert(ls -> {
            MonitoringSnapshot last = MonitoringSnapshot.nonDsg("t", p12, ls, "Total");
            MonitoringSnapshot next = MonitoringSnapshot.nonDsg("t", FiscalYear.of(2020).period(1), ls, "Total");
            MonitoringSnapshot opened = YearEnd.open(last, next);
            Money carried = Gbp.sum(ls.stream().map(MonitoringLine::proposedCarryForwards));
            assertThat(opened.netBudget()).isEqualTo(next.netBudget().plus(carried));
            assertThat(Gbp.sum(YearEnd.carryForwards(last).stream().map(YearEnd.CarryForward::amount))).isEqualTo(carried);
            YearEnd.carryForwards(last).forEach(c -> assertThat(c.from()).isEqualTo(p12));
        });
    }

    @Test
    void aYearIsClosedFromP12AndDsgGoesToTheReserve() {
        assertThatThrownBy(() -> YearEnd.carryForwards(p6(P6))).isInstanceOf(FinanceRuleException.class)
                .hasMessageContaining("DSG variances close to the DSG reserve");
        assertThatThrownBy(() -> YearEnd.carryForwards(MonitoringSnapshot.nonDsg("t", P6,
                List.of(MonitoringLine.of("a", Gbp.zero(), Gbp.zero())), "Total")))
                .isInstanceOf(FinanceRuleException.class).hasMessageContaining("closed from its P12 snapshot");
    }
}
