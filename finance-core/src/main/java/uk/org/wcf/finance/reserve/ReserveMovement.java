package uk.org.wcf.finance.reserve;

import java.util.Objects;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.Approval;

/**
 * A contribution to or a drawdown from an earmarked reserve, with its approval. A drawdown passported to the
 * company is income in the company's contract funding ("funding from reserves").
 *
 * @param kind contribution or drawdown
 * @param description what it is for
 * @param amount a positive amount
 * @param approval the annual budget or change request that agreed it
 * @param passportedToCompany true for a drawdown that funds the company's budget
 */
public record ReserveMovement(Kind kind, String description, Money amount, Approval approval, boolean passportedToCompany) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /** Which way the money moves. */
    public enum Kind {
        /** Money set aside into the reserve. */
        CONTRIBUTION,
        /** Money used from the reserve. */
        DRAWDOWN
    }

    /**
     * Validates the movement.
     *
     * @param kind not null
     * @param description not null
     * @param amount positive
     * @param approval not null: every movement is agreed
     * @param passportedToCompany only for a drawdown
     */
    public ReserveMovement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Gbp.requireNonNegative(amount, "reserve movement '" + description + "'",
                "a movement is entered as a positive amount; its kind gives the direction");
        Objects.requireNonNull(approval, "approval of '" + description + "'");
        if (passportedToCompany && kind != Kind.DRAWDOWN) {
            throw new FinanceRuleException("movement '" + description + "'", kind,
                    "only a drawdown can be passported to the company");
        }
    }

    /** @return the change in the reserve's balance: + for a contribution, - for a drawdown */
    public Money signedAmount() {
        return kind == Kind.CONTRIBUTION ? amount : amount.negated();
    }
}
