package uk.org.wcf.finance.store;

import java.time.Instant;
import java.util.Objects;

import uk.org.wcf.finance.time.FiscalPeriod;

/**
 * A ledger extract imported into a period: its file name and SHA-256 checksum, so that importing the same file
 * twice is detected and refused.
 *
 * @param id the batch number
 * @param period the period it was imported into
 * @param sourceName the file's name
 * @param sha256 the file's SHA-256, in lower-case hex
 * @param lines how many monitoring lines it has actuals for
 * @param unmapped how many cost centre and code pairs it could not map
 * @param importedBy who imported it
 * @param importedAt when
 */
public record LedgerBatch(long id, FiscalPeriod period, String sourceName, String sha256, int lines, int unmapped,
        String importedBy, Instant importedAt) {

    /**
     * Validates the batch.
     *
     * @param id the number
     * @param period not null
     * @param sourceName not null
     * @param sha256 64 hex digits
     * @param lines not negative
     * @param unmapped not negative
     * @param importedBy not null
     * @param importedAt not null
     */
    public LedgerBatch {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(importedBy, "importedBy");
        Objects.requireNonNull(importedAt, "importedAt");
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new StoreException("checksum of '" + sourceName + "'", sha256, "a SHA-256 is 64 lower-case hex digits");
        }
    }
}
