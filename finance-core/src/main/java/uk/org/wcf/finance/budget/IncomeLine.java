package uk.org.wcf.finance.budget;

import java.util.Objects;

import org.joda.money.Money;

import uk.org.wcf.finance.money.Gbp;

/**
 * Income the company earns outside the council contract (non-WCC sales, fees and charges: 407 in 2020/21).
 * It reduces the gross expenditure the contract has to fund.
 *
 * @param name the line as published
 * @param amount the income, a positive amount
 */
public record IncomeLine(String name, Money amount) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /** The name of the published line. */
    public static final String SALES_FEES_AND_CHARGES = "Non-WCC Sales, Fees and Charges";

    /**
     * Validates the line.
     *
     * @param name not blank
     * @param amount GBP, not negative
     */
    public IncomeLine {
        Objects.requireNonNull(name, "name");
        Gbp.requireNonNegative(amount, "income '" + name + "'", "income is entered as a positive amount");
    }

    /**
     * @param name the line
     * @param amount the income
     * @return the income line
     */
    public static IncomeLine of(String name, Money amount) {
        return new IncomeLine(name, amount);
    }
}
