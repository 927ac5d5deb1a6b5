package uk.org.wcf.finance.plan;

import java.util.List;
import java.util.Objects;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.money.FinanceRuleException;

/**
 * A named set of assumptions, such as a scenario ("3% pay award"), with the number of indicative years to plan.
 *
 * @param name the scenario's name
 * @param indicativeYears the number of indicative years
 * @param assumptions the assumptions
 */
public record AssumptionSet(String name, int indicativeYears, List<Assumption> assumptions) {

    /**
     * Validates the set.
     *
     * @param name not blank
     * @param indicativeYears 0 to 20
     * @param assumptions the assumptions
     */
    public AssumptionSet {
        if (name == null || name.isBlank()) {
            throw new FinanceRuleException("scenario name", "'" + name + "'", "a set of assumptions has a name");
        }
        if (indicativeYears < 0 || indicativeYears > 20) {
            throw new FinanceRuleException("indicative years", indicativeYears, "a plan has 0 to 20 indicative years");
        }
        assumptions = List.copyOf(Objects.requireNonNull(assumptions, "assumptions"));
    }

    /**
     * @param base the agreed base year
     * @return the plan these assumptions make from it
     */
    public Plan planFrom(BudgetBook base) {
        return Plan.of(base, indicativeYears, assumptions);
    }
}
