package uk.org.wcf.finance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.joda.money.Money;

import picocli.CommandLine;
import picocli.CommandLine.Option;

import uk.org.wcf.finance.io.InvalidInputException;
import uk.org.wcf.finance.io.Problem;
import uk.org.wcf.finance.io.SnapshotFile;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.monitor.Scope;
import uk.org.wcf.finance.report.FigureFormat;
import uk.org.wcf.finance.store.Change;
import uk.org.wcf.finance.store.MonitoringStore;
import uk.org.wcf.finance.time.FiscalPeriod;

/**
 * What the {@code cycle} subcommands share: the store options ({@link Db}), opening a store to read, and reading the
 * period, scope, snapshot and ledger file (its SHA-256) they are given.
 */
final class CycleStore {

    private CycleStore() {
    }

    /** The options every cycle command has. */
    static final class Db {
        @Option(names = "--db", paramLabel = "FILE|URL", defaultValue = MonitoringStore.DEFAULT_FILE,
                description = "the store: a file, or a jdbc:postgresql:// URL (default: ${DEFAULT-VALUE} in the working directory)")
        String db = MonitoringStore.DEFAULT_FILE;

        @Option(names = "--by", paramLabel = "NAME", description = "who makes the change (default: your user name)")
        String by;

        @picocli.CommandLine.Mixin
        VerboseOption verbose = new VerboseOption();

        MonitoringStore open() {
            return MonitoringStore.open(db);
        }

        Change change() {
            return Change.by(by != null ? by : System.getProperty("user.name", "unknown"));
        }
    }

    /**
     * Opens a store to read from: an embedded file that does not exist is refused rather than created empty.
     *
     * @param location the --db option
     * @return the store
     */
    static MonitoringStore existing(String location) {
        if (!location.startsWith("jdbc:") && !Files.isRegularFile(Path.of(location))) {
            throw new IllegalArgumentException("store '" + location + "' does not exist: import a ledger batch or close a"
                    + " period first, or name the store with --db");
        }
        return MonitoringStore.open(location);
    }

    static FiscalPeriod period(String text) {
        try {
            return FiscalPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    static Scope scope(String text) {
        return switch (text.toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "dsg" -> Scope.DSG;
            case "non-dsg" -> Scope.NON_DSG;
            default -> throw new CommandLine.TypeConversionException("scope is '" + text + "': it is dsg or non-dsg");
        };
    }

    static MonitoringSnapshot readSnapshot(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(Problem.ofFile(file.toString(), "no such file"));
        }
        return SnapshotFile.read(file).orThrow();
    }

    static String k(Money m) {
        return FigureFormat.PRINTED.format(Gbp.inThousands(RoundingPolicy.THOUSANDS.round(m)).setScale(0));
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Problem.ofFile(file.toString(), "no such file"));
        }
    }
}
