package uk.org.wcf.finance.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.report.Difference;
import uk.org.wcf.finance.report.TableCheck;
import uk.org.wcf.finance.structure.SubjectiveGroup;

/** The embedded dataset reproduces Business Plan 2020/21 Tables 1, 2 and 4 with the source's three differences. */
class WcfDataTest {

    @Test
    void loadsThe2020BudgetBook() {
        BudgetBook book = WcfData.businessPlan2020();
        assertThat(book.grossExpenditure()).isEqualTo(Gbp.thousands(115029));
        assertThat(book.grossOf(SubjectiveGroup.STAFFING)).isEqualTo(Gbp.thousands(36752));
        assertThat(book.contractSum()).isEqualTo(Gbp.thousands(114622));
        assertThat(book.councilBaseBudget()).isEqualTo(Gbp.thousands(100214));
        assertThat(WcfData.contract2019().span().months()).isEqualTo(6);
        assertThat(WcfData.contract2019().councilBaseBudget()).isEqualTo(Gbp.thousands(49808));
    }

    @Test
    void checkFindsExactlyTheThreeSourceRoundingDifferences() {
        List<TableCheck> checks = WcfData.checks(RoundingPolicy.THOUSANDS);
        assertThat(checks).hasSize(6).allMatch(TableCheck::passes);
        List<Difference> diffs = checks.stream().flatMap(c -> c.differences().stream())
                .filter(d -> d.cause() == Difference.Cause.SOURCE_ROUNDING).toList();
        assertThat(diffs).extracting(d -> d.table() + ":" + d.row() + "/" + d.column() + " model " + d.model()
                + " published " + d.published().map(String::valueOf).orElse("none") + " " + d.cause())
                .containsExactly(
                        "bp2020-table2-recurrent-operating-costs-2020-21:F/staffing model 36752 published 36753 SOURCE_ROUNDING",
                        "bp2020-table4-funding-reconciliation-2020-21:total_external_funding/amount model 14815 published 14814 SOURCE_ROUNDING",
                        "bp2020-table4-funding-reconciliation-2020-21:council_base_budget/amount model 100214 published 100215 SOURCE_ROUNDING");
    }

    @Test
    void theAccountsRollForwardAndReportTheTaxLinesSign() {
        var accounts = WcfData.accounts();
        assertThat(accounts.get(1).retainedEarningsBroughtForward()).isEqualTo(Gbp.pounds(522411));
        assertThat(accounts.get(1).retainedEarnings()).isEqualTo(Gbp.pounds(1088956));
        assertThat(accounts.get(1).balanceSheetDifference()).isEqualTo(Gbp.zero());
        assertThat(accounts.get(1).profitMargin(RoundingPolicy.POUNDS, 2)).isEqualByComparingTo("0.47");
        List<Difference> signs = WcfData.checks(RoundingPolicy.THOUSANDS).stream().flatMap(c -> c.differences().stream())
                .filter(d -> d.cause() == Difference.Cause.SOURCE_SIGN).toList();
        assertThat(signs).extracting(Difference::row, Difference::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple("tax_on_profit_on_ordinary_activities", "fy2019_20"),
                org.assertj.core.groups.Tuple.tuple("tax_on_profit_on_ordinary_activities", "fy2020_21"));
    }

    @Test
    void publishedTablesKeepTheSourcesNotes() {
        assertThat(WcfData.published("bp2020-table2-recurrent-operating-costs-2020-21").notes())
                .anyMatch(n -> n.contains("36,753"));
    }
}
