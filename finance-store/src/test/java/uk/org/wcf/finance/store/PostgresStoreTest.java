package uk.org.wcf.finance.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The store's rules on PostgreSQL, each test in a new database of the server that
 * {@code WCF_STORE_TEST_POSTGRES_URL} names ({@code .ci/run} starts one). When the variable is set the server must
 * be there: a server that cannot be reached fails the tests, it never skips them.
 */
class PostgresStoreTest extends StoreSuite {

    static final String ENV = "WCF_STORE_TEST_POSTGRES_URL";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private String url;

    static String adminUrl() {
        String admin = System.getenv(ENV);
        Assumptions.assumeTrue(admin != null && !admin.isBlank(), ENV + " is not set: no PostgreSQL server to run the"
                + " store suite on (.ci/run starts one)");
        return admin;
    }

    @Override
    String newStore() throws Exception {
        String admin = adminUrl();
        String name = "wcf_test_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        }
        url = admin.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
        return url;
    }

    @Override
    String rawUrl() {
        return url;
    }

    @Test
    void anUnreachableServerIsNamedWithoutItsPassword() {
        assertThatThrownBy(() -> MonitoringStore.open("jdbc:postgresql://127.0.0.1:1/wcf?user=u&password=s3cret&connectTimeout=2"))
                .isInstanceOf(StoreException.class).hasMessageContaining("not reachable").hasMessageNotContaining("s3cret");
    }
}
