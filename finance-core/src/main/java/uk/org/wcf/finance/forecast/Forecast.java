package uk.org.wcf.finance.forecast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.joda.money.Money;

import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.time.FiscalPeriod;

/**
 * A year-end outturn forecast for a line, with the method and the inputs that made it, so that a reviewer can
 * see where the figure came from. The outturn is the P50; a method with a spread gives a low (P10) and a high
 * (P90).
 *
 * <p>No impossible forecast: on a {@link LineKind#COST cost line} the outturn and the low are never below the
 * actuals to date, on an {@link LineKind#INCOME income line} the outturn and the high are never above them;
 * only a {@link LineKind#MIXED} line (credits seen) may go either way, and its inputs say so.
 *
 * @param line the monitoring line
 * @param asAt the last period of actuals
 * @param method the method's name (for the methods of {@link ForecastMethod}, its {@link ForecastMethod#cliName()})
 * @param inputs the method's inputs and the reason it was chosen, named, in order
 * @param kind what the line's months say about the sign of the rest of the year
 * @param actualsToDate the actuals from P1 to {@code asAt}
 * @param outturn the forecast outturn (P50)
 * @param low the low end of the spread (P10), if the method gives a spread
 * @param high the high end of the spread (P90), if the method gives a spread
 */
public record Forecast(String line, FiscalPeriod asAt, String method, Map<String, String> inputs, LineKind kind,
        Money actualsToDate, Money outturn, Optional<Money> low, Optional<Money> high) {

    /**
     * Validates the forecast.
     *
     * @param line not null
     * @param asAt not null
     * @param method not null
     * @param inputs the inputs (order kept)
     * @param kind not null
     * @param actualsToDate GBP
     * @param outturn GBP; at or above the actuals to date for a cost line, at or below for an income line
     * @param low empty (then so is the high), or not above the outturn (and on a cost line not below the actuals to date)
     * @param high empty (then so is the low), or not below the outturn (and on an income line not above the actuals to date)
     */
    public Forecast {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(asAt, "asAt");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(low, "low (empty without a spread)");
        Objects.requireNonNull(high, "high (empty without a spread)");
        inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        Gbp.requireGbp(actualsToDate, "actuals to date of '" + line + "'");
        Gbp.requireGbp(outturn, "outturn of '" + line + "'");
        if (low.isPresent() != high.isPresent()
                || (low.isPresent() && (low.get().isGreaterThan(outturn) || high.get().isLessThan(outturn)))) {
            throw new FinanceRuleException("spread of the forecast for '" + line + "'", low.orElse(null) + " to " + high.orElse(null),
                    "the low and high bracket the outturn " + outturn);
        }
        Money floor = low.orElse(outturn);
        Money ceiling = high.orElse(outturn);
        if (kind == LineKind.COST && floor.isLessThan(actualsToDate)) {
            throw new FinanceRuleException("forecast for cost line '" + line + "'", floor, "below the actuals to date "
                    + actualsToDate + ": the rest of the year of a line with no credits cannot be negative");
        }
        if (kind == LineKind.INCOME && ceiling.isGreaterThan(actualsToDate)) {
            throw new FinanceRuleException("forecast for income line '" + line + "'", ceiling, "above the actuals to date "
                    + actualsToDate + ": the rest of the year of a line with no payments cannot be positive");
        }
    }

    /** @return the outturn less the actuals to date: what the rest of the year is forecast to add */
    public Money remaining() {
        return outturn.minus(actualsToDate);
    }

    /**
     * Sets the forecast of the matching line of a snapshot to this outturn.
     *
     * @param snapshot a snapshot with the line
     * @return the snapshot with the forecast set
     */
    public MonitoringSnapshot applyTo(MonitoringSnapshot snapshot) {
        if (snapshot.lines().stream().noneMatch(l -> l.line().equals(line))) {
            throw new FinanceRuleException("forecast line", "'" + line + "'", "not a line of the " + snapshot.period() + " snapshot");
        }
        List<MonitoringLine> out = new ArrayList<>();
        snapshot.lines().forEach(l -> out.add(l.line().equals(line) ? l.withForecast(outturn) : l));
        return snapshot.withLines(out);
    }

    /** @return a short form: line, period, method, outturn and range */
    @Override
    public String toString() {
        return line + " at " + asAt + " (" + method + "): " + outturn + low.map(l -> " [P10 " + l + ", P90 " + high.orElseThrow() + "]").orElse("");
    }
}
