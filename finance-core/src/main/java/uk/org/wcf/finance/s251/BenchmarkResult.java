package uk.org.wcf.finance.s251;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;

/**
 * A council's figure among other councils' for one line and measure.
 *
 * @param scope what the council is compared with, such as {@code all councils} or a group's name
 * @param la the council's code
 * @param name the council's name
 * @param line the line
 * @param measure the measure
 * @param perHead true when the figures are per head of the population aged 0 to 17
 * @param value the council's figure, or empty when it has none (not applicable)
 * @param rank 1 for the highest figure; councils with equal figures share a rank; empty without a figure
 * @param councils how many councils in the scope have a figure
 * @param median the median of those figures (Excel's QUARTILE.INC, quartile 2), empty when none has one
 * @param lowerQuartile the lower quartile (QUARTILE.INC, quartile 1)
 * @param upperQuartile the upper quartile (QUARTILE.INC, quartile 3)
 */
public record BenchmarkResult(String scope, String la, String name, S251Line line, Measure measure, boolean perHead,
        Optional<Money> value, OptionalInt rank, int councils, Optional<Money> median, Optional<Money> lowerQuartile,
        Optional<Money> upperQuartile) {

    /**
     * Validates the result.
     *
     * @param scope not null
     * @param la not null
     * @param name not null
     * @param line not null
     * @param measure not null
     * @param perHead either
     * @param value not null
     * @param rank present exactly when the value is, from 1 to councils
     * @param councils 0 or more
     * @param median not null; present exactly when councils is not 0
     * @param lowerQuartile not null
     * @param upperQuartile not null
     */
    public BenchmarkResult {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(la, "la");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rank, "rank");
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(lowerQuartile, "lowerQuartile");
        Objects.requireNonNull(upperQuartile, "upperQuartile");
        if (value.isPresent() != rank.isPresent() || rank.isPresent() && (rank.getAsInt() < 1 || rank.getAsInt() > councils)) {
            throw new FinanceRuleException("rank", rank, "a council with a figure ranks from 1 to " + councils
                    + "; one without has no rank");
        }
        if (median.isPresent() != (councils > 0)) {
            throw new FinanceRuleException("median", median, "there is a median exactly when a council has a figure");
        }
    }

    /** @return the measure as a label: {@code TotalExpenditure}, or {@code TotalExpenditure per head 0-17} */
    public String measureLabel() {
        return measure.column() + (perHead ? " per head 0-17" : "");
    }

    /** @return {@code 885 Worcestershire: rank 30 of 152 (all councils)} */
    @Override
    public String toString() {
        return la + " " + name + ", line " + line.number() + " " + measureLabel() + ": "
                + (rank.isPresent() ? "rank " + rank.getAsInt() + " of " + councils : "no figure, " + councils
                        + " councils with one") + " (" + scope + ")";
    }
}
