package uk.org.wcf.finance.budget;

import java.util.Objects;

import org.joda.money.Money;

import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.structure.CostLine;

/**
 * A gross expenditure budget for one cost line, exact in pounds and pence.
 *
 * @param line the cost line
 * @param amount the budget, in GBP, not negative
 */
public record BudgetLine(CostLine line, Money amount) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * Validates the line.
     *
     * @param line not null
     * @param amount GBP, not negative (an expenditure budget below zero is an income line, kept elsewhere)
     */
    public BudgetLine {
        Objects.requireNonNull(line, "line");
        Gbp.requireNonNegative(amount, "budget for '" + line + "'",
                "a gross expenditure budget may not be negative; record income as income");
    }

    /**
     * @param line the cost line
     * @param amount the budget
     * @return the budget line
     */
    public static BudgetLine of(CostLine line, Money amount) {
        return new BudgetLine(line, amount);
    }

    /**
     * @param newAmount the new budget
     * @return a copy with another amount
     */
    public BudgetLine withAmount(Money newAmount) {
        return new BudgetLine(line, newAmount);
    }
}
