package uk.org.wcf.finance.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.joda.money.Money;

import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * A recurrent saving on a line from a year. Only a {@link SavingStatus#DELIVERABLE} saving reduces the plan;
 * the plan lists the others as excluded, with the reason.
 *
 * @param name the name
 * @param agreed when agreed
 * @param source the source
 * @param line the line it reduces
 * @param amount the full-year saving, a positive amount
 * @param year the year it is first made
 * @param status how far it has got
 */
public record Saving(String name, Optional<LocalDate> agreed, String source, LineRef line, Money amount, FiscalYear year,
        SavingStatus status) implements Assumption {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * Validates the saving.
     *
     * @param name not blank
     * @param agreed when agreed, or empty where not recorded
     * @param source may be empty
     * @param line not null
     * @param amount positive
     * @param year not null
     * @param status not null
     */
    public Saving {
        name = Describe.name(name);
        Objects.requireNonNull(agreed, "agreed (Optional.empty() where not recorded)");
        source = Describe.source(source);
        Objects.requireNonNull(line, "line");
        Gbp.requireNonNegative(amount, "saving '" + name + "'", "a saving is entered as a positive amount");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(status, "status");
    }

    /** @return true when the saving reduces the plan */
    public boolean included() {
        return status == SavingStatus.DELIVERABLE;
    }

    @Override
    public Driver driver() {
        return Driver.SAVINGS;
    }

    @Override
    public AssumptionKind kind() {
        return AssumptionKind.SAVING;
    }

    @Override
    public List<LineEffect> effectsIn(PlanYear year) {
        if (!included() || !this.year.equals(year.year())) {
            return List.of();
        }
        return List.of(LineEffect.recurrent(year.resolve(line), amount.getAmount().negate()));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.saving(this);
    }
}
