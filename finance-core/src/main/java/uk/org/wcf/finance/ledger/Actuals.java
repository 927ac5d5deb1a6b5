package uk.org.wcf.finance.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

import org.joda.money.Money;

import uk.org.wcf.finance.forecast.Forecasting;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.time.FiscalPeriod;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * Actual spend by monitoring line and period for a year, as imported from a ledger extract, with the postings
 * that could not be mapped kept beside them (never dropped). Feeds a monitoring snapshot's forecast.
 *
 * @param year the financial year
 * @param lines actual spend by line name: twelve amounts, P1 to P12
 * @param unmapped postings with no mapping, by cost centre and code, with their totals
 * @param provenance which ledger lines were summed into each line's periods ({@link Provenance#NONE} when not known)
 */
public record Actuals(FiscalYear year, Map<String, List<Money>> lines, List<Unmapped> unmapped, Provenance provenance) {

    /**
     * Where the actuals came from: the ledger file, and for each line and period the ledger's lines summed into it.
     *
     * @param ledger the ledger file, as named to the import (empty when not known)
     * @param lines by line: twelve {@link LedgerLines}, P1 to P12 (a line not here has no provenance)
     */
    public record Provenance(String ledger, Map<String, List<LedgerLines>> lines) {
        /** Not known. */
        public static final Provenance NONE = new Provenance("", Map.of());

        /**
         * Validates the provenance.
         *
         * @param ledger not null
         * @param lines twelve entries per line
         */
        public Provenance {
            Objects.requireNonNull(ledger, "ledger");
            Map<String, List<LedgerLines>> copy = new LinkedHashMap<>();
            lines.forEach((k, v) -> {
                if (v.size() != PeriodTotals.PERIODS) {
                    throw new FinanceRuleException("ledger lines of '" + k + "'", v.size() + " periods", "need twelve periods");
                }
                copy.put(k, List.copyOf(v));
            });
            lines = Collections.unmodifiableMap(copy);
        }

        /**
         * @param line a line
         * @return its ledger lines, P1 to P12, or empty when not known
         */
        public java.util.Optional<List<LedgerLines>> of(String line) {
            return java.util.Optional.ofNullable(lines.get(line));
        }
    }

    /**
     * Postings whose cost centre and code have no mapping.
     *
     * @param costCentre the cost centre
     * @param code the subjective or account code
     * @param postings how many postings
     * @param total their total
     */
    public record Unmapped(String costCentre, String code, long postings, Money total) {
        /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
        @Override
        public String toString() {
            return uk.org.wcf.finance.money.Readable.of(this);
        }

    }

    /**
     * Validates the actuals.
     *
     * @param year not null
     * @param lines twelve amounts per line
     * @param unmapped the unmapped postings
     * @param provenance the ledger lines of each line's periods, or {@link Provenance#NONE}
     */
    public Actuals {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(provenance, "provenance");
        Map<String, List<Money>> copy = new LinkedHashMap<>();
        lines.forEach((k, v) -> {
            if (v.size() != PeriodTotals.PERIODS) {
                throw new FinanceRuleException("actuals of '" + k + "'", v.size() + " periods", "need twelve periods");
            }
            copy.put(k, List.copyOf(v));
        });
        lines = Collections.unmodifiableMap(copy);
        unmapped = List.copyOf(unmapped);
    }

    /**
     * Actuals whose ledger lines are not known.
     *
     * @param year not null
     * @param lines twelve amounts per line
     * @param unmapped the unmapped postings
     */
    public Actuals(FiscalYear year, Map<String, List<Money>> lines, List<Unmapped> unmapped) {
        this(year, lines, unmapped, Provenance.NONE);
    }

    /**
     * @param line a line
     * @param upTo the last period included
     * @return actual spend from P1 to {@code upTo}
     */
    public Money yearToDate(String line, FiscalPeriod upTo) {
        return Gbp.sum(periods(line, upTo).subList(0, upTo.number()));
    }

    private List<Money> periods(String line, FiscalPeriod upTo) {
        requireYear(upTo);
        List<Money> p = lines.get(line);
        if (p == null) {
            throw new FinanceRuleException("line", "'" + line + "'", "has no actuals; the lines are " + lines.keySet());
        }
        return p;
    }

    /**
     * A run-rate outturn: year-to-date actuals x 12 / periods elapsed, rounded once to the penny.
     *
     * @param line a line
     * @param upTo the last period of actuals
     * @return the forecast outturn
     */
    public Money runRateOutturn(String line, FiscalPeriod upTo) {
        return Forecasting.runRate(line, periods(line, upTo), upTo).outturn();
    }

    /** @return the total of the unmapped postings */
    public Money unmappedTotal() {
        return Gbp.sum(unmapped.stream().map(Unmapped::total));
    }

    /**
     * Sets the forecast of each snapshot line that has actuals to its run-rate outturn at {@code upTo}; lines
     * without actuals keep their forecast.
     *
     * @param snapshot the snapshot to update
     * @param upTo the last period of actuals
     * @return the snapshot with the forecasts set
     */
    public MonitoringSnapshot feed(MonitoringSnapshot snapshot, FiscalPeriod upTo) {
        requireYear(upTo);
        List<MonitoringLine> out = new ArrayList<>();
        for (MonitoringLine l : snapshot.lines()) {
            out.add(lines.containsKey(l.line()) ? l.withForecast(runRateOutturn(l.line(), upTo)) : l);
        }
        return snapshot.withLines(out);
    }

    private void requireYear(FiscalPeriod p) {
        if (!p.year().equals(year)) {
            throw new FinanceRuleException("period", p, "the actuals are for " + year);
        }
    }

    /** @return each line's total and its periods with spend, in pounds, then the unmapped postings */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Actuals " + year + " (£)\n");
        lines.forEach((line, periods) -> {
            sb.append(String.format(Locale.UK, "  %-30s %,16.2f  (", line, Gbp.sum(periods).getAmount()));
            StringJoiner j = new StringJoiner("; ");
            for (int p = 0; p < periods.size(); p++) {
                if (!periods.get(p).isZero()) {
                    j.add(String.format(Locale.UK, "P%d %,.2f", p + 1, periods.get(p).getAmount()));
                }
            }
            sb.append(j).append(")\n");
        });
        if (!unmapped.isEmpty()) {
            sb.append(String.format(Locale.UK, "  Unmapped, kept: %,.2f%n", unmappedTotal().getAmount()));
            unmapped.forEach(u -> sb.append(String.format(Locale.UK, "    %s %s: %d postings, %,.2f%n", u.costCentre(), u.code(),
                    u.postings(), u.total().getAmount())));
        }
        return sb.toString();
    }
}
