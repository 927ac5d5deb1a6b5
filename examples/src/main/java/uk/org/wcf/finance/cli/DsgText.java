package uk.org.wcf.finance.cli;

import uk.org.wcf.finance.dsg.DsgBlocks;
import uk.org.wcf.finance.dsg.DsgReserve;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.report.FigureFormat;
import uk.org.wcf.finance.report.TableText;

/** Prints the DSG reserve: opening, each movement traced to its line and period, closing, the override. */
final class DsgText {

    private DsgText() {
    }

    static String blocks(MonitoringSnapshot s, boolean markdown) {
        var t = DsgBlocks.table(s).round(RoundingPolicy.THOUSANDS);
        return markdown ? TableText.markdown(t) : TableText.text(t);
    }

    static String reserve(DsgReserve r, boolean markdown) {
        RoundingPolicy p = RoundingPolicy.THOUSANDS;
        String b = markdown ? "- " : "  ";
        StringBuilder sb = new StringBuilder();
        sb.append(markdown ? "### " : "").append("DSG reserve ").append(r.year()).append(" (£000; a deficit is negative)\n");
        if (markdown) {
            sb.append('\n');
        }
        sb.append(b).append("Opening balance: ").append(FigureFormat.PRINTED.format(p.units(r.opening()))).append('\n');
        for (DsgReserve.Movement m : r.movements()) {
            sb.append(b).append(m.description()).append(" (").append(m.line()).append(", ").append(m.period())
                    .append("): ").append(FigureFormat.PRINTED.format(p.units(m.amount()))).append('\n');
        }
        sb.append(b).append("Closing balance: ").append(FigureFormat.PRINTED.format(p.units(r.closing())))
                .append(" (opening ").append(FigureFormat.PRINTED.format(p.units(r.opening()))).append(" + carried forward ")
                .append(FigureFormat.PRINTED.format(p.units(r.movementTotal()))).append(")\n");
        sb.append(b).append(r.overrideNote()).append('\n');
        return sb.toString();
    }
}
