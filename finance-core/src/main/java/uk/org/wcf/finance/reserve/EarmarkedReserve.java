package uk.org.wcf.finance.reserve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.Approval;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * An earmarked reserve held on the council's balance sheet for children's services: opening balance,
 * contributions and drawdowns in order, closing balance. A drawdown may never take the balance below zero.
 *
 * @param name the reserve's name
 * @param year the financial year
 * @param opening the opening balance, not negative
 * @param movements the movements, in the order they happen
 */
public record EarmarkedReserve(String name, FiscalYear year, Money opening, List<ReserveMovement> movements) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * Validates the reserve: the balance after every movement is zero or more.
     *
     * @param name not blank
     * @param year not null
     * @param opening not negative
     * @param movements the movements
     */
    public EarmarkedReserve {
        if (name == null || name.isBlank()) {
            throw new FinanceRuleException("reserve name", "'" + name + "'", "every reserve is named");
        }
        Objects.requireNonNull(year, "year");
        Gbp.requireNonNegative(opening, "opening balance of '" + name + "'", "a reserve's balance may not be negative");
        movements = List.copyOf(movements);
        Money balance = opening;
        for (ReserveMovement m : movements) {
            if (m.kind() == ReserveMovement.Kind.DRAWDOWN && m.amount().isGreaterThan(balance)) {
                throw new FinanceRuleException("drawdown '" + m.description() + "' from '" + name + "'", m.amount(),
                        "is more than the reserve's balance of " + Gbp.readable(balance) + "; a drawdown may not exceed the balance");
            }
            balance = balance.plus(m.signedAmount());
        }
    }

    /**
     * @param name the name
     * @param year the year
     * @param opening the opening balance
     * @return a reserve with no movements yet
     */
    public static EarmarkedReserve opening(String name, FiscalYear year, Money opening) {
        return new EarmarkedReserve(name, year, opening, List.of());
    }

    /**
     * @param description what it is for
     * @param amount the amount
     * @param approval the approval
     * @return the reserve with the contribution added
     */
    public EarmarkedReserve contribute(String description, Money amount, Approval approval) {
        return with(new ReserveMovement(ReserveMovement.Kind.CONTRIBUTION, description, amount, approval, false));
    }

    /**
     * @param description what it is for
     * @param amount the amount
     * @param approval the approval
     * @param passported true when it funds the company's budget
     * @return the reserve with the drawdown added
     * @throws FinanceRuleException if it is more than the balance
     */
    public EarmarkedReserve draw(String description, Money amount, Approval approval, boolean passported) {
        return with(new ReserveMovement(ReserveMovement.Kind.DRAWDOWN, description, amount, approval, passported));
    }

    private EarmarkedReserve with(ReserveMovement m) {
        List<ReserveMovement> more = new ArrayList<>(movements);
        more.add(m);
        return new EarmarkedReserve(name, year, opening, more);
    }

    /** @return total contributions */
    public Money contributions() {
        return total(ReserveMovement.Kind.CONTRIBUTION);
    }

    /** @return total drawdowns */
    public Money drawdowns() {
        return total(ReserveMovement.Kind.DRAWDOWN);
    }

    private Money total(ReserveMovement.Kind kind) {
        Money sum = Gbp.zero();
        for (ReserveMovement m : movements) {
            if (m.kind() == kind) {
                sum = sum.plus(m.amount());
            }
        }
        return sum;
    }

    /** @return drawdowns passported to the company */
    public Money passported() {
        return Gbp.sum(movements.stream().filter(ReserveMovement::passportedToCompany).map(ReserveMovement::amount));
    }

    /** @return opening + contributions - drawdowns */
    public Money closing() {
        return opening.plus(contributions()).minus(drawdowns());
    }

    /** @return the reserve in the next year, opening at this closing balance (unused money stays available) */
    public EarmarkedReserve nextYear() {
        return opening(name, year.next(), closing());
    }
}
