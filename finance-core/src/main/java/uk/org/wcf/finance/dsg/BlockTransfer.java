package uk.org.wcf.finance.dsg;

import java.util.Objects;
import java.util.Optional;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.Approval;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * A transfer from the Schools block to the High Needs block in one year. The Schools block passes that much less
 * to schools, and the High Needs block has that much more. Above the cap (0.5% of the Schools block) it needs
 * Schools Forum or Secretary of State approval, and every report says so.
 *
 * @param name what it is
 * @param year the year
 * @param amount the amount moved (positive)
 * @param approval the approval, where recorded
 * @param basis where the figure comes from
 */
public record BlockTransfer(String name, FiscalYear year, Money amount, Optional<Approval> approval, Basis basis) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * Validates the transfer.
     *
     * @param name not blank
     * @param year not null
     * @param amount not negative
     * @param approval the approval, or empty where none is recorded
     * @param basis not null
     */
    public BlockTransfer {
        Objects.requireNonNull(approval, "approval (Optional.empty() where none is recorded)");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new FinanceRuleException("transfer name", "''", "a transfer needs a name");
        }
        Objects.requireNonNull(year, "year");
        Gbp.requireNonNegative(amount, "transfer '" + name + "'", "a transfer to High Needs is entered as a positive amount");
        Objects.requireNonNull(basis, "basis");
    }
}
