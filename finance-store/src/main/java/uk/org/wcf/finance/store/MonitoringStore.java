// Over 400 lines: this is the store's one public entry point (services and the CLI call it), and each public
// method is one transaction of the monitoring cycle with its checks and messages (budgets, import, close, restate,
// report queries, reserves and year-end). The row mapping is in StoreRows. Splitting the operations into one
// package-private class per job behind this facade is still to do (issue #16).
package uk.org.wcf.finance.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.joda.money.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.org.wcf.finance.dsg.DsgReserve;
import uk.org.wcf.finance.ledger.Actuals;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.Approval;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringReport;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.monitor.Scope;
import uk.org.wcf.finance.reserve.EarmarkedReserve;
import uk.org.wcf.finance.reserve.ReserveLedger;
import uk.org.wcf.finance.reserve.ReserveMovement;
import uk.org.wcf.finance.store.internal.ConnectionPool;
import uk.org.wcf.finance.store.internal.Database;
import uk.org.wcf.finance.store.internal.StoreDataSource;
import uk.org.wcf.finance.time.FiscalPeriod;
import uk.org.wcf.finance.time.FiscalYear;

import static uk.org.wcf.finance.store.StoreRows.*;

/**
 * The monitoring year in a database, embedded (a SQLite file) or PostgreSQL: budget books and virements, ledger
 * batches, period closes that store and lock a snapshot, restatements as new versions, the report of a period
 * with "variance last period" from the stored previous period, history, forecast accuracy and the year-end.
 *
 * <p>Every write runs in one transaction that first moves the year's revision on: two processes writing the same
 * year never lose a write (the later one waits, or is refused as stale when it was worked out from an older
 * revision: {@link Change#expecting(long)}). Locked rows are refused by the database's own triggers as well as
 * here. SQL goes through prepared statements only; messages never show credentials.
 *
 * <p>Thread-safe: each call borrows a connection of its own from the store's pool, and gives it back when done;
 * {@link #close()} closes them.
 */
public final class MonitoringStore implements AutoCloseable {

    /** The embedded store's file name when none is given: {@value}, in the working directory. */
    public static final String DEFAULT_FILE = "wcf-finance.db";

    /** The name of the DSG reserve in the store. */
    public static final String DSG_RESERVE = "DSG reserve";

    private static final Logger LOG = LoggerFactory.getLogger(MonitoringStore.class);

    private final Database db;
    private final ConnectionPool pool;

    private MonitoringStore(Database db, ConnectionPool pool) {
        this.db = db;
        this.pool = pool;
    }

    /**
     * Opens a store, creating it (an embedded file readable by its owner only) or migrating its schema to this
     * version as needed.
     *
     * @param location a file path or {@code jdbc:sqlite:FILE} for the embedded database, or a
     *        {@code jdbc:postgresql://} URL (a user and password not in it come from {@code PGUSER} and
     *        {@code PGPASSWORD})
     * @return the store
     * @throws StoreException when the database cannot be reached or migrated (the message has no credentials)
     */
    public static MonitoringStore open(String location) {
        Database db;
        try {
            db = Database.of(location);
        } catch (IllegalArgumentException e) {
            throw new StoreException("database", location.startsWith("jdbc:") ? Database.redact(location) : location,
                    "the store runs on an embedded file (a path, or jdbc:sqlite:FILE) or on jdbc:postgresql://");
        }
        db.createPrivateFile();
        ConnectionPool pool = new ConnectionPool(db);
        try {
            Connection c = pool.borrow();
            LOG.debug("opened {} ({})", db.redacted(), c.getMetaData().getDatabaseProductVersion());
            pool.giveBack(c, true);
        } catch (SQLException e) {
            pool.close();
            throw new StoreException("database " + db.redacted(), "not reachable", safe(e, db));
        }
        try {
            Flyway.configure(MonitoringStore.class.getClassLoader())
                    .dataSource(new StoreDataSource(db))
                    .locations(db.kind().migrations())
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new StoreException("schema of " + db.redacted(), "not migrated", safe(e, db));
        }
        return new MonitoringStore(db, pool);
    }

