package uk.org.wcf.finance.budget;

import java.util.Objects;

import org.joda.money.Money;

import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.structure.FundingSource;

/**
 * Funding passed through the council to the company on top of its base budget, by source.
 *
 * @param source the source
 * @param amount the funding, not negative
 */
public record FundingLine(FundingSource source, Money amount) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * Validates the line.
     *
     * @param source not null
     * @param amount GBP, not negative
     */
    public FundingLine {
        Objects.requireNonNull(source, "source");
        Gbp.requireNonNegative(amount, "funding from '" + source.name() + "'",
                "pass-through funding may not be negative");
    }

    /**
     * @param source the source
     * @param amount the funding
     * @return the funding line
     */
    public static FundingLine of(FundingSource source, Money amount) {
        return new FundingLine(source, amount);
    }
}
