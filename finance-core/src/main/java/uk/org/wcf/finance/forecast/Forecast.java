package uk.org.wcf.finance.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.joda.money.Money;

import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.time.FiscalPeriod;

/**
 * A year-end outturn forecast for a line, with the method and the inputs that made it, so that a reviewer can
 * see where the figure came from. Methods with a spread give a low and a high (an OLS prediction interval, or the
 * P10 and P90 of a simulation, with the P50 as the outturn).
 *
 * @param line the monitoring line
 * @param asAt the last period of actuals
 * @param method the method's name
 * @param inputs the method's inputs, named
 * @param outturn the forecast outturn
 * @param low the low end of the spread, or null
 * @param high the high end of the spread, or null
 */
public record Forecast(String line, FiscalPeriod asAt, String method, Map<String, String> inputs, Money outturn, Money low,
        Money high) {

    /**
     * Validates the forecast.
     *
     * @param line not null
     * @param asAt not null
     * @param method not null
     * @param inputs the inputs
     * @param outturn not null
     * @param low null, or not above the outturn
     * @param high null, or not below the outturn
     */
    public Forecast {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(asAt, "asAt");
        Objects.requireNonNull(method, "method");
        inputs = Map.copyOf(inputs);
        Objects.requireNonNull(outturn, "outturn");
        if ((low == null) != (high == null) || (low != null && (low.isGreaterThan(outturn) || high.isLessThan(outturn)))) {
            throw new FinanceRuleException("spread of the forecast for '" + line + "'", low + " to " + high,
                    "the low and high bracket the outturn");
        }
    }

    /** @return the low end, if the method gives a spread */
    public Optional<Money> lowIfAny() {
        return Optional.ofNullable(low);
    }

    /** @return the high end, if the method gives a spread */
    public Optional<Money> highIfAny() {
        return Optional.ofNullable(high);
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
}
