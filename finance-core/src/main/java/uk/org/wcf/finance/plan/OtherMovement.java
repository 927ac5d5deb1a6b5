package uk.org.wcf.finance.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.joda.money.Money;

import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * A recurrent movement on a line from a year that the source states but does not itemise (such as the part
 * of a published change that the stated 2% does not explain). Shown in the bridge under its own name, never
 * spread over the other drivers.
 *
 * @param name the name
 * @param agreed when agreed
 * @param source the source
 * @param line the line
 * @param amount the movement, either sign
 * @param year the year it first applies
 */
public record OtherMovement(String name, Optional<LocalDate> agreed, String source, LineRef line, Money amount, FiscalYear year)
        implements Assumption {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * Validates the movement.
     *
     * @param name not blank
     * @param agreed when agreed, or empty where not recorded
     * @param source may be empty
     * @param line not null
     * @param amount GBP
     * @param year not null
     */
    public OtherMovement {
        name = Describe.name(name);
        Objects.requireNonNull(agreed, "agreed (Optional.empty() where not recorded)");
        source = Describe.source(source);
        Objects.requireNonNull(line, "line");
        Gbp.requireGbp(amount, "movement '" + name + "'");
        Objects.requireNonNull(year, "year");
    }

    @Override
    public Driver driver() {
        return Driver.OTHER;
    }

    @Override
    public AssumptionKind kind() {
        return AssumptionKind.OTHER_MOVEMENT;
    }

    @Override
    public List<LineEffect> effectsIn(PlanYear year) {
        if (!this.year.equals(year.year())) {
            return List.of();
        }
        return List.of(LineEffect.recurrent(year.resolve(line), amount.getAmount()));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.otherMovement(this);
    }
}
