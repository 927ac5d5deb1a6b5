package uk.org.wcf.finance.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * One of the two supported databases, with what differs between them: how to connect, where the schema
 * migrations live, and how to create an embedded file readable by its owner only.
 *
 * @param kind SQLite or PostgreSQL
 * @param url the JDBC URL, credentials included when the user put them there
 */
public record Database(Kind kind, String url) {

    /** The supported databases. */
    public enum Kind {
        /** The embedded single-file default. */
        SQLITE("sqlite"),
        /** PostgreSQL 15 or newer, for services. */
        POSTGRESQL("postgresql");

        private final String folder;

        Kind(String folder) {
            this.folder = folder;
        }

        /** @return the Flyway location of this database's migrations */
        public String migrations() {
            return "classpath:uk/org/wcf/finance/store/migration/" + folder;
        }
    }

    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password|pass|pwd)=[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("//[^/@]*@");

    /**
     * Reads a store location: a {@code jdbc:sqlite:} or {@code jdbc:postgresql://} URL, or else a file path for
     * the embedded database.
     *
     * @param location the URL or path
     * @return the database
     * @throws IllegalArgumentException for another kind of JDBC URL
     */
    public static Database of(String location) {
        String l = location.strip();
        String lower = l.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql://")) {
            return new Database(Kind.POSTGRESQL, l);
        }
        if (lower.startsWith("jdbc:sqlite:")) {
            return new Database(Kind.SQLITE, l);
        }
        if (lower.startsWith("jdbc:")) {
            throw new IllegalArgumentException("database is '" + redact(l)
                    + "': the store runs on an embedded file (a path, or jdbc:sqlite:FILE) or on jdbc:postgresql://");
        }
        return new Database(Kind.SQLITE, "jdbc:sqlite:" + Path.of(l).toAbsolutePath());
    }

    /**
     * @param url a JDBC URL
     * @return the URL without a password or user information, fit for a message or a log
     */
    public static String redact(String url) {
        return PASSWORD_PARAM.matcher(USER_INFO.matcher(url).replaceFirst("//***@")).replaceAll("$1=***");
    }

    /** @return the URL with any credentials hidden */
    public String redacted() {
        return redact(url);
    }

    /** @return the embedded database's file, for SQLite on a file */
    public Path file() {
        String rest = url.substring("jdbc:sqlite:".length());
        int q = rest.indexOf('?');
        return Path.of(q < 0 ? rest : rest.substring(0, q));
    }

    /**
     * Creates the embedded database file readable and writable by its owner only, before SQLite opens it (SQLite
     * gives its journal and WAL files the database file's permissions).
     */
    public void createPrivateFile() {
        if (kind != Kind.SQLITE) {
            return;
        }
        Path f = file();
        try {
            if (f.getParent() != null) {
                Files.createDirectories(f.getParent());
            }
            if (f.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(f, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(f);
            }
        } catch (FileAlreadyExistsException e) {
            // an existing store keeps its permissions
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the store file " + f + ": " + e.getMessage(), e);
        }
    }

    /**
     * A new connection. For PostgreSQL, a user and password not in the URL come from {@code PGUSER} and
     * {@code PGPASSWORD}.
     *
     * @return the connection, in auto-commit mode
     * @throws SQLException when the database cannot be reached
     */
    public Connection connect() throws SQLException {
        Properties p = new Properties();
        if (kind == Kind.SQLITE) {
            // chosen for a close that is durable and whole (finance-store/README.md, "The embedded database's
            // settings"): WAL appends a commit to the log; FULL fsyncs it before the commit returns, so a close
            // survives kill -9 and power loss (NORMAL would survive kill -9 only); IMMEDIATE takes the write lock at
            // BEGIN, so writers queue for up to busy_timeout instead of failing half-way
            p.setProperty("busy_timeout", "30000");
            p.setProperty("journal_mode", "WAL");
            p.setProperty("synchronous", "FULL");
            p.setProperty("foreign_keys", "true");
            p.setProperty("transaction_mode", "IMMEDIATE");
        } else {
            String user = System.getenv("PGUSER");
            String password = System.getenv("PGPASSWORD");
            if (user != null && !url.contains("user=") && !USER_INFO.matcher(url).find()) {
                p.setProperty("user", user);
            }
            if (password != null && !url.contains("password=")) {
                p.setProperty("password", password);
            }
        }
        return DriverManager.getConnection(url, p);
    }
}
