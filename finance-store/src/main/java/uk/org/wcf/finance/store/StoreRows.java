// Just over 400 lines: the row mapping of every table the store reads and writes (years, snapshots with their
// lines and adjustments, budgets and actuals with their sources, reserves), one method per query.
package uk.org.wcf.finance.store;

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
import java.util.TreeMap;
import org.flywaydb.core.api.FlywayException;
import org.joda.money.Money;
import uk.org.wcf.finance.ledger.Actuals;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.report.FigureFormat;
import uk.org.wcf.finance.monitor.Adjustment;
import uk.org.wcf.finance.monitor.Approval;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.monitor.Scope;
import uk.org.wcf.finance.store.internal.Database;
import uk.org.wcf.finance.time.FiscalPeriod;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * How {@link MonitoringStore}'s values map to and from the database's rows: year states, snapshot headers, a stored
 * snapshot's lines and adjustments (written lines first, header last, so that the lock triggers see it whole),
 * budgets and actuals to date with their sources, reserves and their movements, pence and money. Every method works
 * inside a transaction its caller holds.
 */
final class StoreRows {

    private StoreRows() {
    }

    static Optional<YearState> yearState(Connection c, FiscalYear year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT revision, last_change, changed_by, changed_at, closed FROM store_year WHERE year_start = ?")) {
            ps.setInt(1, year.startYear());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new YearState(year, rs.getLong(1), rs.getString(2), rs.getString(3),
                        Instant.parse(rs.getString(4)), rs.getInt(5) == 1));
            }
        }
    }

    /** A stored snapshot's header row. */
    record Header(int year, int period, Scope scope, int version, String title, String subTotal, String total,
            String source, String reason, String by, Instant at) {
    }

    static final String HEADER = "SELECT year_start, period, scope, version, title, sub_total_label, total_label,"
            + " source, reason, closed_by, closed_at FROM snapshot";

    static Optional<Header> latestHeader(Connection c, FiscalPeriod period, Scope scope) throws SQLException {
        String sql = HEADER + " WHERE year_start = ? AND period = ?" + (scope == null ? "" : " AND scope = ?")
                + " ORDER BY version DESC LIMIT 1";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, period.year().startYear());
            ps.setInt(2, period.number());
            if (scope != null) {
                ps.setString(3, scope.name());
            }
            return header(ps);
        }
    }

    static Optional<Header> header(Connection c, FiscalPeriod period, Scope scope, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(HEADER
                + " WHERE year_start = ? AND period = ? AND scope = ? AND version = ?")) {
            ps.setInt(1, period.year().startYear());
            ps.setInt(2, period.number());
            ps.setString(3, scope.name());
            ps.setInt(4, version);
            return header(ps);
        }
    }

    static Optional<Header> header(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Header(rs.getInt(1), rs.getInt(2), Scope.valueOf(rs.getString(3)), rs.getInt(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                    Instant.parse(rs.getString(11))));
        }
    }

    static boolean hasAnySnapshot(Connection c, FiscalYear year, Scope scope) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM snapshot WHERE year_start = ? AND scope = ?")) {
            ps.setInt(1, year.startYear());
            ps.setString(2, scope.name());
            return count(ps) > 0;
        }
    }

    /** A line's budget and where it came from. */
    record Sourced(Money amount, String source) {
    }

    static Map<String, Sourced> budgets(Connection c, FiscalYear year, Scope scope) throws SQLException {
        Map<String, Sourced> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT version, line, net_budget FROM budget_line WHERE year_start = ?"
                + " AND scope = ? AND version = (SELECT max(version) FROM budget_line WHERE year_start = ? AND scope = ?)"
                + " ORDER BY line")) {
            ps.setInt(1, year.startYear());
            ps.setString(2, scope.name());
            ps.setInt(3, year.startYear());
            ps.setString(4, scope.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(2), new Sourced(money(rs.getLong(3)), "budget " + rs.getString(1) + " " + year));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT from_line, to_line, amount, reference FROM virement"
                + " WHERE year_start = ? AND scope = ? ORDER BY id")) {
            ps.setInt(1, year.startYear());
            ps.setString(2, scope.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Money m = money(rs.getLong(3));
                    String ref = " + virement " + rs.getString(4);
                    out.merge(rs.getString(1), new Sourced(m.negated(), ref), StoreRows::plus);
                    out.merge(rs.getString(2), new Sourced(m, ref), StoreRows::plus);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT line, amount, from_year, from_period, from_version FROM"
                + " carry_forward WHERE to_year = ? AND scope = ? ORDER BY id")) {
            ps.setInt(1, year.startYear());
            ps.setString(2, Scope.NON_DSG.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && scope == Scope.NON_DSG) {
                    out.merge(rs.getString(1), new Sourced(money(rs.getLong(2)), " + carry-forward from "
                            + FiscalYear.of(rs.getInt(3)).period(rs.getInt(4)) + " v" + rs.getInt(5)), StoreRows::plus);
                }
            }
        }
        return out;
    }

    static Sourced plus(Sourced a, Sourced b) {
        return new Sourced(a.amount.plus(b.amount), a.source + b.source);
    }

    /** Actuals to date by line, and the batches they came from. */
    static Map<String, Sourced> actualsToDate(Connection c, FiscalPeriod period) throws SQLException {
        Map<String, Sourced> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.line, sum(a.amount), count(DISTINCT a.batch_id), min(a.batch_id),"
                + " max(a.batch_id) FROM actual a WHERE a.year_start = ? AND a.period <= ? GROUP BY a.line")) {
            ps.setInt(1, period.year().startYear());
            ps.setInt(2, period.number());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long n = rs.getLong(3);
                    out.put(rs.getString(1), new Sourced(money(rs.getLong(2)), "ledger " + (n == 1 ? "batch " + rs.getLong(4)
                            : n + " batches " + rs.getLong(4) + " to " + rs.getLong(5)) + ", P1 to P" + period.number()));
                }
            }
        }
        return out;
    }

    static StoredSnapshot store(Connection c, MonitoringSnapshot position, int version, String reason, String source,
            String by, Instant at) throws SQLException {
        FiscalPeriod period = position.period();
        Scope scope = position.scope();
        Map<String, Sourced> budget = budgets(c, period.year(), scope);
        Map<String, Sourced> actuals = actualsToDate(c, period);
        List<MonitoringLine> lines = new ArrayList<>();
        List<MonitoringLine> all = new ArrayList<>(position.lines());
        position.grant().ifPresent(all::add);
        Map<String, Money> actualMap = new LinkedHashMap<>();
        Map<String, StoredSnapshot.Sources> sources = new LinkedHashMap<>();
        int adjustments = 0;
        boolean changed = false;
        String keyCols = "year_start, period, scope, version";
        try (PreparedStatement pl = c.prepareStatement("INSERT INTO snapshot_line (" + keyCols + ", seq, line, line_group,"
                + " is_grant, net_budget, forecast, actual_ytd, budget_source, forecast_source, actual_source)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement pa = c.prepareStatement("INSERT INTO snapshot_adjustment (" + keyCols + ", line, seq, kind,"
                        + " name, amount, route, reference, approved_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (MonitoringLine l : all) {
                boolean grant = seq == position.lines().size();
                Sourced b = budget.get(l.line());
                Money net = b == null ? l.netBudget() : b.amount;
                String budgetSource = b == null ? source : b.source;
                Sourced a = actuals.get(l.line());
                Money act = a == null ? Gbp.zero() : a.amount;
                String actualSource = a == null ? "no actuals imported" : a.source;
                MonitoringLine stored = net.equals(l.netBudget()) ? l : l.withNetBudget(net);
                changed |= stored != l;
                if (!grant) {
                    lines.add(stored);
                }
                actualMap.put(l.line(), act);
                sources.put(l.line(), new StoredSnapshot.Sources(budgetSource, source, actualSource));
                key(pl, period, scope, version);
                pl.setInt(5, seq++);
                pl.setString(6, l.line());
                pl.setString(7, l.group());
                pl.setInt(8, grant ? 1 : 0);
                pl.setLong(9, pence(net));
                pl.setLong(10, pence(l.forecast()));
                pl.setLong(11, pence(act));
                pl.setString(12, budgetSource);
                pl.setString(13, source);
                pl.setString(14, actualSource);
                pl.addBatch();
                int aseq = 0;
                for (Adjustment adj : l.adjustments()) {
                    key(pa, period, scope, version);
                    pa.setString(5, l.line());
                    pa.setInt(6, aseq++);
                    pa.setString(7, adj.kind().name());
                    pa.setString(8, adj.name());
                    pa.setLong(9, pence(adj.amount()));
                    pa.setString(10, adj.approval().map(ap -> ap.route().name()).orElse(null));
                    pa.setString(11, adj.approval().map(Approval::reference).orElse(null));
                    pa.setString(12, adj.approval().map(ap -> ap.date().toString()).orElse(null));
                    pa.addBatch();
                    adjustments++;
                }
            }
            pl.executeBatch();
            pa.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO snapshot (" + keyCols + ", title, sub_total_label,"
                + " total_label, line_count, adjustment_count, source, reason, closed_by, closed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            key(ps, period, scope, version);
            ps.setString(5, position.title());
            ps.setString(6, position.subTotalLabel());
            ps.setString(7, position.totalLabel());
            ps.setInt(8, all.size());
            ps.setInt(9, adjustments);
            ps.setString(10, source);
            ps.setString(11, reason);
            ps.setString(12, by);
            ps.setString(13, at.toString());
            ps.executeUpdate();
        }
        Optional<MonitoringLine> grant = position.grant().map(g -> {
            Sourced b = budget.get(g.line());
            return b == null ? g : g.withNetBudget(b.amount);
        });
        MonitoringSnapshot stored = !changed ? position : new MonitoringSnapshot(position.title(), period, scope, lines,
                grant, position.subTotalLabel(), position.totalLabel());
        return new StoredSnapshot(stored, version, Optional.ofNullable(reason), source, by, at, actualMap, sources);
    }

    static void key(PreparedStatement ps, FiscalPeriod period, Scope scope, int version) throws SQLException {
        ps.setInt(1, period.year().startYear());
        ps.setInt(2, period.number());
        ps.setString(3, scope.name());
        ps.setInt(4, version);
    }

    static StoredSnapshot load(Connection c, Header h) throws SQLException {
        FiscalPeriod period = FiscalYear.of(h.year).period(h.period);
        Map<String, List<Adjustment>> adjustments = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT line, kind, name, amount, route, reference, approved_on"
                + " FROM snapshot_adjustment WHERE year_start = ? AND period = ? AND scope = ? AND version = ? ORDER BY line, seq")) {
            key(ps, period, h.scope, h.version);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Optional<Approval> approval = rs.getString(5) == null ? Optional.empty()
                            : Optional.of(new Approval(Approval.Route.valueOf(rs.getString(5)), rs.getString(6),
                                    LocalDate.parse(rs.getString(7))));
                    adjustments.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Adjustment(
                            Adjustment.Kind.valueOf(rs.getString(2)), rs.getString(3), money(rs.getLong(4)), approval));
                }
            }
        }
        List<MonitoringLine> lines = new ArrayList<>();
        MonitoringLine grant = null;
        Map<String, Money> actuals = new LinkedHashMap<>();
        Map<String, StoredSnapshot.Sources> sources = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT line, line_group, is_grant, net_budget, forecast, actual_ytd,"
                + " budget_source, forecast_source, actual_source FROM snapshot_line"
                + " WHERE year_start = ? AND period = ? AND scope = ? AND version = ? ORDER BY seq")) {
            key(ps, period, h.scope, h.version);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    MonitoringLine l = new MonitoringLine(name, rs.getString(2), money(rs.getLong(4)), money(rs.getLong(5)),
                            adjustments.getOrDefault(name, List.of()));
                    if (rs.getInt(3) == 1) {
                        grant = l;
                    } else {
                        lines.add(l);
                    }
                    actuals.put(name, money(rs.getLong(6)));
                    sources.put(name, new StoredSnapshot.Sources(rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
        }
        MonitoringSnapshot s = new MonitoringSnapshot(h.title, period, h.scope, lines, Optional.ofNullable(grant), h.subTotal, h.total);
        return new StoredSnapshot(s, h.version, Optional.ofNullable(h.reason), h.source, h.by, h.at, actuals, sources);
    }

    static void insertReserve(Connection c, FiscalYear year, String name, String kind, Money opening, String source)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO reserve (year_start, name, kind, opening, opening_source) VALUES (?, ?, ?, ?, ?)")) {
            ps.setInt(1, year.startYear());
            ps.setString(2, name);
            ps.setString(3, kind);
            ps.setLong(4, pence(opening));
            ps.setString(5, source);
            ps.executeUpdate();
        }
    }

    static void insertMovement(Connection c, FiscalYear year, String reserve, String description, Money amount,
            String line, Integer period, String by, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO reserve_movement (year_start, reserve_name, description,"
                + " amount, source_line, source_period, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setInt(1, year.startYear());
            ps.setString(2, reserve);
            ps.setString(3, description);
            ps.setLong(4, pence(amount));
            ps.setString(5, line);
            if (period == null) {
                ps.setNull(6, java.sql.Types.INTEGER);
            } else {
                ps.setInt(6, period);
            }
            ps.setString(7, by);
            ps.setString(8, at.toString());
            ps.executeUpdate();
        }
    }

    static Map<String, Money> openings(Connection c, FiscalYear year) throws SQLException {
        Map<String, Money> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, opening FROM reserve WHERE year_start = ?")) {
            ps.setInt(1, year.startYear());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), money(rs.getLong(2)));
                }
            }
        }
        return out;
    }

    static Map<String, Money> balances(Connection c, FiscalYear year) throws SQLException {
        Map<String, Money> out = openings(c, year);
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT reserve_name, sum(amount) FROM reserve_movement WHERE year_start = ? GROUP BY reserve_name")) {
            ps.setInt(1, year.startYear());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.merge(rs.getString(1), money(rs.getLong(2)), Money::plus);
                }
            }
        }
        return out;
    }

    static long count(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long pence(Money m) {
        return Gbp.requireGbp(m, "amount").getAmountMinorLong();
    }

    static Money money(long pence) {
        return Money.ofMinor(Gbp.GBP, pence);
    }

    static String thousands(Money m) {
        return FigureFormat.PRINTED.format(Gbp.inThousands(RoundingPolicy.THOUSANDS.round(m)));
    }

    /** The database's reason, without the URL's credentials and without the driver's prefixes. */
    static String safe(Exception e, Database db) {
        String m = String.valueOf(e.getMessage());
        Throwable cause = e.getCause();
        if (e instanceof FlywayException && cause != null && cause.getMessage() != null) {
            m = cause.getMessage();
        }
        int trigger = m.indexOf("trigger (");
        if (trigger >= 0) {
            m = m.substring(trigger + "trigger (".length()).replaceFirst("\\)$", "");
        }
        m = m.replace(db.url(), db.redacted()).replaceAll("\\s+", " ").strip();
        return Database.redact(m);
    }
}
