package uk.org.wcf.finance.dsg;

import java.util.Objects;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.Rate;

/**
 * Funding and expenditure of a block other than High Needs in the plan's first year, each grown by the same rate
 * in later years (so the block's in-year result grows with it).
 *
 * @param block Schools, Central School Services or Early Years
 * @param funding the block's allocation in the first year
 * @param expenditure its expenditure in the first year
 * @param growth the yearly growth of both
 * @param basis where the figures come from
 */
public record BlockBudget(DsgBlock block, Money funding, Money expenditure, Rate growth, Basis basis) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * Validates the block.
     *
     * @param block not High Needs
     * @param funding not negative
     * @param expenditure not negative
     * @param growth not null
     * @param basis not null
     */
    public BlockBudget {
        Objects.requireNonNull(block, "block");
        if (block == DsgBlock.HIGH_NEEDS) {
            throw new FinanceRuleException("block", block.label(), "the High Needs block is planned from its provision types");
        }
        Gbp.requireNonNegative(funding, block.label() + " funding", "funding may not be negative");
        Gbp.requireNonNegative(expenditure, block.label() + " expenditure", "expenditure may not be negative");
        Objects.requireNonNull(growth, "growth");
        Objects.requireNonNull(basis, "basis");
    }
}