    /**
     * @param file the embedded database file
     * @return the store
     */
    public static MonitoringStore open(Path file) {
        return open(file.toString());
    }

    /** @return the database, credentials hidden */
    public String location() {
        return db.redacted();
    }

    /** @return true when the store is the embedded database */
    public boolean embedded() {
        return db.kind() == Database.Kind.SQLITE;
    }

    /**
     * Closes the store's connections (for the embedded database, the last one to close folds the write-ahead log
     * into the database file). The store is not used after this.
     */
    @Override
    public void close() {
        pool.close();
    }

    // ---- years -----------------------------------------------------------------------------------------------

    /**
     * @param year a year
     * @return its state, or empty when nothing has been stored for it
     */
    public Optional<YearState> year(FiscalYear year) {
        return read(c -> yearState(c, year));
    }

    // ---- budgets ---------------------------------------------------------------------------------------------

    /**
     * Stores a year's budget book (one version of it: agreed, then revised).
     *
     * @param year the year
     * @param version agreed or revised
     * @param lines the lines
     * @param change who stores it
     * @return the year's state after the write
     */
    public YearState recordBudget(FiscalYear year, BudgetLine.Version version, List<BudgetLine> lines, Change change) {
        return write(year, change, "budget " + version.name().toLowerCase(java.util.Locale.ROOT) + " (" + lines.size()
                + " lines)", (c, at) -> {
                    try (PreparedStatement exists = c.prepareStatement(
                            "SELECT count(*) FROM budget_line WHERE year_start = ? AND version = ? AND scope = ?")) {
                        for (Scope scope : lines.stream().map(BudgetLine::scope).distinct().toList()) {
                            exists.setInt(1, year.startYear());
                            exists.setString(2, version.name().toLowerCase(java.util.Locale.ROOT));
                            exists.setString(3, scope.name());
                            if (count(exists) > 0) {
                                throw new StoreException("budget " + version.name().toLowerCase(java.util.Locale.ROOT) + " of "
                                        + year + " " + scope, "already stored",
                                        "a stored budget book is never replaced; record a revised version");
                            }
                        }
                    }
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO budget_line (year_start, version, scope, line,"
                            + " line_group, net_budget, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                        for (BudgetLine l : lines) {
                            ps.setInt(1, year.startYear());
                            ps.setString(2, version.name().toLowerCase(java.util.Locale.ROOT));
                            ps.setString(3, l.scope().name());
                            ps.setString(4, l.line());
                            ps.setString(5, l.group());
                            ps.setLong(6, pence(l.netBudget()));
                            ps.setString(7, change.by());
                            ps.setString(8, at.toString());
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                    return null;
                });
    }

    /**
     * Records a virement: budget moved from one line to another of the same scope, with its approval.
     *
     * @param year the year
     * @param scope DSG or non-DSG
     * @param from the line that gives
     * @param to the line that receives
     * @param amount a positive amount
     * @param approval who agreed it
     * @param change who records it
     * @return the year's state after the write
     */
    public YearState recordVirement(FiscalYear year, Scope scope, String from, String to, Money amount, Approval approval,
            Change change) {
        if (!amount.isPositive()) {
            throw new StoreException("virement from '" + from + "' to '" + to + "'", amount, "a virement moves a positive amount");
        }
        return write(year, change, "virement " + approval.reference(), (c, at) -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO virement (year_start, scope, from_line, to_line,"
                    + " amount, route, reference, approved_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setInt(1, year.startYear());
                ps.setString(2, scope.name());
                ps.setString(3, from);
                ps.setString(4, to);
                ps.setLong(5, pence(amount));
                ps.setString(6, approval.route().name());
                ps.setString(7, approval.reference());
                ps.setString(8, approval.date().toString());
                ps.setString(9, change.by());
                ps.setString(10, at.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    // ---- ledger batches --------------------------------------------------------------------------------------

    /**
     * Imports a ledger batch into a period: the actuals by line of every period up to and including it. The same
     * file (by checksum) is never imported twice, and no actuals go into a closed (locked) period.
     *
     * @param period the period the batch is for
     * @param sourceName the file's name
     * @param sha256 the file's SHA-256 in lower-case hex
     * @param actuals the actuals read from the file
     * @param change who imports it
     * @return the batch
     */
    public LedgerBatch importBatch(FiscalPeriod period, String sourceName, String sha256, Actuals actuals, Change change) {
        if (!actuals.year().equals(period.year())) {
            throw new StoreException("ledger '" + sourceName + "'", "of " + actuals.year(), "a batch for " + period
                    + " holds actuals of " + period.year());
        }
        actuals.lines().forEach((line, amounts) -> {
            for (int p = period.number() + 1; p <= 12; p++) {
                if (!amounts.get(p - 1).isZero()) {
                    throw new StoreException("ledger '" + sourceName + "', line '" + line + "'", "has postings in P" + p,
                            "a batch for " + period + " holds postings up to " + period + " only");
                }
            }
        });
        return write(period.year(), change, "import of '" + sourceName + "' into " + period, (c, at) -> {
            try (PreparedStatement dup = c.prepareStatement(
                    "SELECT id, year_start, period, source_name, imported_by, imported_at FROM ledger_batch WHERE sha256 = ?")) {
                dup.setString(1, sha256);
                try (ResultSet rs = dup.executeQuery()) {
                    if (rs.next()) {
                        throw new StoreException("ledger '" + sourceName + "'", "the same file (SHA-256 " + sha256.substring(0, 12)
                                + "...) as batch " + rs.getLong(1) + " '" + rs.getString(4) + "' imported into "
                                + FiscalYear.of(rs.getInt(2)).period(rs.getInt(3)) + " by " + rs.getString(5) + " at "
                                + rs.getString(6), "a ledger file is imported once");
                    }
                }
            }
            List<Integer> locked = new ArrayList<>();
            for (int p = 1; p <= period.number(); p++) {
                latestHeader(c, period.year().period(p), null).ifPresent(h -> locked.add(h.period()));
            }
            for (Map.Entry<String, List<Money>> e : actuals.lines().entrySet()) {
                for (int p : locked) {
                    if (!e.getValue().get(p - 1).isZero()) {
                        throw new StoreException(period.year().period(p).toString(), "closed",
                                "a closed period is locked: no actuals are imported into it (ledger '" + sourceName
                                        + "' has postings for '" + e.getKey() + "' in P" + p + ")");
                    }
                }
            }
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ledger_batch (year_start, period, source_name, sha256,"
                    + " lines, unmapped, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                ps.setInt(1, period.year().startYear());
                ps.setInt(2, period.number());
                ps.setString(3, sourceName);
                ps.setString(4, sha256);
                ps.setInt(5, actuals.lines().size());
                ps.setInt(6, actuals.unmapped().size());
                ps.setString(7, change.by());
                ps.setString(8, at.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO actual (batch_id, year_start, period, line, amount) VALUES (?, ?, ?, ?, ?)")) {
                int n = 0;
                for (Map.Entry<String, List<Money>> e : actuals.lines().entrySet()) {
                    for (int p = 1; p <= period.number(); p++) {
                        Money m = e.getValue().get(p - 1);
                        if (m.isZero()) {
                            continue;
                        }
                        ps.setLong(1, id);
                        ps.setInt(2, period.year().startYear());
                        ps.setInt(3, p);
                        ps.setString(4, e.getKey());
                        ps.setLong(5, pence(m));
                        ps.addBatch();
                        if (++n % 1000 == 0) {
                            ps.executeBatch();
                        }
                    }
                }
                ps.executeBatch();
            }
            return new LedgerBatch(id, period, sourceName, sha256, actuals.lines().size(), actuals.unmapped().size(),
                    change.by(), at);
        });
    }

    /**
     * @param year a year
     * @return its ledger batches, in import order
     */
    public List<LedgerBatch> batches(FiscalYear year) {
        return read(c -> {
            List<LedgerBatch> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, period, source_name, sha256, lines, unmapped, imported_by,"
                    + " imported_at FROM ledger_batch WHERE year_start = ? ORDER BY id")) {
                ps.setInt(1, year.startYear());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new LedgerBatch(rs.getLong(1), year.period(rs.getInt(2)), rs.getString(3), rs.getString(4),
                                rs.getInt(5), rs.getInt(6), rs.getString(7), Instant.parse(rs.getString(8))));
                    }
                }
            }
            return out;
        });
    }

    // ---- closing and restating -------------------------------------------------------------------------------

    /**
     * Closes a period: stores its snapshot and locks it. Each line's budget comes from the stored budget book
     * (with virements and carry-forwards in) where the line has one, else from the given snapshot; the forecast
     * and adjustments from the given snapshot; the actuals to date from the stored ledger batches. Where each
     * figure came from is stored with it.
     *
     * @param position the period's forecasts and adjustments
     * @param source what they were read from (a file name, a service)
     * @param change who closes it
     * @return the stored, locked snapshot (version 1)
     * @throws StoreException when the period is closed already (restate it instead)
     */
    public StoredSnapshot close(MonitoringSnapshot position, String source, Change change) {
        FiscalPeriod period = position.period();
        return write(period.year(), change, "close of " + period + " " + position.scope(), (c, at) -> {
            Optional<Header> locked = latestHeader(c, period, position.scope());
            if (locked.isPresent()) {
                Header h = locked.get();
                throw new StoreException(period + " " + position.scope(), "closed (version " + h.version() + " by " + h.by()
                        + " at " + h.at() + ")", "a closed period is locked; restate it with a reason");
            }
            return store(c, position, 1, null, source, change.by(), at);
        });
    }

    /**
     * Restates a closed period: a new version with its reason, who and when; the older versions stay as they
     * were and reports can show any of them.
     *
     * @param position the restated forecasts and adjustments
     * @param source what they were read from
     * @param reason why (required)
     * @param change who restates it
     * @return the new version
     */
    public StoredSnapshot restate(MonitoringSnapshot position, String source, String reason, Change change) {
        if (reason == null || reason.isBlank()) {
            throw new StoreException("restatement of " + position.period(), "without a reason", "a restatement says why");
        }
        FiscalPeriod period = position.period();
        return write(period.year(), change, "restatement of " + period + " " + position.scope(), (c, at) -> {
            Header h = latestHeader(c, period, position.scope()).orElseThrow(() -> new StoreException(
                    period + " " + position.scope(), "not closed", "only a closed period is restated; close it first"));
            return store(c, position, h.version() + 1, reason.strip(), source, change.by(), at);
        });
    }

    /**
     * @param period a period
     * @param scope DSG or non-DSG
     * @return its latest stored version, or empty when it is not closed
     */
    public Optional<StoredSnapshot> snapshot(FiscalPeriod period, Scope scope) {
        return read(c -> {
            Optional<Header> h = latestHeader(c, period, scope);
            return h.isEmpty() ? Optional.empty() : Optional.of(load(c, h.get()));
        });
    }

    /**
     * @param period a period
     * @param scope DSG or non-DSG
     * @param version a version
     * @return that version, or empty
     */
    public Optional<StoredSnapshot> snapshot(FiscalPeriod period, Scope scope, int version) {
        return read(c -> {
            Optional<Header> h = header(c, period, scope, version);
            return h.isEmpty() ? Optional.empty() : Optional.of(load(c, h.get()));
        });
    }

    /**
     * @param period a period
     * @param scope DSG or non-DSG
     * @return every stored version, oldest first
     */
    public List<StoredSnapshot> versions(FiscalPeriod period, Scope scope) {
        return read(c -> {
            List<StoredSnapshot> out = new ArrayList<>();
            for (int v = 1;; v++) {
                Optional<Header> h = header(c, period, scope, v);
                if (h.isEmpty()) {
                    return out;
                }
                out.add(load(c, h.get()));
            }
        });
    }

    /**
     * The report for a closed period, "variance last period" from the stored, locked previous period (its latest
     * version).
     *
     * @param period the period
     * @param scope DSG or non-DSG
     * @param version the version of the period to show, or empty for the latest
     * @return the report
     */
    public MonitoringReport report(FiscalPeriod period, Scope scope, OptionalLong version) {
        StoredSnapshot now = (version.isPresent() ? snapshot(period, scope, (int) version.getAsLong())
                : snapshot(period, scope)).orElseThrow(() -> new StoreException(period + " " + scope,
                        version.isPresent() ? "without version " + version.getAsLong() : "not closed",
                        "a report is made from a stored snapshot; close the period first"));
        Optional<MonitoringSnapshot> previous = period.number() == 1 ? Optional.empty()
                : snapshot(period.previous(), scope).map(StoredSnapshot::snapshot);
        return previous.map(p -> MonitoringReport.of(now.snapshot(), p)).orElseGet(() -> MonitoringReport.of(now.snapshot()));
    }

    // ---- history ---------------------------------------------------------------------------------------------

    /**
     * A line's budget, forecast, actuals and variance at each closed period of a year (latest versions).
     *
     * @param year the year
     * @param scope DSG or non-DSG
     * @param line the line (the grant line included)
     * @return one point per closed period that has the line, in period order
     */
    public List<HistoryPoint> history(FiscalYear year, Scope scope, String line) {
        List<HistoryPoint> out = new ArrayList<>();
        for (StoredSnapshot s : latestOfYear(year, scope)) {
            s.snapshot().line(line).ifPresent(l -> out.add(new HistoryPoint(s.snapshot().period(), s.version(),
                    l.netBudget(), l.forecast(), s.actualsToDate().getOrDefault(line, Gbp.zero()),
                    l.varianceAfterAdjustments())));
        }
        return out;
    }

    /**
     * The latest version of every closed period of a year.
     *
     * @param year the year
     * @param scope DSG or non-DSG
     * @return the snapshots in period order
     */
    public List<StoredSnapshot> latestOfYear(FiscalYear year, Scope scope) {
        return read(c -> {
            List<StoredSnapshot> out = new ArrayList<>();
            for (int p = 1; p <= 12; p++) {
                Optional<Header> h = latestHeader(c, year.period(p), scope);
                if (h.isPresent()) {
                    out.add(load(c, h.get()));
                }
            }
            return out;
        });
    }

    /**
     * Each closed period's forecast outturn against the final (P12) outturn, per line and in total.
     *
     * @param year the year
     * @param scope DSG or non-DSG
     * @return the accuracy
     * @throws StoreException when P12 is not closed yet
     */
    public ForecastAccuracy accuracy(FiscalYear year, Scope scope) {
        List<StoredSnapshot> all = latestOfYear(year, scope);
        if (all.isEmpty() || all.get(all.size() - 1).snapshot().period().number() != 12) {
            throw new StoreException(year.period(12) + " " + scope, "not closed",
                    "forecast accuracy compares each forecast with the final outturn, known when P12 is closed");
        }
        MonitoringSnapshot last = all.get(all.size() - 1).snapshot();
        List<ForecastAccuracy.Line> lines = new ArrayList<>();
        List<ForecastAccuracy.Point> total = new ArrayList<>();
        Money finalTotal = Gbp.sum(last.lines().stream().map(MonitoringLine::forecast));
        for (MonitoringLine fin : last.lines()) {
            List<ForecastAccuracy.Point> points = new ArrayList<>();
            for (StoredSnapshot s : all) {
                s.snapshot().line(fin.line()).ifPresent(l -> points.add(new ForecastAccuracy.Point(s.snapshot().period(),
                        l.forecast(), l.varianceBeforeAdjustments(), l.forecast().minus(fin.forecast()))));
            }
            lines.add(ForecastAccuracy.Line.of(fin.line(), points));
        }
        for (StoredSnapshot s : all) {
            Money f = Gbp.sum(s.snapshot().lines().stream().map(MonitoringLine::forecast));
            Money b = Gbp.sum(s.snapshot().lines().stream().map(MonitoringLine::netBudget));
            total.add(new ForecastAccuracy.Point(s.snapshot().period(), f, f.minus(b), f.minus(finalTotal)));
        }
        return new ForecastAccuracy(last.period(), lines, ForecastAccuracy.Line.of("Total", total));
    }

    // ---- reserves and year-end -------------------------------------------------------------------------------

    /**
     * Records a year's earmarked reserves: each reserve's opening balance and its movements.
     *
     * @param ledger the reserves of a year
     * @param source where the figures come from
     * @param change who records them
     * @return the year's state after the write
     */
    public YearState recordReserves(ReserveLedger ledger, String source, Change change) {
        return write(ledger.year(), change, "reserves (" + ledger.reserves().size() + ")", (c, at) -> {
            for (EarmarkedReserve r : ledger.reserves()) {
                insertReserve(c, ledger.year(), r.name(), "earmarked", r.opening(), source);
                for (ReserveMovement m : r.movements()) {
                    insertMovement(c, ledger.year(), r.name(), m.description() + " (" + m.approval() + ")",
                            m.signedAmount(), null, null, change.by(), at);
                }
            }
            return null;
        });
    }

    /**
     * Records the DSG reserve's opening balance for a year.
     *
     * @param year the year
     * @param opening the opening balance (negative for a deficit)
     * @param source where the figure comes from
     * @param change who records it
     * @return the year's state after the write
     */
    public YearState openDsgReserve(FiscalYear year, Money opening, String source, Change change) {
        return write(year, change, "DSG reserve opening", (c, at) -> {
            insertReserve(c, year, DSG_RESERVE, "dsg", opening, source);
            return null;
        });
    }

    /**
     * Each reserve's balance: opening plus movements so far.
     *
     * @param year the year
     * @return balance by reserve name
     */
    public Map<String, Money> reserveBalances(FiscalYear year) {
        return read(c -> balances(c, year));
    }

    /**
     * Closes a year into the next, from each scope's latest P12 snapshot: proposed non-DSG carry-forwards become
     * next year's budget adjustments of their lines; DSG carry-forwards move to the DSG reserve; every reserve's
     * closing balance is the next year's opening, and a next-year opening already recorded that differs (or a
     * reserve new next year) is named in a note. The year is then closed: nothing of it changes again.
     *
     * @param year the year
     * @param change who closes it
     * @return what moved
     */
    public ClosedYear closeYear(FiscalYear year, Change change) {
        FiscalYear next = year.next();
        ClosedYear done = write(year, change, "year-end of " + year, (c, at) -> {
            List<ClosedYear.Carried> carried = new ArrayList<>();
            boolean any = false;
            for (Scope scope : Scope.values()) {
                Optional<Header> h = latestHeader(c, year.period(12), scope);
                if (h.isEmpty()) {
                    if (hasAnySnapshot(c, year, scope)) {
                        throw new StoreException(year.period(12) + " " + scope, "not closed", "a year is closed from its P12 snapshot");
                    }
                    continue;
                }
                any = true;
                StoredSnapshot p12 = load(c, h.get());
                if (scope == Scope.NON_DSG) {
                    for (uk.org.wcf.finance.monitor.YearEnd.CarryForward cf
                            : uk.org.wcf.finance.monitor.YearEnd.carryForwards(p12.snapshot())) {
                        carried.add(new ClosedYear.Carried(cf.line(), cf.name(), cf.from(), p12.version(), cf.amount(),
                                "budget of '" + cf.line() + "' in " + next));
                    }
                } else {
                    Money opening = balances(c, year).get(DSG_RESERVE);
                    if (opening == null) {
                        throw new StoreException("DSG reserve of " + year, "without an opening balance",
                                "record the DSG reserve's opening before closing the year");
                    }
                    DsgReserve moved = DsgReserve.opening(year, opening, LocalDate.MAX).withCarryForwardsFrom(p12.snapshot());
                    for (DsgReserve.Movement m : moved.movements()) {
                        carried.add(new ClosedYear.Carried(m.line(), m.description(), m.period(), p12.version(), m.amount(),
                                DSG_RESERVE));
                        insertMovement(c, year, DSG_RESERVE, m.description(), m.amount(), m.line(), m.period().number(),
                                change.by(), at);
                    }
                }
            }
            if (!any) {
                throw new StoreException("year " + year, "without a P12 snapshot", "a year is closed from its P12 snapshot");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO carry_forward (from_year, to_year, scope, line, name,"
                    + " from_period, from_version, amount, destination, recorded_by, recorded_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (ClosedYear.Carried cf : carried) {
                    ps.setInt(1, year.startYear());
                    ps.setInt(2, next.startYear());
                    ps.setString(3, DSG_RESERVE.equals(cf.destination()) ? Scope.DSG.name() : Scope.NON_DSG.name());
                    ps.setString(4, cf.line());
                    ps.setString(5, cf.name());
                    ps.setInt(6, cf.from().number());
                    ps.setInt(7, cf.version());
                    ps.setLong(8, pence(cf.amount()));
                    ps.setString(9, cf.destination());
                    ps.setString(10, change.by());
                    ps.setString(11, at.toString());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            Map<String, Money> closing = balances(c, year);
            Map<String, Money> recorded = openings(c, next);
            claim(c, next, Change.by(change.by()), "opened from the year-end of " + year, at);
            List<String> notes = new ArrayList<>();
            List<String> earmarkedDifferences = new ArrayList<>();
            Map<String, Money> nextOpening = new LinkedHashMap<>(recorded);
            for (Map.Entry<String, Money> e : closing.entrySet()) {
                Money was = recorded.get(e.getKey());
                if (was == null) {
                    insertReserve(c, next, e.getKey(), DSG_RESERVE.equals(e.getKey()) ? "dsg" : "earmarked", e.getValue(),
                            "closing balance of " + year);
                    nextOpening.put(e.getKey(), e.getValue());
                } else if (!was.isEqual(e.getValue())) {
                    notes.add("'" + e.getKey() + "' closes " + year + " at " + thousands(e.getValue()) + " but opens " + next
                            + " at " + thousands(was) + " as recorded: a difference of " + thousands(was.minus(e.getValue()))
                            + " not explained by a movement");
                    if (!DSG_RESERVE.equals(e.getKey())) {
                        earmarkedDifferences.add("'" + e.getKey() + "' (" + thousands(was.minus(e.getValue()))
                                + ", opening as recorded against closing)");
                    }
                }
            }
            for (Map.Entry<String, Money> e : recorded.entrySet()) {
                if (!closing.containsKey(e.getKey())) {
                    notes.add("'" + e.getKey() + "' is new in " + next + ": it opens at " + thousands(e.getValue())
                            + ", not carried from " + year);
                    if (!DSG_RESERVE.equals(e.getKey())) {
                        earmarkedDifferences.add("'" + e.getKey() + "' (" + thousands(e.getValue()) + ", new in " + next + ")");
                    }
                }
            }
            // the earmarked reserves as a table shows them: their total closing against their total opening
            Money closeTotal = Gbp.sum(closing.entrySet().stream().filter(e -> !DSG_RESERVE.equals(e.getKey()))
                    .map(Map.Entry::getValue));
            Money openTotal = Gbp.sum(nextOpening.entrySet().stream().filter(e -> !DSG_RESERVE.equals(e.getKey()))
                    .map(Map.Entry::getValue));
            if (!closeTotal.isEqual(openTotal)) {
                notes.add("earmarked reserves close " + year + " at " + thousands(closeTotal) + " and open " + next + " at "
                        + thousands(openTotal) + ": the difference of " + thousands(openTotal.minus(closeTotal)) + " is "
                        + String.join(" and ", earmarkedDifferences));
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO year_note (year_start, note, recorded_at) VALUES (?, ?, ?)")) {
                for (String n : notes) {
                    ps.setInt(1, year.startYear());
                    ps.setString(2, n);
                    ps.setString(3, at.toString());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE store_year SET closed = 1 WHERE year_start = ?")) {
                ps.setInt(1, year.startYear());
                ps.executeUpdate();
            }
            return new ClosedYear(year, carried, closing, nextOpening, notes);
        });
        LOG.info("closed {}: {} carry-forwards", year, done.carryForwards().size());
        return done;
    }

    /**
     * The carry-forwards that a year-end moved into a year, each traced to its line, period and snapshot version.
     *
     * @param year the receiving year
     * @return the carry-forwards
     */
    public List<ClosedYear.Carried> carriedInto(FiscalYear year) {
        return read(c -> {
            List<ClosedYear.Carried> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT line, name, from_year, from_period, from_version, amount,"
                    + " destination FROM carry_forward WHERE to_year = ? ORDER BY id")) {
                ps.setInt(1, year.startYear());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ClosedYear.Carried(rs.getString(1), rs.getString(2),
                                FiscalYear.of(rs.getInt(3)).period(rs.getInt(4)), rs.getInt(5), money(rs.getLong(6)),
                                rs.getString(7)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * @param year a year
     * @param scope DSG or non-DSG
     * @return each line's budget as the store has it (latest book version, virements, carry-forwards in)
     */
    public Map<String, Money> budget(FiscalYear year, Scope scope) {
        return read(c -> {
            Map<String, Money> out = new LinkedHashMap<>();
            budgets(c, year, scope).forEach((k, v) -> out.put(k, v.amount()));
            return out;
        });
    }

    // ---- internals -------------------------------------------------------------------------------------------

    /** Work inside a write transaction. */
    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c, Instant at) throws SQLException;
    }

    /** Work inside a read. */
    @FunctionalInterface
    private interface Read<T> {
        T run(Connection c) throws SQLException;
    }

    private Connection borrow(String what) {
        try {
            return pool.borrow();
        } catch (SQLException e) {
            throw new StoreException("database " + db.redacted(), "not reachable for " + what, safe(e, db));
        }
    }

    private <T> T read(Read<T> work) {
        Connection c = borrow("a read");
        boolean reusable = false;
        try {
            T result = work.run(c);
            reusable = true;
            return result;
        } catch (SQLException e) {
            throw new StoreException("database " + db.redacted(), "refused a read", safe(e, db));
        } finally {
            pool.giveBack(c, reusable);
        }
    }

    /**
     * One transaction: on SQLite {@code BEGIN IMMEDIATE} (the driver's transaction mode), so that writers queue for
     * the file's one write lock instead of failing half-way; committed by going back to auto-commit (which commits
     * and, unlike {@link Connection#commit()} in sqlite-jdbc, does not open the next transaction at once).
     */
    private <T> T write(FiscalYear year, Change change, String what, Work<T> work) {
        Connection c = borrow(what);
        boolean reusable = false;
        try {
            c.setAutoCommit(false);
            T result;
            try {
                Instant at = Instant.now();
                claim(c, year, change, what, at);
                result = work.run(c, at);
            } catch (Throwable e) {
                c.rollback();
                c.setAutoCommit(true);
                reusable = !(e instanceof SQLException) && !(e instanceof Error);
                throw e;
            }
            c.setAutoCommit(true); // commits
            reusable = true;
            LOG.debug("{} {}: {}", year, what, change.by());
            return result;
        } catch (SQLException e) {
            throw new StoreException(what, "refused by the database", safe(e, db));
        } finally {
            pool.giveBack(c, reusable);
        }
    }

    /** Moves the year's revision on, first thing in a write: a concurrent writer of the same year waits or is refused. */
    private void claim(Connection c, FiscalYear year, Change change, String what, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO store_year (year_start, revision, last_change, changed_by,"
                + " changed_at, closed) VALUES (?, 0, 'opened', ?, ?, 0) ON CONFLICT (year_start) DO NOTHING")) {
            ps.setInt(1, year.startYear());
            ps.setString(2, change.by());
            ps.setString(3, at.toString());
            ps.executeUpdate();
        }
        YearState now = yearState(c, year).orElseThrow();
        if (now.closed()) {
            throw new StoreException("year " + year, "closed (" + now.lastChange() + " by " + now.changedBy() + " at "
                    + now.changedAt() + ")", "a closed year is never changed; its periods stay as they were locked");
        }
        long expected = change.expectedRevision().orElse(now.revision());
        if (expected != now.revision()) {
            throw new StaleWriteException(year.toString(), expected, now);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE store_year SET revision = revision + 1, last_change = ?,"
                + " changed_by = ?, changed_at = ? WHERE year_start = ? AND revision = ?")) {
            ps.setString(1, what);
            ps.setString(2, change.by());
            ps.setString(3, at.toString());
            ps.setInt(4, year.startYear());
            ps.setLong(5, expected);
            if (ps.executeUpdate() != 1) {
                throw new StaleWriteException(year.toString(), expected, yearState(c, year).orElseThrow());
            }
        }
    }

}
