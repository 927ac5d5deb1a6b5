package uk.org.wcf.finance.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.joda.money.Money;

import uk.org.wcf.finance.ledger.Actuals;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * One of two processes working on the same year at once: an importer of ledger batches and a closer of periods.
 * {@code StoreSuite} starts one of each and checks what they leave. Each works as a person at a screen does: it
 * reads the year's revision, then writes expecting it ({@link Change#expecting(long)}); a write refused as stale
 * is printed with its message and tried again from a fresh read. Both print one line per outcome.
 *
 * <ol>
 * <li>Both say {@code ready} (a file in the folder) and wait for {@code go}.</li>
 * <li>A stale write made certain: the closer reads the revision and says {@code read}; the importer then imports
 * {@code handshake.csv} into P12 and says {@code imported}; the closer then closes P1 expecting what it read, which
 * must be refused naming that import, and says {@code refused}.</li>
 * <li>The race: the closer closes P1 to P12 one after another, and after each close waits until the importer has
 * stored one more batch (so that the two interleave however the machine schedules them); the importer imports
 * batch after batch, without waiting, batch i into period 1 + i % 12 with &pound;(i + 1) on Line 1 in that period, until the closer
 * says {@code done}. A batch for a period closed meanwhile is refused as locked (and not retried).</li>
 * </ol>
 * Lines printed: {@code stored NAME PERIOD PENCE}, {@code locked NAME PERIOD}, {@code closed PERIOD},
 * {@code stale MESSAGE}.
 */
public final class ImportCloseRace {

    /** The year both processes work on. */
    static final FiscalYear YEAR = FiscalYear.of(2050);

    private ImportCloseRace() {
    }

    /**
     * @param args {@code import} or {@code close}, the store's location, the folder the two signal each other in
     * @throws Exception when a signal cannot be read or written, or the store refuses a write for another reason
     */
    public static void main(String[] args) throws Exception {
        boolean importer = args[0].equals("import");
        Path signals = Path.of(args[2]);
        try (MonitoringStore store = MonitoringStore.open(args[1])) {
            Files.createFile(signals.resolve("ready-" + args[0]));
            await(signals.resolve("go"));
            if (importer) {
                importer(store, signals);
            } else {
                closer(store, signals);
            }
        }
    }

    private static void importer(MonitoringStore store, Path signals) throws IOException, InterruptedException {
        Change me = Change.by("importer");
        await(signals.resolve("read"));
        LedgerBatch h = store.importBatch(YEAR.period(12), "handshake.csv", String.format("%064x", 999_999),
                actuals(12, 100), me);
        System.out.println("stored " + h.sourceName() + " 12 100");
        Files.createFile(signals.resolve("imported"));
        await(signals.resolve("refused"));
        for (int i = 0; i < 2000 && !Files.exists(signals.resolve("done")); i++) {
            int period = 1 + i % 12;
            long pence = 100L * (i + 1);
            String name = "gl-" + i + ".csv";
            while (true) {
                long seen = revision(store);
                try {
                    store.importBatch(YEAR.period(period), name, String.format("%064x", i), actuals(period, pence),
                            me.expecting(seen));
                    System.out.println("stored " + name + " " + period + " " + pence);
                    break;
                } catch (StaleWriteException e) {
                    System.out.println("stale " + e.getMessage());
                } catch (StoreException e) {
                    if (!e.getMessage().contains("is locked")) {
                        throw e;
                    }
                    System.out.println("locked " + name + " " + period);
                    break;
                }
            }
            System.out.flush();
        }
    }

    private static void closer(MonitoringStore store, Path signals) throws IOException, InterruptedException {
        Change me = Change.by("closer");
        long before = revision(store);
        Files.createFile(signals.resolve("read"));
        await(signals.resolve("imported"));
        try {
            store.close(snapshot(1), "p1.yaml", me.expecting(before));
            throw new IllegalStateException("a close worked out from revision " + before + " was stored after an import");
        } catch (StaleWriteException e) {
            System.out.println("stale " + e.getMessage());
        }
        Files.createFile(signals.resolve("refused"));
        for (int p = 1; p <= 12; p++) {
            while (true) {
                long seen = revision(store);
                try {
                    store.close(snapshot(p), "p" + p + ".yaml", me.expecting(seen));
                    System.out.println("closed " + p);
                    break;
                } catch (StaleWriteException e) {
                    System.out.println("stale " + e.getMessage());
                }
            }
            System.out.flush();
            // let the importer store at least one more batch before the next close, so that the two interleave
            // however the machine schedules them (it goes on importing while this process closes)
            int batches = store.batches(YEAR).size();
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (p < 12 && store.batches(YEAR).size() == batches && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
        }
        Files.createFile(signals.resolve("done"));
    }

    private static long revision(MonitoringStore store) {
        return store.year(YEAR).map(YearState::revision).orElse(0L);
    }

    private static MonitoringSnapshot snapshot(int period) {
        return MonitoringSnapshot.nonDsg("Race", YEAR.period(period),
                List.of(MonitoringLine.of("Line 1", Gbp.thousands(1000), Gbp.thousands(1000 + period))), "Total");
    }

    private static Actuals actuals(int period, long pence) {
        List<Money> months = new ArrayList<>(Collections.nCopies(12, Gbp.zero()));
        months.set(period - 1, Money.ofMinor(Gbp.GBP, pence));
        return new Actuals(YEAR, Map.of("Line 1", months), List.of());
    }

    private static void await(Path signal) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!Files.exists(signal) && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        if (!Files.exists(signal)) {
            throw new IllegalStateException("no '" + signal.getFileName() + "' from the other process in two minutes");
        }
    }
}
