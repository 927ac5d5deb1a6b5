package uk.org.wcf.finance.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.joda.money.Money;

import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * A one-off item in one year funded from reserves: it adds to the line's expenditure and to "funding from
 * reserves" in the pass-through funding that year, so the council base budget is unchanged, and both drop out
 * the next year.
 *
 * @param name the name
 * @param agreed when agreed (annual budget or change request)
 * @param source the source
 * @param line the line
 * @param amount the amount, positive
 * @param year the year
 */
public record OneOffFromReserves(String name, Optional<LocalDate> agreed, String source, LineRef line, Money amount,
        FiscalYear year) implements Assumption {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * Validates the item.
     *
     * @param name not blank
     * @param agreed when agreed, or empty where not recorded
     * @param source may be empty
     * @param line not null
     * @param amount positive
     * @param year not null
     */
    public OneOffFromReserves {
        name = Describe.name(name);
        Objects.requireNonNull(agreed, "agreed (Optional.empty() where not recorded)");
        source = Describe.source(source);
        Objects.requireNonNull(line, "line");
        Gbp.requireNonNegative(amount, "one-off item '" + name + "'", "a one-off item is entered as a positive amount");
        Objects.requireNonNull(year, "year");
    }

    @Override
    public Driver driver() {
        return Driver.ONE_OFFS;
    }

    @Override
    public AssumptionKind kind() {
        return AssumptionKind.ONE_OFF_FROM_RESERVES;
    }

    @Override
    public List<LineEffect> effectsIn(PlanYear year) {
        if (!this.year.equals(year.year())) {
            return List.of();
        }
        return List.of(new LineEffect(year.resolve(line), amount.getAmount(), true, true));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.oneOffFromReserves(this);
    }
}
