package uk.org.wcf.finance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.joda.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import uk.org.wcf.finance.data.WcfData;
import uk.org.wcf.finance.ledger.Actuals;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.monitor.Adjustment;
import uk.org.wcf.finance.monitor.Approval;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringReport;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.monitor.Scope;
import uk.org.wcf.finance.report.Difference;
import uk.org.wcf.finance.report.TableCheck;
import uk.org.wcf.finance.time.FiscalPeriod;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * The store's rules, run the same way on each database: a subclass says where a new, empty store is.
 */
abstract class StoreSuite {

    private final AtomicInteger nextYear = new AtomicInteger(2100);

    /** A year not used yet in this store, so that each property example starts from nothing. */
    FiscalYear freshYear() {
        return FiscalYear.of(nextYear.getAndIncrement());
    }

    /** Forecasts in pence, so that the store is tested to the penny. */
    static Gen<List<Long>> pence(int min, int max) {
        return lists().of(longs().between(-5_000_000_000L, 5_000_000_000L)).ofSizeBetween(min, max);
    }

    static MonitoringSnapshot penceSnapshot(FiscalPeriod p, List<Long> forecasts, List<Long> carried) {
        List<MonitoringLine> lines = new ArrayList<>();
        for (int i = 0; i < forecasts.size(); i++) {
            long cf = i < carried.size() ? carried.get(i) : 0;
            lines.add(new MonitoringLine("Line " + (i + 1), "", Gbp.thousands(1000), Money.ofMinor(Gbp.GBP, forecasts.get(i)),
                    cf == 0 ? List.of() : List.of(Adjustment.carryForward("carry-forward " + (i + 1), Money.ofMinor(Gbp.GBP, cf)))));
        }
        return MonitoringSnapshot.nonDsg("Property", p, lines, "Total");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Test
    void aRestatementNeverChangesALockedVersion() {
        qt().withExamples(12).forAll(pence(1, 6), pence(1, 6), integers().between(1, 12)).checkAssert((first, second, p) -> {
            FiscalPeriod period = freshYear().period(p);
            StoredSnapshot v1 = store.close(penceSnapshot(period, first, List.of()), "v1", ANN);
            store.restate(penceSnapshot(period, second, first), "v2", "restated", ANN);
            store.restate(penceSnapshot(period, first, second), "v3", "restated again", ANN);
            List<StoredSnapshot> all = store.versions(period, Scope.NON_DSG);
            assertThat(all).hasSize(3);
            assertThat(all.get(0).snapshot()).isEqualTo(v1.snapshot());
            assertThat(all.get(0).reason()).isEmpty();
            assertThat(all.get(1).snapshot()).isEqualTo(penceSnapshot(period, second, first));
        });
    }

    @Test
    void historyTotalsEqualTheSnapshots() {
        qt().withExamples(8).forAll(lists().of(pence(3, 3)).ofSizeBetween(1, 6)).checkAssert(periods -> {
            FiscalYear y = freshYear();
            for (int i = 0; i < periods.size(); i++) {
                store.close(penceSnapshot(y.period(i + 1), periods.get(i), List.of(periods.get(i).get(0) / 3)), "p", ANN);
            }
            List<StoredSnapshot> snapshots = store.latestOfYear(y, Scope.NON_DSG);
            assertThat(snapshots).hasSize(periods.size());
            for (int i = 0; i < snapshots.size(); i++) {
                int k = i;
                Money total = Gbp.sum(List.of("Line 1", "Line 2", "Line 3").stream()
                        .map(l -> store.history(y, Scope.NON_DSG, l).get(k).varianceAfterAdjustments()));
                assertThat(total).isEqualTo(snapshots.get(i).snapshot().varianceAfterAdjustments());
            }
        });
    }

    @Test
    void theYearEndMovesExactlyWhatWasCarried() {
        qt().withExamples(8).forAll(pence(1, 5), pence(1, 5)).checkAssert((forecasts, carried) -> {
            FiscalYear y = freshYear();
            List<BudgetLine> next = new ArrayList<>();
            for (int i = 0; i < forecasts.size(); i++) {
                next.add(new BudgetLine(Scope.NON_DSG, "Line " + (i + 1), "", Gbp.thousands(500)));
            }
            store.recordBudget(y.next(), BudgetLine.Version.AGREED, next, ANN);
            MonitoringSnapshot p12 = penceSnapshot(y.period(12), forecasts, carried);
            store.close(p12, "p12", ANN);
            ClosedYear closed = store.closeYear(y, ANN);
            Money proposed = Gbp.sum(p12.lines().stream().map(MonitoringLine::proposedCarryForwards));
            assertThat(closed.carried()).isEqualTo(proposed);
            assertThat(Gbp.sum(store.carriedInto(y.next()).stream().map(ClosedYear.Carried::amount))).isEqualTo(proposed);
            Map<String, Money> budget = store.budget(y.next(), Scope.NON_DSG);
            for (MonitoringLine l : p12.lines()) {
                assertThat(budget.get(l.line())).isEqualTo(Gbp.thousands(500).plus(l.proposedCarryForwards()));
            }
        });
    }

    static final FiscalYear Y2019 = FiscalYear.of(2019);
    static final Change ANN = Change.by("ann");

    MonitoringStore store;

    /** @return the location of a new, empty store */
    abstract String newStore() throws Exception;

    /** @return a JDBC URL to reach the store's tables directly, as an intruder would */
    abstract String rawUrl();

    @BeforeEach
    void openStore() throws Exception {
        store = MonitoringStore.open(newStore());
    }

    @AfterEach
    void closeStore() {
        if (store != null) { // null when the PostgreSQL half was skipped for want of a server
            store.close();
        }
    }

    static MonitoringSnapshot nonDsg(FiscalPeriod p, long... forecastsThousands) {
        List<MonitoringLine> lines = new ArrayList<>();
        for (int i = 0; i < forecastsThousands.length; i++) {
            lines.add(MonitoringLine.of("Line " + (i + 1), Gbp.thousands(1000), Gbp.thousands(forecastsThousands[i])));
        }
        return MonitoringSnapshot.nonDsg("Children's services", p, lines, "Total WCF");
    }

    static Actuals actuals(FiscalYear year, String line, int period, long pounds) {
        List<Money> months = new ArrayList<>(Collections.nCopies(12, Gbp.zero()));
        months.set(period - 1, Gbp.pounds(pounds));
        return new Actuals(year, Map.of(line, months), List.of());
    }

    static String sha(int n) {
        return String.format("%064x", n);
    }

    // ---- locked periods -------------------------------------------------------------------------------------

    @Test
    void aClosedPeriodIsLockedAndTheDatabaseItselfRefusesToChangeIt() throws Exception {
        store.close(nonDsg(Y2019.period(1), 1000, 1100), "p1.yaml", ANN);
        assertThatThrownBy(() -> store.close(nonDsg(Y2019.period(1), 1000, 1200), "p1b.yaml", ANN))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("2019/20 P1 NON_DSG is closed (version 1 by ann")
                .hasMessageContaining("restate it with a reason");
        try (Connection c = DriverManager.getConnection(rawUrl()); Statement s = c.createStatement()) {
            for (String sql : List.of("UPDATE snapshot_line SET forecast = 0", "DELETE FROM snapshot_line",
                    "UPDATE snapshot SET title = 'x'", "DELETE FROM snapshot",
                    "INSERT INTO snapshot_line (year_start, period, scope, version, seq, line, line_group, is_grant,"
                            + " net_budget, forecast, actual_ytd, budget_source, forecast_source, actual_source)"
                            + " VALUES (2019, 1, 'NON_DSG', 1, 9, 'Extra', '', 0, 0, 0, 0, 'x', 'x', 'x')")) {
                assertThatThrownBy(() -> s.executeUpdate(sql)).as(sql).isInstanceOf(SQLException.class)
                        .hasMessageContaining("locked");
            }
        }
        assertThat(store.snapshot(Y2019.period(1), Scope.NON_DSG).orElseThrow().snapshot().line("Line 2").orElseThrow()
                .forecast()).isEqualTo(Gbp.thousands(1100));
    }

    @Test
    void aSnapshotIsStoredWholeOrNotAtAll() throws Exception {
        try (Connection c = DriverManager.getConnection(rawUrl()); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO snapshot (year_start, period, scope, version, title,"
                    + " sub_total_label, total_label, line_count, adjustment_count, source, closed_by, closed_at)"
                    + " VALUES (2019, 2, 'NON_DSG', 1, 't', 's', 't', 3, 0, 'x', 'x', 'x')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("all its lines");
        }
        assertThat(store.snapshot(Y2019.period(2), Scope.NON_DSG)).isEmpty();
    }

    @Test
    void aRestatementIsANewVersionWithItsReasonAndTheOldVersionStays() {
        StoredSnapshot v1 = store.close(nonDsg(Y2019.period(3), 1000, 1100), "p3.yaml", ANN);
        StoredSnapshot v2 = store.restate(nonDsg(Y2019.period(3), 1000, 1300), "p3-restated.yaml",
                "placements invoice posted late", Change.by("bob"));
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.reason()).contains("placements invoice posted late");
        List<StoredSnapshot> all = store.versions(Y2019.period(3), Scope.NON_DSG);
        assertThat(all).extracting(StoredSnapshot::version).containsExactly(1, 2);
        assertThat(all.get(0).snapshot()).isEqualTo(v1.snapshot());
        assertThat(all.get(0).closedBy()).isEqualTo("ann");
        assertThat(all.get(1).closedBy()).isEqualTo("bob");
        assertThat(store.report(Y2019.period(3), Scope.NON_DSG, OptionalLong.of(1)).total().forecast())
                .isEqualTo(Gbp.thousands(2100));
        assertThat(store.report(Y2019.period(3), Scope.NON_DSG, OptionalLong.empty()).total().forecast())
                .isEqualTo(Gbp.thousands(2300));
        assertThatThrownBy(() -> store.restate(nonDsg(Y2019.period(3), 1, 1), "x", " ", ANN))
                .hasMessageContaining("a restatement says why");
        assertThatThrownBy(() -> store.restate(nonDsg(Y2019.period(4), 1, 1), "x", "why", ANN))
                .hasMessageContaining("only a closed period is restated");
    }

    // ---- the 2019/20 DSG cycle ------------------------------------------------------------------------------

    @Test
    void thePeriod6DsgReportIsReproducedFromTheStoredCycleWithVarianceLastPeriodFromTheStoredP5() {
        MonitoringSnapshot p5 = WcfData.dsgSnapshot2019(5);
        MonitoringSnapshot p6 = WcfData.dsgSnapshot2019(6);
        List<BudgetLine> budget = new ArrayList<>();
        p6.lines().forEach(l -> budget.add(new BudgetLine(Scope.DSG, l.line(), l.group(), l.netBudget())));
        budget.add(new BudgetLine(Scope.DSG, p6.grant().orElseThrow().line(), "", p6.grant().orElseThrow().netBudget()));
        store.recordBudget(Y2019, BudgetLine.Version.AGREED, budget, ANN);
        store.close(p5, "wcc-2019-20-p5-dsg.yaml", ANN);
        store.close(p6, "wcc-2019-20-p6-dsg.yaml", ANN);

        MonitoringReport fromStore = store.report(Y2019.period(6), Scope.DSG, OptionalLong.empty());
        MonitoringReport fromFiles = WcfData.dsgReport2019P6();
        assertThat(fromStore.rows()).isEqualTo(fromFiles.rows());
        TableCheck check = fromStore.check(WcfData.published(WcfData.DSG_P6), RoundingPolicy.THOUSANDS);
        assertThat(check.differences()).extracting(Difference::cause).doesNotContain(Difference.Cause.UNEXPLAINED);
        MonitoringReport.Row highNeeds = fromStore.rows().get(1);
        assertThat(highNeeds.label()).isEqualTo("DSG - High Needs Pupils");
        assertThat(highNeeds.varianceLastPeriod()).isEqualTo(Gbp.thousands(975));
        assertThat(store.snapshot(Y2019.period(6), Scope.DSG).orElseThrow().sources().get("DSG - High Needs Pupils").budget())
                .isEqualTo("budget agreed 2019/20");

        // variance last period really is the stored P5: restating P5 moves it
        store.restate(p5.withLines(p5.lines().stream().map(l -> l.line().equals("DSG - High Needs Pupils")
                ? l.withForecast(l.forecast().plus(Gbp.thousands(100))) : l).toList()), "p5-restated.yaml",
                "late High Needs invoices", ANN);
        assertThat(store.report(Y2019.period(6), Scope.DSG, OptionalLong.empty()).rows().get(1).varianceLastPeriod())
                .isEqualTo(Gbp.thousands(1075));
    }

    // ---- ledger batches --------------------------------------------------------------------------------------

    @Test
    void theSameLedgerFileIsImportedOnceAndNoActualsGoIntoALockedPeriod() {
        store.importBatch(Y2019.period(1), "gl-p1.csv", sha(1), actuals(Y2019, "Line 1", 1, 500), ANN);
        assertThatThrownBy(() -> store.importBatch(Y2019.period(2), "copy-of-gl-p1.csv", sha(1),
                actuals(Y2019, "Line 1", 2, 7), ANN))
                .hasMessageContaining("the same file").hasMessageContaining("'gl-p1.csv' imported into 2019/20 P1 by ann")
                .hasMessageContaining("a ledger file is imported once");
        store.importBatch(Y2019.period(2), "gl-p2.csv", sha(2), actuals(Y2019, "Line 1", 2, 250), ANN);
        StoredSnapshot p2 = store.close(nonDsg(Y2019.period(2), 1000, 1000), "p2.yaml", ANN);
        assertThat(p2.actualsToDate()).containsEntry("Line 1", Gbp.pounds(750)).containsEntry("Line 2", Gbp.zero());
        assertThat(p2.sources().get("Line 1").actuals()).isEqualTo("ledger 2 batches 1 to 2, P1 to P2");
        assertThatThrownBy(() -> store.importBatch(Y2019.period(2), "gl-p2-late.csv", sha(3),
                actuals(Y2019, "Line 1", 2, 9), ANN))
                .hasMessageContaining("a closed period is locked: no actuals are imported into it");
        assertThatThrownBy(() -> store.importBatch(Y2019.period(2), "gl-p3.csv", sha(4), actuals(Y2019, "Line 1", 3, 9), ANN))
                .hasMessageContaining("holds postings up to 2019/20 P2 only");
        assertThat(store.batches(Y2019)).extracting(LedgerBatch::sourceName).containsExactly("gl-p1.csv", "gl-p2.csv");
    }

    // ---- concurrency -----------------------------------------------------------------------------------------

    @Test
    void aWriteWorkedOutFromAnOlderRevisionIsRefusedSayingWhatChangedAndWhen() {
        store.close(nonDsg(Y2019.period(1), 1000), "p1.yaml", ANN);
        long seen = store.year(Y2019).orElseThrow().revision();
        store.importBatch(Y2019.period(2), "gl-p2.csv", sha(7), actuals(Y2019, "Line 1", 2, 1), Change.by("bob"));
        assertThatThrownBy(() -> store.close(nonDsg(Y2019.period(2), 1000), "p2.yaml", ANN.expecting(seen)))
                .isInstanceOf(StaleWriteException.class)
                .hasMessageContaining("year 2019/20 is at revision " + (seen + 1) + " (import of 'gl-p2.csv' into 2019/20 P2 by bob at ")
                .hasMessageContaining("not " + seen);
        assertThat(store.snapshot(Y2019.period(2), Scope.NON_DSG)).isEmpty();
        assertThat(store.close(nonDsg(Y2019.period(2), 1000), "p2.yaml", ANN.expecting(seen + 1)).version()).isEqualTo(1);
    }

    @Test
    void concurrentImportsAndACloseOfTheSameYearLoseNoWrite() throws Exception {
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            AtomicInteger refused = new AtomicInteger();
            for (int i = 0; i < n; i++) {
                int k = i;
                done.add(pool.submit(() -> {
                    try {
                        store.importBatch(Y2019.period(5), "gl-" + k + ".csv", sha(100 + k),
                                actuals(Y2019, "Line 1", 1 + k % 4, 100), Change.by("worker " + k));
                    } catch (StaleWriteException e) {
                        refused.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            List<LedgerBatch> stored = store.batches(Y2019);
            assertThat(stored.size() + refused.get()).isEqualTo(n);
            assertThat(store.year(Y2019).orElseThrow().revision()).isEqualTo(stored.size());
            StoredSnapshot p5 = store.close(nonDsg(Y2019.period(5), 1000), "p5.yaml", ANN);
            assertThat(p5.actualsToDate().get("Line 1")).isEqualTo(Gbp.pounds(100L * stored.size()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void killingTheProcessInTheMiddleOfACloseLeavesThePreviousConsistentState() throws Exception {
        List<String> cmd = List.of(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), CloseLoop.class.getName(), rawUrl());
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String seen = "";
        try (java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            for (String l = out.readLine(); l != null; l = out.readLine()) {
                seen = l;
                if (l.equals("closing 3")) {
                    break;
                }
            }
            assertThat(seen).as("the loop's last line").isEqualTo("closing 3");
            Thread.sleep(30);
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback by the JVM
            assertThat(child.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
        FiscalYear y = FiscalYear.of(2030);
        List<StoredSnapshot> stored = store.latestOfYear(y, Scope.NON_DSG);
        assertThat(stored.size()).isBetween(2, 3);
        for (StoredSnapshot s : stored) {
            assertThat(s.snapshot().lines()).hasSize(CloseLoop.LINES);
            assertThat(s.snapshot().line("Cost centre 7").orElseThrow().forecast())
                    .isEqualTo(Gbp.pounds(1007 + s.snapshot().period().number()));
        }
        assertThat(store.year(y).orElseThrow().revision()).isEqualTo(stored.size());
        try (Connection c = DriverManager.getConnection(rawUrl()); Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM snapshot_line WHERE year_start = 2030")) {
            rs.next();
            assertThat(rs.getLong(1)).as("no line without its snapshot").isEqualTo((long) CloseLoop.LINES * stored.size());
        }
        int next = stored.size() + 1;
        assertThat(store.close(nonDsg(y.period(next), 1000), "after the kill", ANN).version()).isEqualTo(1);
    }

    @Test
    void twoProcessesImportingIntoTheSameYearLoseNoWrite() throws Exception {
        int count = 15;
        List<Process> workers = new ArrayList<>();
        for (int w = 1; w <= 2; w++) {
            workers.add(new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ImportLoop.class.getName(), rawUrl(), String.valueOf(w),
                    String.valueOf(count)).redirectErrorStream(true).start());
        }
        int stored = 0;
        int stale = 0;
        for (Process p : workers) {
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(out).isZero();
            for (String line : out.lines().toList()) {
                if (line.equals("stored")) {
                    stored++;
                } else if (line.equals("stale")) {
                    stale++;
                }
            }
        }
        assertThat(stored + stale).isEqualTo(2 * count);
        FiscalYear y = FiscalYear.of(2040);
        assertThat(store.batches(y)).hasSize(stored);
        assertThat(store.year(y).orElseThrow().revision()).isEqualTo(stored);
        assertThat(store.close(nonDsg(y.period(1), 1000), "p1", ANN).actualsToDate().get("Line 1"))
                .isEqualTo(Gbp.pounds(stored));
    }

    private static final java.util.regex.Pattern STALE = java.util.regex.Pattern.compile("year 2050/51 is at revision (\\d+)"
            + " \\((import of '([^']+)' into 2050/51 P(\\d+)|close of 2050/51 P(\\d+) NON_DSG) by (importer|closer) at (\\S+)\\),"
            + " not (\\d+): a write worked out from an older revision is refused so that no change is lost; read it again and retry");

    @Test
    void anImportAndACloseAsTwoProcessesAtOnceLoseNoWriteAndAStaleWriteSaysWhatChangedAndWhen() throws Exception {
        java.nio.file.Path signals = java.nio.file.Files.createTempDirectory("wcf-race");
        try {
            Map<String, java.nio.file.Path> out = new java.util.LinkedHashMap<>();
            List<Process> both = new ArrayList<>();
            for (String role : List.of("import", "close")) {
                out.put(role, signals.resolve(role + ".out"));
                both.add(new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), ImportCloseRace.class.getName(), role, rawUrl(),
                        signals.toString()).redirectOutput(out.get(role).toFile())
                        .redirectError(signals.resolve(role + ".err").toFile()).start());
            }
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (!(java.nio.file.Files.exists(signals.resolve("ready-import"))
                    && java.nio.file.Files.exists(signals.resolve("ready-close"))) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            java.nio.file.Files.createFile(signals.resolve("go"));
            for (Process p : both) {
                assertThat(p.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)).as("finished in three minutes").isTrue();
            }
            List<String> imports = java.nio.file.Files.readAllLines(out.get("import"));
            List<String> closes = java.nio.file.Files.readAllLines(out.get("close"));
            assertThat(both.get(0).exitValue()).as(java.nio.file.Files.readString(signals.resolve("import.err"))).isZero();
            assertThat(both.get(1).exitValue()).as(java.nio.file.Files.readString(signals.resolve("close.err"))).isZero();

            FiscalYear y = ImportCloseRace.YEAR;
            Map<String, LedgerBatch> batches = new java.util.HashMap<>();
            store.batches(y).forEach(b -> batches.put(b.sourceName(), b));
            Map<Integer, StoredSnapshot> closed = new java.util.HashMap<>();
            store.latestOfYear(y, Scope.NON_DSG).forEach(s -> closed.put(s.snapshot().period().number(), s));

            // the closer: every period closed once, after a stale write that named the import made since its read
            assertThat(closes.stream().filter(l -> l.startsWith("closed "))).containsExactly("closed 1", "closed 2",
                    "closed 3", "closed 4", "closed 5", "closed 6", "closed 7", "closed 8", "closed 9", "closed 10",
                    "closed 11", "closed 12");
            assertThat(closed.keySet()).hasSize(12);
            java.util.regex.Matcher first = STALE.matcher(closes.get(0).substring("stale ".length()));
            assertThat(first.matches()).as(closes.get(0)).isTrue();
            assertThat(first.group(3)).isEqualTo("handshake.csv");
            assertThat(first.group(8)).as("the revision the close was worked out from").isEqualTo("0");
            assertThat(java.time.Instant.parse(first.group(7))).isEqualTo(batches.get("handshake.csv").importedAt());

            // the importer: every batch stored, or refused because its period had been closed; none lost
            Map<String, Long> storedPence = new java.util.HashMap<>();
            Map<String, Integer> periodOf = new java.util.HashMap<>();
            List<String> refused = new ArrayList<>();
            int next = 0;
            for (String l : imports) {
                String[] f = l.split(" ");
                if (f[0].equals("stored")) {
                    assertThat(f[1]).isIn("gl-" + next + ".csv", "handshake.csv");
                    next += f[1].equals("handshake.csv") ? 0 : 1;
                    storedPence.put(f[1], Long.parseLong(f[3]));
                    periodOf.put(f[1], Integer.parseInt(f[2]));
                } else if (f[0].equals("locked")) {
                    assertThat(f[1]).isEqualTo("gl-" + next + ".csv");
                    next++;
                    refused.add(f[1]);
                } else {
                    assertThat(f[0]).as(l).isEqualTo("stale");
                }
            }
            assertThat(batches.keySet()).as("the batches in the store are the ones stored").isEqualTo(storedPence.keySet());
            assertThat(refused).as("no refused batch in the store").noneMatch(batches::containsKey);
            batches.forEach((name, b) -> assertThat(b.period().number()).as(name).isEqualTo(periodOf.get(name)));
            assertThat(store.year(y).orElseThrow().revision()).as("one revision per stored write")
                    .isEqualTo(batches.size() + 12L);

            // no write lost: each close has every batch stored before it (no batch of a closed period comes after)
            for (int p = 1; p <= 12; p++) {
                int period = p;
                long expected = storedPence.entrySet().stream().filter(e -> periodOf.get(e.getKey()) <= period)
                        .mapToLong(Map.Entry::getValue).sum();
                assertThat(closed.get(p).actualsToDate().get("Line 1")).as("P" + p + " actuals to date")
                        .isEqualTo(Money.ofMinor(Gbp.GBP, expected));
            }

            // every stale write, of either process, named a change that is in the store, by whom and when
            List<String> stale = new ArrayList<>();
            imports.stream().filter(l -> l.startsWith("stale ")).forEach(stale::add);
            closes.stream().filter(l -> l.startsWith("stale ")).forEach(stale::add);
            for (String l : stale) {
                java.util.regex.Matcher m = STALE.matcher(l.substring("stale ".length()));
                assertThat(m.matches()).as(l).isTrue();
                java.time.Instant when = java.time.Instant.parse(m.group(7));
                if (m.group(3) != null) {
                    LedgerBatch b = batches.get(m.group(3));
                    assertThat(b).as(l).isNotNull();
                    assertThat(b.importedAt()).as(l).isEqualTo(when);
                    assertThat(b.importedBy()).isEqualTo("importer");
                } else {
                    StoredSnapshot s = store.snapshot(y.period(Integer.parseInt(m.group(5))), Scope.NON_DSG, 1).orElseThrow();
                    assertThat(s.closedAt()).as(l).isEqualTo(when);
                    assertThat(s.closedBy()).isEqualTo("closer");
                }
            }

            // and the two did work at the same time: batches were stored between the first close and the last
            assertThat(batches.values().stream().filter(b -> b.importedAt().isAfter(closed.get(1).closedAt())
                    && b.importedAt().isBefore(closed.get(12).closedAt()))).as("batches stored while the closer worked")
                    .isNotEmpty();
        } finally {
            try (var files = java.nio.file.Files.walk(signals)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    // ---- history and accuracy --------------------------------------------------------------------------------

    @Test
    void aLinesHistoryAndForecastAccuracyShowWhenTheOverspendFirstShowed() {
        long[] placements = {1000, 990, 1010, 1020, 1050, 1060, 1080, 1090, 1100, 1100, 1110, 1120};
        for (int p = 1; p <= 12; p++) {
            store.close(nonDsg(Y2019.period(p), 1000, placements[p - 1]), "p" + p + ".yaml", ANN);
        }
        List<HistoryPoint> h = store.history(Y2019, Scope.NON_DSG, "Line 2");
        assertThat(h).hasSize(12);
        assertThat(h.get(4).varianceAfterAdjustments()).isEqualTo(Gbp.thousands(50));
        ForecastAccuracy a = store.accuracy(Y2019, Scope.NON_DSG);
        ForecastAccuracy.Line line2 = a.lines().get(1);
        assertThat(line2.finalOutturn()).isEqualTo(Gbp.thousands(1120));
        assertThat(line2.points().get(0).error()).isEqualTo(Gbp.thousands(-120));
        assertThat(line2.overspendShownFrom()).contains(Y2019.period(3));
        assertThat(a.lines().get(0).overspendShownFrom()).isEmpty();
        assertThat(a.total().finalOutturn()).isEqualTo(Gbp.thousands(2120));
        assertThat(a.total().overspendShownFrom()).contains(Y2019.period(3));
    }

    @Test
    void forecastAccuracyWaitsForTheFinalOutturn() {
        store.close(nonDsg(Y2019.period(1), 1000), "p1.yaml", ANN);
        assertThatThrownBy(() -> store.accuracy(Y2019, Scope.NON_DSG)).hasMessageContaining("known when P12 is closed");
    }

    // ---- year-end --------------------------------------------------------------------------------------------

    @Test
    void closingTheYearOpensTheNextWithCarryForwardsReservesAndNamedDifferences() {
        FiscalYear next = Y2019.next();
        store.recordBudget(next, BudgetLine.Version.AGREED, List.of(new BudgetLine(Scope.NON_DSG, "Line 1", "", Gbp.thousands(900)),
                new BudgetLine(Scope.NON_DSG, "Line 2", "", Gbp.thousands(2000))), ANN);
        MonitoringSnapshot plain = nonDsg(Y2019.period(12), 950, 1000);
        MonitoringSnapshot p12 = plain.withLines(List.of(plain.lines().get(0).withAdjustments(List.of(Adjustment.of(Adjustment.Kind.CARRY_FORWARD,
                "Underspend carried to 2020/21", Gbp.thousands(50), Approval.changeRequest("CR-2020-001",
                        LocalDate.of(2020, 4, 20))))), plain.lines().get(1)));
        store.close(p12, "p12.yaml", ANN);
        store.close(WcfData.dsgSnapshot2019(6).withPeriod(Y2019.period(12)), "dsg-outturn.yaml", ANN);
        store.openDsgReserve(Y2019, WcfData.DSG_DEFICIT_APRIL_2019.negated(), "scrutiny panel, 13 November 2019", ANN);
        store.recordReserves(WcfData.reserves(Y2019), "wcf-reserves.csv", ANN);
        store.recordReserves(WcfData.reserves(next), "wcf-reserves.csv", ANN);

        ClosedYear y = store.closeYear(Y2019, ANN);

        assertThat(y.carryForwards()).extracting(ClosedYear.Carried::destination)
                .contains("budget of 'Line 1' in 2020/21", MonitoringStore.DSG_RESERVE);
        assertThat(y.closing()).containsEntry(MonitoringStore.DSG_RESERVE, Gbp.thousands(-8657))
                .containsEntry("Placements risk (looked after children)", Gbp.thousands(1100));
        assertThat(y.nextOpening()).containsEntry(MonitoringStore.DSG_RESERVE, Gbp.thousands(-8657))
                .containsEntry("Placements risk (looked after children)", Gbp.thousands(1100))
                .containsEntry("Children's services reserves (not itemised in the source)", Gbp.thousands(934));
        assertThat(y.notes()).contains("'Children's services reserves (not itemised in the source)' is new in 2020/21: it opens"
                + " at 934, not carried from 2019/20", "earmarked reserves close 2019/20 at 1,100 and open 2020/21 at 2,034:"
                + " the difference of 934 is 'Children's services reserves (not itemised in the source)' (934, new in 2020/21)");
        assertThat(store.budget(next, Scope.NON_DSG)).containsEntry("Line 1", Gbp.thousands(950));
        assertThat(store.carriedInto(next)).hasSize(y.carryForwards().size())
                .anySatisfy(c -> assertThat(c.from()).isEqualTo(Y2019.period(12)));
        assertThat(store.reserveBalances(next)).containsEntry(MonitoringStore.DSG_RESERVE, Gbp.thousands(-8657));
        assertThatThrownBy(() -> store.closeYear(Y2019, ANN)).hasMessageContaining("year 2019/20 is closed");
        assertThatThrownBy(() -> store.restate(p12, "x", "after the year-end", ANN)).hasMessageContaining("is closed");
        // next year's P1 budget has the carry-forward in, traced
        StoredSnapshot p1 = store.close(nonDsg(next.period(1), 950, 2000), "2020-p1.yaml", ANN);
        assertThat(p1.snapshot().line("Line 1").orElseThrow().netBudget()).isEqualTo(Gbp.thousands(950));
        assertThat(p1.sources().get("Line 1").budget()).isEqualTo("budget agreed 2020/21 + carry-forward from 2019/20 P12 v1");
    }

    @Test
    void aYearIsClosedFromItsP12() {
        store.close(nonDsg(Y2019.period(11), 1000), "p11.yaml", ANN);
        assertThatThrownBy(() -> store.closeYear(Y2019, ANN)).hasMessageContaining("a year is closed from its P12 snapshot");
        assertThat(store.year(Y2019).orElseThrow().closed()).isFalse();
    }

    @Test
    void virementsMoveBudgetBetweenLinesWithTheirApproval() {
        store.recordBudget(Y2019, BudgetLine.Version.AGREED, List.of(new BudgetLine(Scope.NON_DSG, "Line 1", "", Gbp.thousands(1000)),
                new BudgetLine(Scope.NON_DSG, "Line 2", "", Gbp.thousands(1000))), ANN);
        store.recordVirement(Y2019, Scope.NON_DSG, "Line 1", "Line 2", Gbp.thousands(30),
                Approval.changeRequest("CR-2019-7", LocalDate.of(2019, 9, 1)), ANN);
        store.recordBudget(Y2019, BudgetLine.Version.AGREED, List.of(new BudgetLine(Scope.DSG, "High Needs", "high_needs",
                Gbp.thousands(43442))), ANN);
        assertThatThrownBy(() -> store.recordBudget(Y2019, BudgetLine.Version.AGREED, List.of(new BudgetLine(Scope.NON_DSG,
                "Line 3", "", Gbp.thousands(1))), ANN))
                .hasMessageContaining("budget agreed of 2019/20 NON_DSG is already stored: a stored budget book is never replaced");
        StoredSnapshot s = store.close(nonDsg(Y2019.period(6), 1000, 1000), "p6.yaml", ANN);
        assertThat(s.snapshot().line("Line 2").orElseThrow().netBudget()).isEqualTo(Gbp.thousands(1030));
        assertThat(s.sources().get("Line 2").budget()).isEqualTo("budget agreed 2019/20 + virement CR-2019-7");
        assertThat(Gbp.sum(s.snapshot().lines().stream().map(MonitoringLine::netBudget))).isEqualTo(Gbp.thousands(2000));
    }

    @Test
    void aReportOfAnUnclosedPeriodIsRefused() {
        assertThatThrownBy(() -> store.report(Y2019.period(4), Scope.DSG, OptionalLong.empty()))
                .hasMessageContaining("close the period first");
        assertThat(store.snapshot(Y2019.period(4), Scope.DSG, 1)).isEqualTo(Optional.empty());
    }
}
