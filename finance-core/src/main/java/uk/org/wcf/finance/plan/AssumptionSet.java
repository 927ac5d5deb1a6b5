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
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


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

    /**
     * The assumptions in words, each rate as the set gives it, so that a label never states a rate the figures do not
     * use: "staffing inflation 2% a year, compounding" (with any year's own rate), other kinds by name.
     *
     * @return the words, or "none"
     */
    public String inWords() {
        List<String> words = new java.util.ArrayList<>();
        for (Assumption a : assumptions) {
            if (a instanceof StaffingInflation s) {
                String byYear = s.byYear().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .map(e -> e.getValue() + " in " + e.getKey()).reduce((x, y) -> x + ", " + y).map(t -> " (" + t + ")").orElse("");
                words.add("staffing inflation " + s.rate() + " a year, compounding" + byYear);
            } else {
                words.add(a.name());
            }
        }
        return words.isEmpty() ? "none" : String.join("; ", words);
    }
}
