package uk.org.wcf.finance.forecast;

import java.util.List;
import java.util.Objects;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;

/**
 * A line's monthly actuals: this year's from P1 (as many periods as are known, up to twelve) and its prior
 * years, each of twelve months from P1 (a month without actuals is nil), oldest first.
 *
 * @param line the line's name
 * @param actuals this year's months from P1, at most twelve
 * @param priorYears earlier years, oldest first, each of twelve months
 */
public record LineSeries(String line, List<Money> actuals, List<List<Money>> priorYears) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * Validates and copies the series.
     *
     * @param line not blank
     * @param actuals at most twelve months, GBP
     * @param priorYears each of twelve months, GBP
     */
    public LineSeries {
        Objects.requireNonNull(line, "line");
        if (line.isBlank()) {
            throw new FinanceRuleException("line", "''", "a line has a name");
        }
        actuals = List.copyOf(actuals);
        if (actuals.size() > 12) {
            throw new FinanceRuleException("actuals of '" + line + "'", actuals.size() + " months", "a year has twelve");
        }
        actuals.forEach(m -> Gbp.requireGbp(m, "actuals of '" + line + "'"));
        priorYears = priorYears.stream().map(List::copyOf).toList();
        for (List<Money> y : priorYears) {
            if (y.size() != 12) {
                throw new FinanceRuleException("a prior year of '" + line + "'", y.size() + " months",
                        "a prior year has twelve months (nil where there were no actuals)");
            }
            y.forEach(m -> Gbp.requireGbp(m, "prior year of '" + line + "'"));
        }
    }

    /**
     * @param line the line
     * @param actuals this year's months from P1
     * @param priorYears earlier years, oldest first, twelve months each
     * @return the series
     */
    public static LineSeries of(String line, List<Money> actuals, List<List<Money>> priorYears) {
        return new LineSeries(line, actuals, priorYears);
    }

    /**
     * @param months how many of this year's months to keep
     * @return the series as it was known at that period
     */
    public LineSeries upTo(int months) {
        if (months > actuals.size()) {
            throw new FinanceRuleException("actuals of '" + line + "'", actuals.size() + " months",
                    "a forecast at P" + months + " needs " + months + " months of actuals");
        }
        return new LineSeries(line, actuals.subList(0, months), priorYears);
    }
}
