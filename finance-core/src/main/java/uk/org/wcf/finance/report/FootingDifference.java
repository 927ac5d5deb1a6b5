package uk.org.wcf.finance.report;

import java.util.List;

/**
 * Where a rounded total differs from the sum of its rounded parts. The total is right (it was rounded once
 * from the exact sum); the difference is what rounding the parts one by one loses or gains, shown so a reader
 * can see why the column does not add on paper.
 *
 * @param row the row key of the total
 * @param column the column key of the total
 * @param roundedTotal the total rounded from its exact value
 * @param sumOfRoundedParts the sum of the rounded parts
 * @param parts the parts added
 */
public record FootingDifference(String row, String column, long roundedTotal, long sumOfRoundedParts,
        List<Term> parts) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * Copies the parts.
     *
     * @param row the row key
     * @param column the column key
     * @param roundedTotal the rounded total
     * @param sumOfRoundedParts the sum of rounded parts
     * @param parts the parts
     */
    public FootingDifference {
        parts = List.copyOf(parts);
    }

    /** @return rounded total - sum of rounded parts */
    public long difference() {
        return roundedTotal - sumOfRoundedParts;
    }
}
