package uk.org.wcf.finance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.budget.BudgetStatus;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.monitor.Adjustment;
import uk.org.wcf.finance.monitor.Approval;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringReport;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.monitor.MonitoringText;
import uk.org.wcf.finance.plan.Plan;
import uk.org.wcf.finance.plan.PlanComparison;
import uk.org.wcf.finance.plan.StaffingInflation;
import uk.org.wcf.finance.reserve.EarmarkedReserve;
import uk.org.wcf.finance.reserve.ReserveLedger;
import uk.org.wcf.finance.structure.FundingSource;
import uk.org.wcf.finance.structure.Service;
import uk.org.wcf.finance.structure.SubjectiveGroup;
import uk.org.wcf.finance.time.FiscalYear;
import uk.org.wcf.finance.time.MonthSpan;

/** The report views: Tables 1 and 3, monitoring text and checks, plan comparisons and reserve tables. */
class ReportsTest {

    private static BudgetBook book(int year, long staffing) {
        return BudgetBook.builder(FiscalYear.of(year))
                .line(Service.standalone("A", "Resources"), SubjectiveGroup.STAFFING, Gbp.thousands(staffing))
                .line(Service.standalone("B", "Social Care"), SubjectiveGroup.OTHER_NON_STAFFING, Gbp.thousands(1000))
                .incomeOutsideContract("Fees", Gbp.thousands(10))
                .passThrough(FundingSource.OTHER_GRANTS, Gbp.thousands(100))
                .passThrough(FundingSource.of("lottery", "Lottery"), Gbp.thousands(5)).build();
    }

    @Test
    void tables1And3TakeTheirColumnsFromTheBooks() {
        BudgetBook part = book(2019, 200).withYear(FiscalYear.of(2019), MonthSpan.of(java.time.YearMonth.of(2019, 10),
                java.time.YearMonth.of(2020, 3)), BudgetStatus.AGREED);
        BudgetBook full = book(2020, 500);
        FigureTable t1 = BusinessPlanTables.table1(List.of(part, full));
        assertThat(t1.columns()).extracting(FigureTable.Column::key, FigureTable.Column::heading).containsExactly(
                org.assertj.core.groups.Tuple.tuple("fy2019_20_6_months", "2019/20 6 months"),
                org.assertj.core.groups.Tuple.tuple("fy2020_21_full_year", "2020/21 Full Year"));
        assertThat(t1.value("total", "fy2020_21_full_year")).isEqualTo(Gbp.thousands(1490));
        assertThat(t1.value("net_budget_funded_by_wcc", "fy2020_21_full_year")).isEqualTo(Gbp.thousands(1385));
        Plan plan = Plan.of(full, List.of(StaffingInflation.of(Rate.percent("2"))));
        FigureTable t3 = BusinessPlanTables.table3(plan.years());
        assertThat(t3.columns()).extracting(FigureTable.Column::key).containsExactly("fy2020_21_budget", "fy2021_22_indicative",
                "fy2022_23_indicative");
        assertThat(t3.value("C", "fy2021_22_indicative")).isEqualTo(Gbp.thousands(1510));
        FigureTable t4 = BusinessPlanTables.table4(full);
        assertThat(t4.value("lottery", "amount")).isEqualTo(Gbp.thousands(5));
        assertThat(t4.value("council_base_budget", "amount")).isEqualTo(Gbp.thousands(1385));
        assertThat(plan.toText()).contains("Table 3").contains("Staffing inflation 2% [Staffing inflation]");
        assertThat(plan.toString()).isEqualTo("Plan[2020/21 to 2022/23, 1 assumption]");
        assertThat(plan.bridge(FiscalYear.of(2020))).isEmpty();
        assertThatThrownBy(() -> plan.year(FiscalYear.of(2030))).isInstanceOf(FinanceRuleException.class)
                .hasMessageContaining("not in the plan");
        assertThat(BookSummary.text(full, RoundingPolicy.THOUSANDS))
                .contains("Budget book 2020/21 (agreed, 12 months, 2 services, 2 lines) (£000)")
                .contains("Council base budget").contains("1,385");
        assertThat(full.toString()).doesNotContain("\n").startsWith("BudgetBook[2020/21 agreed, 12 months, 2 services, 2 lines, gross expenditure £");
    }

    @Test
    void scenariosCompareYearByYear() {
        BudgetBook base = book(2020, 500);
        Plan two = Plan.of(base, List.of(StaffingInflation.of(Rate.percent("2"))));
        Plan three = Plan.of(base, List.of(StaffingInflation.of(Rate.percent("3"))));
        FigureTable c = PlanComparison.compare("2%", two, "3%", three);
        assertThat(c.value("A", "2021_22_difference")).isEqualTo(Gbp.thousands(5));
        assertThat(c.value("total", "2022_23_difference")).isEqualTo(Gbp.pounds("10250.00")); // 500,000 x (1.03^2 - 1.02^2)
        assertThat(c.title()).isEqualTo("Scenario B (3%) against A (2%)");
        assertThatThrownBy(() -> PlanComparison.compare("a", two, "b", Plan.of(base, 1, List.of())))
                .isInstanceOf(FinanceRuleException.class);
    }

