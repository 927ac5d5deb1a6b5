package uk.org.wcf.finance.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.joda.money.Money;

import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.time.FiscalPeriod;

/**
 * Each period's forecast outturn against the final (P12) outturn, per line and in total: how far out each
 * forecast was, and from which period on an overspend showed in every forecast.
 *
 * @param finalPeriod the period whose forecast is the final outturn (P12)
 * @param lines one per line of the final snapshot, in its order
 * @param total the lines summed (the grant excluded)
 */
public record ForecastAccuracy(FiscalPeriod finalPeriod, List<Line> lines, Line total) {

    /**
     * Validates the accuracy.
     *
     * @param finalPeriod not null
     * @param lines the lines
     * @param total not null
     */
    public ForecastAccuracy {
        Objects.requireNonNull(finalPeriod, "finalPeriod");
        lines = List.copyOf(lines);
        Objects.requireNonNull(total, "total");
    }

    /**
     * A forecast made at a period.
     *
     * @param period the period
     * @param forecast its forecast outturn
     * @param variance its variance before adjustments (forecast - budget)
     * @param error forecast - final outturn
     */
    public record Point(FiscalPeriod period, Money forecast, Money variance, Money error) {
        /**
         * Validates the point.
         *
         * @param period not null
         * @param forecast GBP
         * @param variance GBP
         * @param error GBP
         */
        public Point {
            Objects.requireNonNull(period, "period");
            Gbp.requireGbp(forecast, "forecast");
            Gbp.requireGbp(variance, "variance");
            Gbp.requireGbp(error, "error");
        }
    }

    /**
     * A line's forecasts through the year.
     *
     * @param line the line
     * @param finalOutturn the final outturn
     * @param finalVariance the final variance before adjustments
     * @param points one per closed period, in order
     * @param overspendShownFrom for a final overspend, the first period from which every forecast showed one
     */
    public record Line(String line, Money finalOutturn, Money finalVariance, List<Point> points,
            Optional<FiscalPeriod> overspendShownFrom) {
        /**
         * Validates the line.
         *
         * @param line not null
         * @param finalOutturn GBP
         * @param finalVariance GBP
         * @param points the points
         * @param overspendShownFrom not null
         */
        public Line {
            Objects.requireNonNull(line, "line");
            Gbp.requireGbp(finalOutturn, "final outturn");
            Gbp.requireGbp(finalVariance, "final variance");
            points = List.copyOf(points);
            Objects.requireNonNull(overspendShownFrom, "overspendShownFrom");
        }

        /**
         * @param line the line
         * @param points its forecasts, the last being the final outturn
         * @return the line's accuracy
         */
        static Line of(String line, List<Point> points) {
            Point last = points.get(points.size() - 1);
            Optional<FiscalPeriod> from = Optional.empty();
            if (last.variance().isPositive()) {
                for (int i = points.size() - 1; i >= 0 && points.get(i).variance().isPositive(); i--) {
                    from = Optional.of(points.get(i).period());
                }
            }
            return new Line(line, last.forecast(), last.variance(), points, from);
        }
    }
}
