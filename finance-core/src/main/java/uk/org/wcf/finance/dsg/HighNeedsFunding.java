package uk.org.wcf.finance.dsg;

import java.util.Objects;

import org.joda.money.Money;

import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.Rate;

/**
 * The High Needs block allocation in the plan's first year and its assumed yearly growth.
 *
 * @param allocation the first year's allocation
 * @param growth the yearly growth
 * @param basis where the figures come from
 */
public record HighNeedsFunding(Money allocation, Rate growth, Basis basis) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * Validates the funding.
     *
     * @param allocation not negative
     * @param growth not null
     * @param basis not null
     */
    public HighNeedsFunding {
        Gbp.requireNonNegative(allocation, "High Needs allocation", "an allocation may not be negative");
        Objects.requireNonNull(growth, "growth");
        Objects.requireNonNull(basis, "basis");
    }
}
