package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cycle commands on the embedded store, run as a process as finance staff would. */
class CycleIT {

    @TempDir
    Path dir;

    private void copyResource(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/uk/org/wcf/finance/data/" + name)) {
            Files.copy(in, dir.resolve(name));
        }
    }

    private static String snapshot(String period, long forecast, long carried) {
        return """
                schemaVersion: 1
                title: Children's services
                period: %s
                scope: non_dsg
                unit: pounds
                totalLabel: Total WCF
                lines:
                  - line: Placements
                    netBudget: 1000
                    forecast: %d
                    adjustments:
                      - {kind: carry_forward, name: Placements underspend carried forward, amount: %d}
                  - {line: Fostering, netBudget: 500, forecast: 500}
                """.formatted(period, forecast, carried);
    }

    @Test
    void thePeriod6DsgReportFromTheStoredCycleIsThePublishedOne() throws Exception {
        copyResource("wcc-2019-20-p5-dsg.yaml");
        copyResource("wcc-2019-20-p6-dsg.yaml");
        assertThat(Cli.run(dir, "cycle", "close", "--snapshot", "wcc-2019-20-p5-dsg.yaml", "--by", "ann").exit()).isZero();
        Cli.Run close = Cli.run(dir, "cycle", "close", "--snapshot", "wcc-2019-20-p6-dsg.yaml", "--by", "ann");
        assertThat(close.exit()).as(close.err()).isZero();
        assertThat(close.out()).contains("closed 2019/20 P6 DSG (version 1, locked)");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("wcf-finance.db")))).isEqualTo("rw-------");

        Cli.Run fromStore = Cli.run(dir, "cycle", "report", "--period", "2019/20 P6", "--scope", "dsg", "--format", "csv");
        Cli.Run fromFiles = Cli.run(dir, "monitor", "--snapshot", "wcc-2019-20-p6-dsg.yaml", "--previous", "wcc-2019-20-p5-dsg.yaml",
                "--format", "csv");
        assertThat(fromStore.exit()).as(fromStore.err()).isZero();
        assertThat(fromStore.out()).isEqualTo(fromFiles.out())
                .contains("DSG - Sub Total,211012,220011,8999,-8024,0,975,0.5,975,0\n");

        Cli.Run again = Cli.run(dir, "cycle", "close", "--snapshot", "wcc-2019-20-p6-dsg.yaml");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).startsWith("wcf-finance: 2019/20 P6 DSG is closed (version 1 by ann at ")
                .endsWith("a closed period is locked; restate it with a reason\n");
    }

    @Test
    void importCloseRestateHistoryAndCloseTheYear() throws Exception {
        Files.writeString(dir.resolve("gl-p1.csv"), "date,cost_centre,subjective,amount\n2020-04-01,cc1,E1,80.00\n");
        Files.writeString(dir.resolve("map.csv"), "cost_centre,code,line\ncc1,*,Placements\n");
        Files.writeString(dir.resolve("p1.yaml"), snapshot("2020/21 P1", 960, 0));
        Files.writeString(dir.resolve("p1r.yaml"), snapshot("2020/21 P1", 990, 0));
        Files.writeString(dir.resolve("p12.yaml"), snapshot("2020/21 P12", 900, 100));
        String db = dir.resolve("store").resolve("cycle.db").toString();

        Cli.Run imp = Cli.run(dir, "cycle", "import", "--ledger", "gl-p1.csv", "--mapping", "map.csv", "--period", "2020/21 P1",
                "--db", db);
        assertThat(imp.exit()).as(imp.err()).isZero();
        assertThat(imp.out()).startsWith("imported batch 1 'gl-p1.csv' into 2020/21 P1: 1 lines, 0 unmapped");
        Files.copy(dir.resolve("gl-p1.csv"), dir.resolve("gl-p1-copy.csv"));
        Cli.Run twice = Cli.run(dir, "cycle", "import", "--ledger", "gl-p1-copy.csv", "--mapping", "map.csv", "--period",
                "2020/21 P1", "--db", db);
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).contains("the same file").contains("a ledger file is imported once");

        assertThat(Cli.run(dir, "cycle", "close", "--snapshot", "p1.yaml", "--db", db).exit()).isZero();
        Cli.Run noReason = Cli.run(dir, "cycle", "restate", "--snapshot", "p1r.yaml", "--db", db);
        assertThat(noReason.exit()).isEqualTo(2);
        Cli.Run restate = Cli.run(dir, "cycle", "restate", "--snapshot", "p1r.yaml", "--reason", "late invoice", "--db", db);
        assertThat(restate.exit()).as(restate.err()).isZero();
        assertThat(restate.out()).contains("restated 2020/21 P1 NON_DSG as version 2: late invoice");
        Cli.Run v1 = Cli.run(dir, "cycle", "report", "--period", "2020/21 P1", "--version", "1", "--format", "csv", "--db", db);
        assertThat(v1.exit()).as(v1.err()).isZero();
        assertThat(v1.out()).contains("Placements,1,1,0,0,0,0,-4.0,0,0\n");
        assertThat(Cli.run(dir, "cycle", "close", "--snapshot", "p12.yaml", "--db", db).exit()).isZero();

        Cli.Run history = Cli.run(dir, "cycle", "history", "--year", "2020/21", "--line", "Placements", "--chart", "h.svg",
                "--db", db);
        assertThat(history.exit()).as(history.err()).isZero();
        assertThat(history.out()).contains("P1,2,1,1,0,0,0\n").contains("P12,1,1,1,0,0,0\n");
        assertThat(Files.readString(dir.resolve("h.svg"))).contains("<svg");

        Cli.Run accuracy = Cli.run(dir, "cycle", "accuracy", "--year", "2020/21", "--db", db);
        assertThat(accuracy.exit()).as(accuracy.err()).isZero();
        assertThat(accuracy.out()).contains("final outturn at 2020/21 P12").contains("line,period,forecast,variance,error\n")
                .contains("Placements,P1,1,0,0\n").contains("Total,P12,1,0,0\n");

        Cli.Run year = Cli.run(dir, "cycle", "close-year", "--year", "2020/21", "--db", db);
        assertThat(year.exit()).as(year.err()).isZero();
        assertThat(year.out()).contains("carried 0 'Placements underspend carried forward' from 'Placements' 2020/21 P12 v1"
                + " -> budget of 'Placements' in 2021/22");
        Cli.Run after = Cli.run(dir, "cycle", "restate", "--snapshot", "p12.yaml", "--reason", "too late", "--db", db);
        assertThat(after.exit()).isEqualTo(2);
        assertThat(after.err()).contains("year 2020/21 is closed");
    }

    /**
     * On a PostgreSQL server that is there ({@code .ci/run} starts one and names it in
     * {@code WCF_STORE_TEST_POSTGRES_URL}): the password, given in the URL or in {@code PGPASSWORD}, appears in no
     * output or message, whether the command works or is refused.
     */
    @Test
    void aReachablePostgresStoreNeverShowsThePassword() throws Exception {
        String admin = System.getenv("WCF_STORE_TEST_POSTGRES_URL");
        org.junit.jupiter.api.Assumptions.assumeTrue(admin != null && !admin.isBlank(),
                "WCF_STORE_TEST_POSTGRES_URL is not set: no PostgreSQL server (.ci/run starts one)");
        String name = "wcf_cli_" + ProcessHandle.current().pid();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(admin); java.sql.Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name);
            st.execute("CREATE DATABASE " + name);
        }
        String url = admin.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
        String withPassword = url + (url.contains("?") ? "&" : "?") + "password=Sekr1tPassw0rd";
        Files.writeString(dir.resolve("gl-p1.csv"), "date,cost_centre,subjective,amount\n2020-04-01,cc1,E1,80.00\n");
        Files.writeString(dir.resolve("map.csv"), "cost_centre,code,line\ncc1,*,Placements\n");
        Files.writeString(dir.resolve("p1.yaml"), snapshot("2020/21 P1", 960, 0));
        java.util.List<Cli.Run> runs = new java.util.ArrayList<>();
        runs.add(Cli.run(dir, "cycle", "import", "--ledger", "gl-p1.csv", "--mapping", "map.csv", "--period", "2020/21 P1",
                "--db", withPassword));
        assertThat(runs.get(0).exit()).as(runs.get(0).err()).isZero();
        assertThat(runs.get(0).out()).contains("password=***");
        runs.add(Cli.run(dir, java.util.Map.of("PGPASSWORD", "Sekr1tPassw0rd"), "cycle", "close", "--snapshot", "p1.yaml",
                "--db", url));
        assertThat(runs.get(1).exit()).as(runs.get(1).err()).isZero();
        runs.add(Cli.run(dir, "cycle", "import", "--ledger", "gl-p1.csv", "--mapping", "map.csv", "--period", "2020/21 P1",
                "--db", withPassword));
        assertThat(runs.get(2).exit()).as("the same file again is refused").isEqualTo(2);
        runs.add(Cli.run(dir, "cycle", "close", "--snapshot", "p1.yaml", "--verbose", "--db", withPassword));
        assertThat(runs.get(3).exit()).as("a closed period is refused").isEqualTo(2);
        assertThat(runs.get(3).err()).as("with its stack trace").contains("at uk.org.wcf.finance.store.MonitoringStore");
        runs.add(Cli.run(dir, "cycle", "import", "--ledger", "gl-p1.csv", "--mapping", "map.csv", "--period", "2020/21 P2",
                "--verbose", "--db", withPassword.replace("/" + name, "/no_such_database")));
        assertThat(runs.get(4).exit()).as("a database that is not there").isEqualTo(2);
        for (Cli.Run r : runs) {
            assertThat(r.out() + r.err()).doesNotContain("Sekr1tPassw0rd");
        }
        assertThat(dir.resolve("wcf-finance.db")).doesNotExist();
    }

    @Test
    void aPostgresUrlThatCannotBeReachedIsNamedWithoutItsPassword() throws Exception {
        Cli.Run r = Cli.run(dir, "cycle", "report", "--period", "2019/20 P6", "--db",
                "jdbc:postgresql://127.0.0.1:1/wcf?user=finance&password=s3cret&connectTimeout=2");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("not reachable").doesNotContain("s3cret");
        assertThat(dir.resolve("wcf-finance.db")).doesNotExist();
        Cli.Run none = Cli.run(dir, "cycle", "history", "--year", "2019/20", "--line", "Placements");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("wcf-finance: store 'wcf-finance.db' does not exist: import a ledger batch or close a"
                + " period first, or name the store with --db\n");
        assertThat(dir.resolve("wcf-finance.db")).doesNotExist();
    }
}
