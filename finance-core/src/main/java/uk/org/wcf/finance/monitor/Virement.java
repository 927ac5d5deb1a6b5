package uk.org.wcf.finance.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;

/**
 * A virement: budget moved from one line to another within a year, with its approval. It never changes the
 * total budget.
 *
 * @param from the line the budget leaves
 * @param to the line it goes to
 * @param amount a positive amount
 * @param approval who agreed it
 */
public record Virement(String from, String to, Money amount, Approval approval) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * Validates the virement.
     *
     * @param from not blank
     * @param to not blank, not {@code from}
     * @param amount positive
     * @param approval not null
     */
    public Virement {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            throw new FinanceRuleException("virement to '" + to + "'", "from the same line", "a virement moves budget between two lines");
        }
        Gbp.requireNonNegative(amount, "virement from '" + from + "'", "a virement is entered as a positive amount");
        Objects.requireNonNull(approval, "approval");
    }

    /**
     * Applies the virement to a snapshot's net budgets.
     *
     * @param snapshot the snapshot
     * @return the snapshot with the budget moved
     * @throws FinanceRuleException for a line the snapshot does not have
     */
    public MonitoringSnapshot applyTo(MonitoringSnapshot snapshot) {
        for (String name : List.of(from, to)) {
            if (snapshot.lines().stream().noneMatch(l -> l.line().equals(name))) {
                throw new FinanceRuleException("virement line", "'" + name + "'", "not a line of the " + snapshot.period()
                        + " snapshot (the grant line cannot be vired)");
            }
        }
        List<MonitoringLine> lines = new ArrayList<>();
        for (MonitoringLine l : snapshot.lines()) {
            if (l.line().equals(from)) {
                lines.add(l.withNetBudget(l.netBudget().minus(amount)));
            } else if (l.line().equals(to)) {
                lines.add(l.withNetBudget(l.netBudget().plus(amount)));
            } else {
                lines.add(l);
            }
        }
        return snapshot.withLines(lines);
    }
}
