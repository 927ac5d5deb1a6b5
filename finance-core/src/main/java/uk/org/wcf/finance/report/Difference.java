package uk.org.wcf.finance.report;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One figure where the model's rounded output and the published table disagree, with its size and cause.
 *
 * @param table the table identifier
 * @param row the row key
 * @param rowLabel the row's label
 * @param column the column key
 * @param model the model's figure, rounded
 * @param published the published figure, or empty where the source has none
 * @param cause why they differ
 * @param explanation the cause in words, with the figures that show it
 */
public record Difference(String table, String row, String rowLabel, String column, BigDecimal model,
        Optional<BigDecimal> published, Cause cause, String explanation) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /** Why a figure differs from the published one. */
    public enum Cause {
        /** The published figure is not the sum of its own published parts; the model's figure is. */
        SOURCE_ROUNDING,
        /** The model rounds the exact total once; the source added up its rounded parts. */
        MODEL_ROUNDING,
        /** The source prints the line with the opposite sign to the rest of its table. */
        SOURCE_SIGN,
        /** The source has no figure here. */
        NOT_PUBLISHED,
        /** No rule explains the difference: the model or the data is wrong. */
        UNEXPLAINED;

        /** @return true when the difference is accounted for by rounding or the sign convention of the source */
        public boolean isKnown() {
            return this == SOURCE_ROUNDING || this == MODEL_ROUNDING || this == SOURCE_SIGN;
        }
    }

    /**
     * Validates the difference.
     *
     * @param table not null
     * @param row not null
     * @param rowLabel not null
     * @param column not null
     * @param model not null
     * @param published the published figure, or empty where the source has none
     * @param cause not null
     * @param explanation not null
     */
    public Difference {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(rowLabel, "rowLabel");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(published, "published (Optional.empty() where the source has none)");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** @return published - model, or zero where nothing was published */
    public BigDecimal size() {
        return published.map(p -> p.subtract(model)).orElse(BigDecimal.ZERO);
    }
}
