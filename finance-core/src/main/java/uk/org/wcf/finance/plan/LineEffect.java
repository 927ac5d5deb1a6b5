package uk.org.wcf.finance.plan;

import java.math.BigDecimal;
import java.util.Objects;

import uk.org.wcf.finance.structure.CostLine;

/**
 * What one assumption does to one line in one year of a plan, exact (in pounds, not rounded).
 *
 * @param line the line
 * @param amount the change, exact, in pounds (negative for a saving)
 * @param oneOff true for an item of this year only, which drops out the next year; false for a recurrent change
 * @param fromReserves true when the item is funded from reserves, so that "funding from reserves" rises by it
 */
public record LineEffect(CostLine line, BigDecimal amount, boolean oneOff, boolean fromReserves) {

    /**
     * Validates the effect.
     *
     * @param line not null
     * @param amount not null
     * @param oneOff one-off or recurrent
     * @param fromReserves funded from reserves or not
     */
    public LineEffect {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(amount, "amount");
    }

    /**
     * @param line the line
     * @param amount the change, exact
     * @return a recurrent change
     */
    public static LineEffect recurrent(CostLine line, BigDecimal amount) {
        return new LineEffect(line, amount, false, false);
    }

    /**
     * @param line the line
     * @param amount the item, exact
     * @return a one-off item of the year
     */
    public static LineEffect oneOff(CostLine line, BigDecimal amount) {
        return new LineEffect(line, amount, true, false);
    }

    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }
}
