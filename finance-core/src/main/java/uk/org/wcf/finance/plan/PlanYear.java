package uk.org.wcf.finance.plan;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.structure.CostLine;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * What an {@link Assumption} sees when it works out its effects on one year of a plan: the year, the plan's base
 * book (its year, its services, to resolve a {@link LineRef}), and each line's exact recurrent value at the start
 * of the year (in pounds, not rounded: 2% compounds as (1.02)^n).
 *
 * @param year the year being planned
 * @param base the plan's agreed base book
 * @param start each line's exact recurrent value at the start of the year, in pounds
 */
public record PlanYear(FiscalYear year, BudgetBook base, Map<CostLine, BigDecimal> start) {

    /**
     * Validates the year.
     *
     * @param year not null
     * @param base not null
     * @param start not null; copied, in its order
     */
    public PlanYear {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(base, "base");
        start = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(start));
    }

    /**
     * @param line a line
     * @return its exact value at the start of the year, zero for a line the plan does not have yet
     */
    public BigDecimal startOf(CostLine line) {
        return start.getOrDefault(line, BigDecimal.ZERO);
    }

    /**
     * @param line a reference to a line
     * @return the line in the base book's services
     */
    public CostLine resolve(LineRef line) {
        return line.resolve(base);
    }

    /** @return a short readable form: the year and the number of lines */
    @Override
    public String toString() {
        return "PlanYear[" + year + ", " + start.size() + " lines]";
    }
}
