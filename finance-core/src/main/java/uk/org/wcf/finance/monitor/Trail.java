package uk.org.wcf.finance.monitor;

import java.util.List;
import java.util.Objects;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;

/**
 * Where a snapshot line's figures came from: for each figure (net budget, actuals to date, forecast) its amount,
 * its source (a file, a workbook, or a forecasting method) and where in the source (a line of a file, a sheet and
 * cell of a workbook, the method's inputs). {@code monitor --explain LINE} prints it.
 *
 * @param line the snapshot line
 * @param steps the figures, in order
 */
public record Trail(String line, List<Trail.Step> steps) {

    /** The figure a forecast defaulted to its suggested outturn is marked with, in {@link Step#figure()}. */
    public static final String DEFAULTED = "forecast (defaulted)";

    /**
     * One figure and its source.
     *
     * @param figure what the figure is, such as {@code net budget}, {@code actuals to date}, {@code forecast}
     * @param amount the figure
     * @param source the file, workbook or method it came from
     * @param location where in the source (such as {@code sheet Forecast, cell H7}), or empty
     */
    public record Step(String figure, Money amount, String source, String location) {
        /**
         * Validates the step.
         *
         * @param figure not blank
         * @param amount GBP
         * @param source not blank
         * @param location not null
         */
        public Step {
            if (figure == null || figure.isBlank()) {
                throw new FinanceRuleException("trail step", "'" + figure + "'", "every step names its figure");
            }
            Gbp.requireGbp(amount, "trail step '" + figure + "'");
            if (source == null || source.isBlank()) {
                throw new FinanceRuleException("source of '" + figure + "'", "'" + source + "'", "every figure names its source");
            }
            location = location == null ? "" : location.strip();
        }

        /** @return e.g. {@code forecast 1,234.00: returns/A.xlsx, sheet Forecast, cell H7} */
        @Override
        public String toString() {
            return figure + " " + Gbp.readable(amount) + ": " + source + (location.isEmpty() ? "" : ", " + location);
        }
    }

    /**
     * Validates the trail.
     *
     * @param line not blank
     * @param steps at least one
     */
    public Trail {
        if (line == null || line.isBlank()) {
            throw new FinanceRuleException("trail", "'" + line + "'", "a trail names its line");
        }
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
        if (steps.isEmpty()) {
            throw new FinanceRuleException("trail of '" + line + "'", "empty", "a trail has at least one figure");
        }
    }

    /** @return true when the line's forecast is a default, not a holder's */
    public boolean defaulted() {
        return steps.stream().anyMatch(s -> s.figure().equals(DEFAULTED));
    }

    /** @return the line and its figures, one a line */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(line);
        steps.forEach(s -> sb.append("\n  ").append(s));
        return sb.toString();
    }
}
