package uk.org.wcf.finance.dsg;

import java.math.BigDecimal;
import java.util.Objects;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.Rate;

/**
 * One type of high needs provision in the plan's first year (such as mainstream top-up, maintained special,
 * independent and non-maintained special out of county, post-16 and further education, alternative provision,
 * early years inclusion): how many children and young people, what a place costs, how the numbers grow and how
 * the unit cost is inflated each year after the first.
 *
 * @param code a short key, such as {@code out_of_county}
 * @param label the type's name
 * @param numbers the number of places (full-time equivalent, so it may have decimals)
 * @param unitCost the cost of a place for a year
 * @param growth the yearly growth in numbers
 * @param inflation the yearly unit-cost inflation
 * @param basis where the figures come from
 */
public record Provision(String code, String label, BigDecimal numbers, Money unitCost, Growth growth, Rate inflation,
        Basis basis) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * Validates the type.
     *
     * @param code not blank: letters, digits, - and _
     * @param label not blank
     * @param numbers not negative
     * @param unitCost not negative
     * @param growth not null
     * @param inflation not null
     * @param basis not null
     */
    public Provision {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[A-Za-z0-9_-]+")) {
            throw new FinanceRuleException("provision code", "'" + code + "'", "a code is letters, digits, - and _");
        }
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new FinanceRuleException("provision label", "''", "a provision type needs a name");
        }
        Objects.requireNonNull(numbers, "numbers");
        if (numbers.signum() < 0) {
            throw new FinanceRuleException("numbers of '" + label + "'", numbers.toPlainString(), "numbers may not be negative");
        }
        Gbp.requireNonNegative(unitCost, "unit cost of '" + label + "'", "a unit cost may not be negative");
        Objects.requireNonNull(growth, "growth");
        Objects.requireNonNull(inflation, "inflation");
        Objects.requireNonNull(basis, "basis");
    }

    /**
     * @param g the new growth
     * @return a copy with another growth
     */
    public Provision withGrowth(Growth g) {
        return new Provision(code, label, numbers, unitCost, g, inflation, basis);
    }

    /**
     * @param r the new inflation
     * @return a copy with another unit-cost inflation
     */
    public Provision withInflation(Rate r) {
        return new Provision(code, label, numbers, unitCost, growth, r, basis);
    }
}
