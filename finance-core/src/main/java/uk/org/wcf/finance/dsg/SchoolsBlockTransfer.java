package uk.org.wcf.finance.dsg;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.joda.money.BigMoney;
import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.monitor.Approval;

/**
 * A transfer out of the Schools block, checked against the cap (0.5% by default): above it, the transfer needs
 * Schools Forum or Secretary of State approval.
 *
 * @param schoolsBlock the Schools block budget
 * @param transfer the amount transferred out
 * @param cap the cap as a share of the block
 * @param approval Schools Forum or Secretary of State approval, where recorded
 */
public record SchoolsBlockTransfer(Money schoolsBlock, Money transfer, Rate cap, Optional<Approval> approval) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /** The national cap on transfers out of the Schools block without approval. */
    public static final Rate DEFAULT_CAP = Rate.percent("0.5");

    /**
     * Validates the transfer.
     *
     * @param schoolsBlock positive
     * @param transfer not negative
     * @param cap not null
     * @param approval the approval, or empty where none is recorded
     */
    public SchoolsBlockTransfer {
        Objects.requireNonNull(approval, "approval (Optional.empty() where none is recorded)");
        Gbp.requireNonNegative(schoolsBlock, "Schools block", "the Schools block budget may not be negative");
        Gbp.requireNonNegative(transfer, "Schools block transfer", "a transfer out is entered as a positive amount");
        Objects.requireNonNull(cap, "cap");
        if (schoolsBlock.isZero()) {
            throw new FinanceRuleException("Schools block", schoolsBlock, "a transfer needs a Schools block to come from");
        }
    }

    /**
     * @param schoolsBlock the Schools block budget
     * @param transfer the amount transferred out
     * @param cap the cap as a share of the block
     * @return a transfer with no approval recorded
     */
    public static SchoolsBlockTransfer of(Money schoolsBlock, Money transfer, Rate cap) {
        return new SchoolsBlockTransfer(schoolsBlock, transfer, cap, Optional.empty());
    }

    /**
     * @param schoolsBlock the Schools block budget
     * @param transfer the amount transferred out
     * @param cap the cap as a share of the block
     * @param approval the approval
     * @return a transfer with its approval
     */
    public static SchoolsBlockTransfer of(Money schoolsBlock, Money transfer, Rate cap, Approval approval) {
        return new SchoolsBlockTransfer(schoolsBlock, transfer, cap, Optional.of(approval));
    }

    /** @return the most that may move without approval: block x cap, exactly */
    public BigMoney capAmount() {
        return cap.of(schoolsBlock);
    }

    /** @return true when the transfer is within the cap */
    public boolean withinCap() {
        return transfer.getAmount().compareTo(capAmount().getAmount()) <= 0;
    }

    /** @return true when the transfer may go ahead: within the cap, or approved */
    public boolean allowed() {
        return withinCap() || approvalIfAny().isPresent();
    }

    /** @return the approval, if it is one that allows a transfer above the cap (Schools Forum, Secretary of State) */
    public Optional<Approval> approvalIfAny() {
        return approval.filter(a -> a.route() == Approval.Route.SCHOOLS_FORUM
                || a.route() == Approval.Route.SECRETARY_OF_STATE);
    }

    /** @return a sentence for the report */
    public String explain() {
        String head = "Transfer of " + transfer.getAmount().toPlainString() + " out of a Schools block of "
                + schoolsBlock.getAmount().toPlainString() + " ("
                + RoundingPolicy.PENCE.percent(transfer, schoolsBlock).map(BigDecimal::toPlainString).orElse("-")
                + "%) against a cap of " + cap;
        if (withinCap()) {
            return head + ": within the cap.";
        }
        return head + ": above the cap; " + approvalIfAny().map(a -> "approved by " + a + ".")
                .orElse("needs Schools Forum or Secretary of State approval, which is not recorded.");
    }
}
