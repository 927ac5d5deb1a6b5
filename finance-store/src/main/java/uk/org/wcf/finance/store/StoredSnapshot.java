package uk.org.wcf.finance.store;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.joda.money.Money;

import uk.org.wcf.finance.monitor.MonitoringSnapshot;

/**
 * A closed period's snapshot as stored (locked): the monitoring position, the actuals to date of each line, where
 * each figure came from, and which version it is. Version 1 is the close; each restatement is a new version with
 * its reason, and the older versions stay.
 *
 * @param snapshot the monitoring position
 * @param version 1 for the close, 2 and on for restatements
 * @param reason why it was restated, empty for version 1
 * @param source what the forecasts and adjustments were read from
 * @param closedBy who closed or restated it
 * @param closedAt when
 * @param actualsToDate each line's actuals from P1 to this period, from the imported ledger batches
 * @param sources where each line's figures came from
 */
public record StoredSnapshot(MonitoringSnapshot snapshot, int version, Optional<String> reason, String source,
        String closedBy, Instant closedAt, Map<String, Money> actualsToDate, Map<String, Sources> sources) {

    /**
     * Where a line's figures came from.
     *
     * @param budget the budget book (and virements, carry-forwards) or the forecast file
     * @param forecast the forecast file or service
     * @param actuals the ledger batches
     */
    public record Sources(String budget, String forecast, String actuals) {
        /**
         * Validates the sources.
         *
         * @param budget not null
         * @param forecast not null
         * @param actuals not null
         */
        public Sources {
            Objects.requireNonNull(budget, "budget");
            Objects.requireNonNull(forecast, "forecast");
            Objects.requireNonNull(actuals, "actuals");
        }
    }

    /**
     * Validates the stored snapshot.
     *
     * @param snapshot not null
     * @param version at least 1
     * @param reason present for a restatement
     * @param source not null
     * @param closedBy not null
     * @param closedAt not null
     * @param actualsToDate by line
     * @param sources by line
     */
    public StoredSnapshot {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(closedBy, "closedBy");
        Objects.requireNonNull(closedAt, "closedAt");
        if (version < 1 || (version > 1 && reason.isEmpty())) {
            throw new StoreException("snapshot version", version, "versions start at 1 and a restatement has a reason");
        }
        actualsToDate = Map.copyOf(actualsToDate);
        sources = Map.copyOf(sources);
    }

    @Override
    public String toString() {
        return snapshot.period() + " " + snapshot.scope() + " v" + version + " (" + closedBy + ", " + closedAt + ")";
    }
}
