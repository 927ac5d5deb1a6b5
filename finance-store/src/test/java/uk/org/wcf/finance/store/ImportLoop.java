package uk.org.wcf.finance.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.joda.money.Money;

import uk.org.wcf.finance.ledger.Actuals;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * A process that imports ledger batches into the same year as another one does: {@code StoreSuite} runs two at
 * once and checks that every batch is either stored or refused as stale, never lost.
 */
public final class ImportLoop {

    private ImportLoop() {
    }

    /**
     * @param args the store's location, this worker's number, how many batches
     */
    public static void main(String[] args) {
        int worker = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        FiscalYear y = FiscalYear.of(2040);
        try (MonitoringStore store = MonitoringStore.open(args[0])) {
            for (int i = 0; i < count; i++) {
                List<Money> months = new ArrayList<>(Collections.nCopies(12, Gbp.zero()));
                months.set(0, Gbp.pounds(1));
                try {
                    store.importBatch(y.period(1), "w" + worker + "-" + i + ".csv", String.format("%032x%032x", worker, i),
                            new Actuals(y, Map.of("Line 1", months), List.of()), Change.by("worker " + worker));
                    System.out.println("stored");
                } catch (StaleWriteException e) {
                    System.out.println("stale");
                }
            }
        }
    }
}
