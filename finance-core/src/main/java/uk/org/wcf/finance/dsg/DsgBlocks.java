package uk.org.wcf.finance.dsg;

import java.util.List;
import java.util.function.Function;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.monitor.Scope;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.report.Term;

/** A DSG snapshot summed by block: Schools, Central School Services, High Needs and Early Years. */
public final class DsgBlocks {

    private DsgBlocks() {
    }

    /**
     * @param snapshot a DSG snapshot
     * @return net budget, forecast and variances by block, with the sub-total (the table checks every identity)
     */
    public static FigureTable table(MonitoringSnapshot snapshot) {
        if (snapshot.scope() != Scope.DSG) {
            throw new FinanceRuleException("snapshot " + snapshot.period(), "non-DSG", "only a DSG report has blocks");
        }
        FigureTable.Builder b = FigureTable.builder("dsg-blocks", "DSG by block, " + snapshot.period())
                .column("net_budget", "Net Budget").column("forecast", "Forecast")
                .totalColumn("variance_before_adjustments", "Variance before Adj.", Term.plus("forecast"), Term.minus("net_budget"))
                .column("proposed_carry_forwards", "Proposed C/Fwds").column("other_adjustments", "Other Adj.")
                .totalColumn("variance_after_adjustments", "Variance after Adj.", Term.plus("variance_before_adjustments"),
                        Term.plus("proposed_carry_forwards"), Term.plus("other_adjustments"));
        for (DsgBlock block : DsgBlock.values()) {
            var lines = snapshot.lines().stream().filter(l -> l.group().equals(block.code())).toList();
            b.row(block.code(), "", block.label(), sum(lines, MonitoringLine::netBudget), sum(lines, MonitoringLine::forecast),
                    sum(lines, MonitoringLine::proposedCarryForwards), sum(lines, MonitoringLine::otherAdjustments));
        }
        return b.totalOfRows("total", "", snapshot.subTotalLabel()).build();
    }

    private static Money sum(List<MonitoringLine> lines, Function<MonitoringLine, Money> f) {
        return Gbp.sum(lines.stream().map(f));
    }
}