    @Test
    void aMonitoringReportIsCheckedPercentagesIncludedAndPrintsInThePublishedLayout() {
        var p6 = MonitoringSnapshot.nonDsg("Services", FiscalYear.of(2020).period(6), List.of(
                new MonitoringLine("Placements", "", Gbp.thousands(1000), Gbp.thousands(1030), List.of(
                        Adjustment.carryForward("c/fwd", Gbp.thousands(-10)),
                        Adjustment.of(Adjustment.Kind.RESERVE_DRAW, "placements reserve", Gbp.thousands(-5),
                                Approval.changeRequest("CR-1", LocalDate.of(2020, 9, 1))))),
                MonitoringLine.of("Nothing", Gbp.zero(), Gbp.zero())), "Total");
        MonitoringReport r = MonitoringReport.of(p6, Map.of("Placements", Gbp.thousands(12)));
        assertThat(r.hasOtherAdjustments()).isTrue();
        assertThat(r.total().percentOfBudget(RoundingPolicy.THOUSANDS)).contains(new BigDecimal("1.5"));
        String text = MonitoringText.text(r, RoundingPolicy.THOUSANDS);
        assertThat(text).startsWith("Services, 2020/21 P6 (£000)\n").contains("Other Adj.")
                .containsPattern("Placements\\s+1,000\\s+1,030\\s+30\\s+\\(10\\)\\s+\\(5\\)\\s+15\\s+1.5\\s+12\\s+3");
        assertThat(MonitoringText.markdown(r, RoundingPolicy.THOUSANDS)).startsWith("### Services, 2020/21 P6 (£000)")
                .contains("| Placements | 1,000 | 1,030 | 30 | (10) | (5) | 15 | 1.5 | 12 | 3 |");
        assertThat(r.toText()).isEqualTo(text);
        assertThat(r.toString()).isEqualTo("MonitoringReport[" + r.title() + ", 2020/21 P6, " + r.scope() + ", " + r.rows().size()
                + " rows, Total variance £15,000.00]");
        Map<String, BigDecimal> placements = new HashMap<>(Map.of("net_budget", BigDecimal.valueOf(1000), "forecast", BigDecimal.valueOf(1030),
                "variance_before_adjustments", BigDecimal.valueOf(30), "proposed_carry_forwards", BigDecimal.valueOf(-10),
                "other_adjustments", BigDecimal.valueOf(-5), "variance_after_adjustments", BigDecimal.valueOf(15),
                "variance_after_adjustments_pct", new BigDecimal("1.6"), "variance_last_period", BigDecimal.valueOf(12),
                "change_since_last_period", BigDecimal.valueOf(3)));
        Map<String, BigDecimal> nothing = new HashMap<>(placements);
        nothing.replaceAll((k, v) -> BigDecimal.ZERO);
        nothing.remove("variance_after_adjustments_pct");
        Map<String, BigDecimal> total = new HashMap<>(placements);
        total.put("variance_after_adjustments_pct", new BigDecimal("1.5"));
        PublishedTable pub = new PublishedTable("monitor", "src", List.of(new PublishedTable.Row("Placements", "Placements", placements),
                new PublishedTable.Row("Nothing", "Nothing", nothing), new PublishedTable.Row("Total", "Total", total)), List.of());
        TableCheck c = r.check(pub, RoundingPolicy.THOUSANDS);
        assertThat(c.differences()).extracting(Difference::row, Difference::column, Difference::cause).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Placements", "variance_after_adjustments_pct", Difference.Cause.UNEXPLAINED));
        assertThat(c.differences().get(0).explanation()).isEqualTo("unexplained: published 1.6%, model 1.5%; more than half the last printed digit apart");
        assertThatThrownBy(() -> MonitoringReport.of(p6, (MonitoringSnapshot.dsg("d", FiscalYear.of(2020).period(5),
                List.of(new MonitoringLine("x", "schools", Gbp.zero(), Gbp.zero(), List.of())), MonitoringLine.of("g", Gbp.zero(), Gbp.zero()),
                "s", "t")))).isInstanceOf(FinanceRuleException.class).hasMessageContaining("is not a NON_DSG report");
    }

    @Test
    void aReserveLedgerTablesItsMovementsAndRefusesUnknownReserves() {
        Approval a = Approval.annualBudget("B", LocalDate.of(2020, 1, 30));
        ReserveLedger l = new ReserveLedger(FiscalYear.of(2020), List.of(
                EarmarkedReserve.opening("P", FiscalYear.of(2020), Gbp.thousands(100)).draw("d", Gbp.thousands(30), a, true)
                        .contribute("c", Gbp.thousands(5), a)));
        FigureTable t = l.table();
        assertThat(t.value("P", "closing")).isEqualTo(Gbp.thousands(75));
        assertThat(t.value("total", "drawdowns")).isEqualTo(Gbp.thousands(30));
        assertThat(l.nextYear().reserve("P").opening()).isEqualTo(Gbp.thousands(75));
        assertThat(l.closing()).isEqualTo(Gbp.thousands(75));
        assertThatThrownBy(() -> l.reserve("Q")).isInstanceOf(FinanceRuleException.class).hasMessage("reserve is 'Q': unknown; the reserves are [P]");
        assertThatThrownBy(() -> new ReserveLedger(FiscalYear.of(2021), l.reserves())).isInstanceOf(FinanceRuleException.class);
        assertThat(a).hasToString("annual budget B (2020-01-30)");
    }
}
