package uk.org.wcf.finance.returns;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.joda.money.Money;

import uk.org.wcf.finance.forecast.ForecastMethod;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.time.FiscalPeriod;

/**
 * A forecast pack: the lines one budget holder (or one service) forecasts for a period.
 *
 * <p>The {@link #checksum()} is over what the holder may not change and what a collect can compute again from the
 * same book and actuals: the pack's id, its period, and each line's name, budget and actuals to date, in order. A
 * return whose checksum differs was made from other figures, or its hidden record was edited.
 *
 * @param id the pack's id: the service's reference, or the holder's name
 * @param title the service's or the holder's name
 * @param period the period of actuals
 * @param method the method asked for the suggested outturns (AUTO chooses per line; each line names the one used)
 * @param lines the lines, in book order
 */
public record Pack(String id, String title, FiscalPeriod period, ForecastMethod method, List<PackLine> lines) {

    /** The version of the checksum's text; a change to what it covers changes this. */
    public static final int CHECKSUM_VERSION = 1;

    /**
     * Validates the pack.
     *
     * @param id not blank
     * @param title not blank
     * @param period not null
     * @param method not null
     * @param lines at least one
     */
    public Pack {
        if (id == null || id.isBlank()) {
            throw new FinanceRuleException("pack id", "'" + id + "'", "a pack has an id");
        }
        id = id.strip();
        title = title == null || title.isBlank() ? id : title.strip();
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(method, "method");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new FinanceRuleException("pack '" + id + "'", "empty", "a pack has at least one line");
        }
    }

    /** @return the pack's file name without its ending: its id, with any character outside letters, digits, - and _ as _ */
    public String fileStem() {
        return id.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** @return the total annual budget */
    public Money budget() {
        return Gbp.sum(lines.stream().map(PackLine::budget));
    }

    /** @return the total actuals to date */
    public Money actualsToDate() {
        return Gbp.sum(lines.stream().map(PackLine::actualsToDate));
    }

    /** @return the total suggested outturn */
    public Money suggested() {
        return Gbp.sum(lines.stream().map(l -> l.suggested().outturn()));
    }

    /** @return the SHA-256, in hex, of what the pack held (see the class comment) */
    public String checksum() {
        StringBuilder sb = new StringBuilder("wcf-finance forecast pack ").append(CHECKSUM_VERSION).append('\n')
                .append(id).append('\n').append(period).append('\n');
        for (PackLine l : lines) {
            sb.append(l.line()).append('\t').append(l.budget().getAmount().toPlainString()).append('\t')
                    .append(l.actualsToDate().getAmount().toPlainString()).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
