package uk.org.wcf.finance.monitor;

import java.util.Objects;
import java.util.Optional;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;

/**
 * A named adjustment to a line's variance: signed as it affects the variance (a draw from a reserve that funds
 * an overspend is negative), with the approval behind it where there is one.
 *
 * @param kind what sort of adjustment
 * @param name what it is, as the report names it
 * @param amount its effect on the variance
 * @param approval who agreed it, where recorded
 */
public record Adjustment(Kind kind, String name, Money amount, Optional<Approval> approval) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /** The kinds of adjustment a monitoring line can carry. */
    public enum Kind {
        /** A proposed carry-forward of the variance into next year (or, for DSG, into the DSG reserve). */
        CARRY_FORWARD,
        /** A draw from an earmarked reserve. */
        RESERVE_DRAW,
        /** A reimbursement from a pooled budget. */
        POOLED_BUDGET,
        /** Funding agreed by change request. */
        CHANGE_REQUEST_FUNDING,
        /** Any other named adjustment. */
        OTHER
    }

    /**
     * Validates the adjustment.
     *
     * @param kind not null
     * @param name not blank
     * @param amount GBP
     * @param approval the approval, or empty where none is recorded
     */
    public Adjustment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(approval, "approval (Optional.empty() where none is recorded)");
        if (name == null || name.isBlank()) {
            throw new FinanceRuleException("adjustment name", "'" + name + "'",
                    "every adjustment is named");
        }
        name = name.strip();
        Gbp.requireGbp(amount, "adjustment '" + name + "'");
    }

    /**
     * @param name the name
     * @param amount the effect on the variance (negative to carry an overspend forward)
     * @return a carry-forward
     */
    public static Adjustment carryForward(String name, Money amount) {
        return new Adjustment(Kind.CARRY_FORWARD, name, amount, Optional.empty());
    }

    /**
     * @param kind the kind
     * @param name the name
     * @param amount the effect on the variance
     * @return an adjustment with no approval recorded
     */
    public static Adjustment of(Kind kind, String name, Money amount) {
        return new Adjustment(kind, name, amount, Optional.empty());
    }

    /**
     * @param kind the kind
     * @param name the name
     * @param amount the effect on the variance
     * @param approval the approval
     * @return the adjustment
     */
    public static Adjustment of(Kind kind, String name, Money amount, Approval approval) {
        return new Adjustment(kind, name, amount, Optional.of(approval));
    }

    /** @return the approval, if recorded (the same as {@link #approval()}) */
    public Optional<Approval> approvalIfAny() {
        return approval;
    }

    /** @return true for a carry-forward */
    public boolean isCarryForward() {
        return kind == Kind.CARRY_FORWARD;
    }
}
