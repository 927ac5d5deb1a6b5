package uk.org.wcf.finance.dsg;

import java.util.Objects;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * Other income of the High Needs block in one year, such as grant above the budgeted allocation or a
 * contribution from health.
 *
 * @param name what it is
 * @param year the year
 * @param amount the amount (income positive)
 * @param basis where the figure comes from
 */
public record OtherIncome(String name, FiscalYear year, Money amount, Basis basis) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * Validates the income.
     *
     * @param name not blank
     * @param year not null
     * @param amount GBP
     * @param basis not null
     */
    public OtherIncome {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new FinanceRuleException("income name", "''", "income needs a name");
        }
        Objects.requireNonNull(year, "year");
        Gbp.requireGbp(amount, "income '" + name + "'");
        Objects.requireNonNull(basis, "basis");
    }
}
