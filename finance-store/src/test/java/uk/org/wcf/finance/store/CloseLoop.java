package uk.org.wcf.finance.store;

import java.util.ArrayList;
import java.util.List;

import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * A process that closes big periods one after another until it is killed: {@code StoreSuite} kills it with
 * {@code kill -9} in the middle of a close and checks what it left behind.
 */
public final class CloseLoop {

    /** Lines per closed period. */
    static final int LINES = 3000;

    private CloseLoop() {
    }

    /**
     * @param args the store's location
     */
    public static void main(String[] args) {
        try (MonitoringStore store = MonitoringStore.open(args[0])) {
            for (int p = 1; p <= 12; p++) {
                List<MonitoringLine> lines = new ArrayList<>();
                for (int i = 0; i < LINES; i++) {
                    lines.add(MonitoringLine.of("Cost centre " + i, Gbp.pounds(1000 + i), Gbp.pounds(1000 + i + p)));
                }
                System.out.println("closing " + p);
                System.out.flush();
                store.close(MonitoringSnapshot.nonDsg("Loop", FiscalYear.of(2030).period(p), lines, "Total"), "loop",
                        Change.by("loop"));
                System.out.println("closed " + p);
                System.out.flush();
            }
        }
    }
}
