package uk.org.wcf.finance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.joda.money.Money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.Scope;

/** The store's rules on the embedded database (a SQLite file). */
class SqliteStoreTest extends StoreSuite {

    @TempDir
    Path dir;

    @Override
    String newStore() {
        return dir.resolve("wcf-finance.db").toString();
    }

    @Override
    String rawUrl() {
        return "jdbc:sqlite:" + dir.resolve("wcf-finance.db");
    }

    @Test
    void theEmbeddedFileIsReadableByItsOwnerOnly() throws Exception {
        store.close(nonDsg(Y2019.period(1), 1000), "p1.yaml", ANN);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("wcf-finance.db"))))
                .isEqualTo("rw-------");
        try (Connection c = DriverManager.getConnection(rawUrl());
                Statement s = c.createStatement(); var files = Files.list(dir)) {
            s.executeQuery("SELECT count(*) FROM snapshot").close();
            assertThat(Files.exists(dir.resolve("wcf-finance.db-wal"))).as("the WAL file while a connection is open").isTrue();
            files.forEach(f -> assertThat(PosixFilePermissions.toString(uncheckedPermissions(f))).as(f.toString())
                    .isEqualTo("rw-------"));
        }
    }

    private static java.util.Set<java.nio.file.attribute.PosixFilePermission> uncheckedPermissions(Path f) {
        try {
            return Files.getPosixFilePermissions(f);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aStoreWrittenBeforeLinesWereKeyedByNameKeepsItsSnapshotsWholeAndLocked() throws Exception {
        store.close();
        Path old = dir.resolve("v1.db");
        String url = "jdbc:sqlite:" + old;
        Flyway.configure(getClass().getClassLoader()).dataSource(url, null, null)
                .locations("classpath:uk/org/wcf/finance/store/migration/sqlite").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO snapshot_line VALUES (2019, 1, 'NON_DSG', 1, 0, 'Zeta', '', 0, 100, 150, 20, 'b', 'f', 'a'),"
                    + " (2019, 1, 'NON_DSG', 1, 1, 'Alpha', '', 0, 200, 210, 30, 'b', 'f', 'a')");
            s.executeUpdate("INSERT INTO snapshot (year_start, period, scope, version, title, sub_total_label, total_label,"
                    + " line_count, adjustment_count, source, closed_by, closed_at)"
                    + " VALUES (2019, 1, 'NON_DSG', 1, 'Old', '', 'Total', 2, 0, 'old.yaml', 'ann', '2026-01-01T00:00:00Z')");
        }
        store = MonitoringStore.open(old);
        StoredSnapshot p1 = store.snapshot(Y2019.period(1), Scope.NON_DSG).orElseThrow();
        assertThat(p1.snapshot().lines()).extracting(MonitoringLine::line)
                .as("in the order they were closed in").containsExactly("Zeta", "Alpha");
        assertThat(p1.snapshot().line("Alpha").orElseThrow().forecast()).isEqualTo(Money.ofMinor(Gbp.GBP, 210));
        assertThat(p1.actualsToDate().get("Zeta")).isEqualTo(Money.ofMinor(Gbp.GBP, 20));
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String sql : List.of("UPDATE snapshot_line SET forecast = 0", "DELETE FROM snapshot_line",
                    "INSERT INTO snapshot_line VALUES (2019, 1, 'NON_DSG', 1, 2, 'Extra', '', 0, 0, 0, 0, 'x', 'x', 'x')")) {
                assertThatThrownBy(() -> s.executeUpdate(sql)).as(sql)
                        .hasMessageContaining("locked");
            }
            try (ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'snapshot_line'")) {
                rs.next();
                assertThat(rs.getString(1)).contains("WITHOUT ROWID");
            }
        }
        assertThatThrownBy(() -> store.close(nonDsg(Y2019.period(1), 1000), "again", ANN))
                .isInstanceOf(StoreException.class).hasMessageContaining("is closed (version 1 by ann");
    }

    @Test
    void anotherKindOfDatabaseIsRefusedWithoutShowingItsPassword() {
        assertThatThrownBy(() -> MonitoringStore.open("jdbc:mysql://db/wcf?user=u&password=s3cret"))
                .hasMessageNotContaining("s3cret").hasMessageContaining("password=***");
    }
}
