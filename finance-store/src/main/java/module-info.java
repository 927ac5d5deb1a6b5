/**
 * The monitoring year in a database: budget books, ledger batches, locked period snapshots, restatements,
 * history and year-end, on an embedded SQLite file or on PostgreSQL. JDBC drivers are found at run time.
 */
module uk.org.wcf.finance.store {
    requires transitive uk.org.wcf.finance.core;
    requires transitive java.sql;
    requires org.slf4j;
    requires flyway.core;

    exports uk.org.wcf.finance.store;

    opens uk.org.wcf.finance.store.migration.sqlite;
    opens uk.org.wcf.finance.store.migration.postgresql;
}
