package uk.org.wcf.finance.returns;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.joda.money.Money;

import uk.org.wcf.finance.forecast.Forecast;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.Trail;

/**
 * One line of a forecast pack: what the holder is shown and may not change (the annual budget, actuals to date, last
 * period's forecast, the suggested outturn and its method) and where the budget and actuals came from.
 *
 * @param line the monitoring line's name ({@code service / subjective group}, as {@link Packs#lineName} makes it)
 * @param service the service's name, the snapshot line's group
 * @param budget the annual budget
 * @param actualsToDate actuals from P1 to the pack's period
 * @param previousForecast last period's forecast; empty when no previous snapshot was given or it lacks the line
 * @param suggested the suggested outturn, with its method and inputs
 * @param sources the trail of the budget and of the actuals
 */
public record PackLine(String line, String service, Money budget, Money actualsToDate, Optional<Money> previousForecast,
        Forecast suggested, List<Trail.Step> sources) {

    /**
     * Validates the line.
     *
     * @param line not blank
     * @param service not blank
     * @param budget GBP
     * @param actualsToDate GBP, equal to the suggested forecast's actuals to date
     * @param previousForecast GBP, or empty
     * @param suggested not null, for this line
     * @param sources the budget's and the actuals' steps
     */
    public PackLine {
        if (line == null || line.isBlank()) {
            throw new FinanceRuleException("pack line", "'" + line + "'", "every line has a name");
        }
        Objects.requireNonNull(service, "service");
        Gbp.requireGbp(budget, "budget of '" + line + "'");
        Gbp.requireGbp(actualsToDate, "actuals to date of '" + line + "'");
        Objects.requireNonNull(previousForecast, "previousForecast (empty when there was none)");
        previousForecast.ifPresent(f -> Gbp.requireGbp(f, "last period's forecast of '" + line + "'"));
        Objects.requireNonNull(suggested, "suggested");
        if (!suggested.actualsToDate().equals(actualsToDate)) {
            throw new FinanceRuleException("suggested outturn of '" + line + "'", suggested.actualsToDate(),
                    "is made from the line's actuals to date, " + actualsToDate);
        }
        sources = List.copyOf(sources);
    }
}
