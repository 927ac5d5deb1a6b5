package uk.org.wcf.finance.dsg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.monitor.Adjustment;
import uk.org.wcf.finance.monitor.Approval;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.time.FiscalYear;

/** DSG blocks, the block summary and the Schools block cap. */
class DsgTest {

    @Test
    void blocksParseAndSumTheirLines() {
        assertThat(DsgBlock.parse(" high_needs ")).isEqualTo(DsgBlock.HIGH_NEEDS);
        assertThat(DsgBlock.HIGH_NEEDS.label()).isEqualTo("High Needs");
        assertThat(DsgBlock.CENTRAL_SCHOOL_SERVICES.code()).isEqualTo("central_school_services");
        assertThatThrownBy(() -> DsgBlock.parse("sixth_form")).isInstanceOf(FinanceRuleException.class);
        MonitoringSnapshot s = MonitoringSnapshot.dsg("DSG", FiscalYear.of(2019).period(6), List.of(
                new MonitoringLine("Formula", "schools", Gbp.thousands(100), Gbp.thousands(100), List.of()),
                new MonitoringLine("De-delegated", "schools", Gbp.thousands(5), Gbp.thousands(6), List.of()),
                new MonitoringLine("HN", "high_needs", Gbp.thousands(40), Gbp.thousands(49),
                        List.of(Adjustment.carryForward("c", Gbp.thousands(-8)), Adjustment.of(Adjustment.Kind.OTHER, "o", Gbp.thousands(-1))))),
                MonitoringLine.of("Grant", Gbp.thousands(-145), Gbp.thousands(-145)), "DSG - Sub Total", "DSG (net)");
        FigureTable t = DsgBlocks.table(s);
        assertThat(t.value("schools", "net_budget")).isEqualTo(Gbp.thousands(105));
        assertThat(t.value("schools", "variance_before_adjustments")).isEqualTo(Gbp.thousands(1));
        assertThat(t.value("high_needs", "variance_after_adjustments")).isEqualTo(Gbp.zero());
        assertThat(t.value("early_years", "net_budget")).isEqualTo(Gbp.zero());
        assertThat(t.value("total", "forecast")).isEqualTo(Gbp.thousands(155));
        assertThat(t.row("total").label()).isEqualTo("DSG - Sub Total");
        assertThatThrownBy(() -> DsgBlocks.table(MonitoringSnapshot.nonDsg("t", FiscalYear.of(2019).period(6),
                List.of(MonitoringLine.of("x", Gbp.zero(), Gbp.zero())), "T"))).isInstanceOf(FinanceRuleException.class);
    }

    @Test
    void theCapIsHalfAPercentAndApprovalMustComeFromSchoolsForumOrTheSecretaryOfState() {
        var block = Gbp.thousands(100_000);
        var within = SchoolsBlockTransfer.of(block, Gbp.thousands(500), SchoolsBlockTransfer.DEFAULT_CAP);
        assertThat(within.withinCap()).isTrue();
        assertThat(within.allowed()).isTrue();
        assertThat(within.capAmount().getAmount()).isEqualByComparingTo("500000");
        assertThat(within.explain()).isEqualTo("Transfer of 500000.00 out of a Schools block of 100000000.00 (0.5%) against a cap of 0.5%: within the cap.");
        var cr = Approval.changeRequest("CR-1", LocalDate.of(2020, 1, 1));
        var notEnough = SchoolsBlockTransfer.of(block, Gbp.thousands(600), Rate.percent("0.5"), cr);
        assertThat(notEnough.allowed()).as("a change request is not Schools Forum approval").isFalse();
        var sos = SchoolsBlockTransfer.of(block, Gbp.thousands(600), Rate.percent("0.5"),
                new Approval(Approval.Route.SECRETARY_OF_STATE, "DfE-2020-1", LocalDate.of(2020, 2, 1)));
        assertThat(sos.allowed()).isTrue();
        assertThat(sos.explain()).contains("above the cap; approved by secretary of state DfE-2020-1 (2020-02-01).");
        assertThatThrownBy(() -> SchoolsBlockTransfer.of(Gbp.zero(), Gbp.zero(), Rate.percent("0.5")))
                .isInstanceOf(FinanceRuleException.class);
    }
}
