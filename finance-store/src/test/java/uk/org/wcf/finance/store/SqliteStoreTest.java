package uk.org.wcf.finance.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(rawUrl());
                java.sql.Statement s = c.createStatement(); var files = Files.list(dir)) {
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
    void anotherKindOfDatabaseIsRefusedWithoutShowingItsPassword() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MonitoringStore.open("jdbc:mysql://db/wcf?user=u&password=s3cret"))
                .hasMessageNotContaining("s3cret").hasMessageContaining("password=***");
    }
}
