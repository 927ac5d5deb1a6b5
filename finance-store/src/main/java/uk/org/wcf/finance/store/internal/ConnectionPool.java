package uk.org.wcf.finance.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The store's open connections, kept between calls: a call borrows one (or opens a new one when none is idle) and
 * gives it back when it is done. Keeping them open matters most for the embedded database: SQLite checkpoints
 * its write-ahead log into the database file and deletes the log when the last connection to the file closes, so
 * a connection per call made every write pay for a whole checkpoint, and every call for opening the file and
 * reading its schema again.
 *
 * <p>A connection goes back only in auto-commit mode and only when the call did not end with a database error
 * (a connection that failed is closed rather than trusted). Thread-safe; each connection is used by one thread at
 * a time.
 */
public final class ConnectionPool implements AutoCloseable {

    /** Idle connections kept; more are opened when more threads write at once, and closed when given back. */
    static final int MAX_IDLE = 4;

    private final Database db;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    /** @param db the database */
    public ConnectionPool(Database db) {
        this.db = db;
    }

    /**
     * @return an idle connection, or a new one, in auto-commit mode
     * @throws SQLException when a new connection cannot be opened
     * @throws IllegalStateException when the pool is closed
     */
    public Connection borrow() throws SQLException {
        if (closed.get()) {
            throw new IllegalStateException("the store " + db.redacted() + " is closed");
        }
        Connection c = idle.pollFirst();
        return c != null ? c : db.connect();
    }

    /**
     * Gives a connection back.
     *
     * @param c the connection
     * @param reusable false when the call ended with a database error: the connection is closed
     */
    public void giveBack(Connection c, boolean reusable) {
        boolean keep = reusable && !closed.get() && idle.size() < MAX_IDLE;
        try {
            keep = keep && !c.isClosed() && c.getAutoCommit();
        } catch (SQLException e) {
            keep = false;
        }
        if (keep) {
            idle.addFirst(c);
            if (closed.get()) {
                drain(); // closed while giving back
            }
        } else {
            closeQuietly(c);
        }
    }

    /** @return how many connections are idle (for tests) */
    public int idle() {
        return idle.size();
    }

    /** Closes every idle connection; a connection still borrowed is closed when it is given back. */
    @Override
    public void close() {
        closed.set(true);
        drain();
    }

    private void drain() {
        for (Connection c = idle.pollFirst(); c != null; c = idle.pollFirst()) {
            closeQuietly(c);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // nothing more to release
        }
    }
}
