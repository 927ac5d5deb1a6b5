package uk.org.wcf.finance.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.joda.money.Money;

import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.time.FiscalYear;
import uk.org.wcf.finance.time.MonthSpan;

/**
 * A contract variation: services added to (or, with a negative amount, removed from) the contract from an
 * effective date. In its first year it counts for the whole months from that date (Learning and Achievement
 * from 1 June 2020, about 6.5m a year: 10/12 in 2020/21), the full year after; it changes the contract sum.
 *
 * @param name the name
 * @param agreed when agreed
 * @param source the source
 * @param line the line the services' budget sits on
 * @param fullYear the full-year amount
 * @param effective the effective date
 */
public record ContractVariation(String name, Optional<LocalDate> agreed, String source, LineRef line, Money fullYear,
        LocalDate effective) implements Assumption {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * Validates the variation.
     *
     * @param name not blank
     * @param agreed when agreed, or empty where not recorded
     * @param source may be empty
     * @param line not null
     * @param fullYear GBP
     * @param effective not null
     */
    public ContractVariation {
        name = Describe.name(name);
        Objects.requireNonNull(agreed, "agreed (Optional.empty() where not recorded)");
        source = Describe.source(source);
        Objects.requireNonNull(line, "line");
        Gbp.requireGbp(fullYear, "variation '" + name + "'");
        Objects.requireNonNull(effective, "effective");
    }

    /** @return the financial year the variation starts in */
    public FiscalYear firstYear() {
        return FiscalYear.containing(effective);
    }

    /** @return the whole months of the first year from the effective date */
    public MonthSpan firstYearSpan() {
        return MonthSpan.fromDate(firstYear(), effective);
    }

    @Override
    public Driver driver() {
        return Driver.VARIATIONS;
    }

    @Override
    public AssumptionKind kind() {
        return AssumptionKind.CONTRACT_VARIATION;
    }

    @Override
    public List<LineEffect> effectsIn(PlanYear year) {
        MonthSpan span = firstYearSpan();
        java.math.BigDecimal part = span.exactShareOf(fullYear).getAmount();
        if (firstYear().equals(year.year())) {
            return List.of(LineEffect.recurrent(year.resolve(line), part));
        }
        if (firstYear().next().equals(year.year()) && span.months() < 12) {
            return List.of(LineEffect.recurrent(year.resolve(line), fullYear.getAmount().subtract(part)));
        }
        return List.of();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.contractVariation(this);
    }
}
