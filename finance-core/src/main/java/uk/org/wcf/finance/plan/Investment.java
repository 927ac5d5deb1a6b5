package uk.org.wcf.finance.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.time.FiscalYear;
import uk.org.wcf.finance.time.MonthSpan;

/**
 * An investment in a line: recurrent (part-year in its first year, the full year from the next) or one-off
 * (in its first year only, dropping out the next). The Business Plan 2020/21 lists five for 2020/21: 4.1m
 * safeguarding, 1.0m home to school transport, 0.5m placements, 0.6m SEN transport, 0.4m running costs.
 *
 * @param name the name
 * @param agreed when agreed
 * @param source the source
 * @param line the line it adds to
 * @param fullYear the full-year amount, positive
 * @param year the first year
 * @param months the months of the first year it runs for (12 for a full year)
 * @param recurrent true for recurrent, false for one-off
 */
public record Investment(String name, Optional<LocalDate> agreed, String source, LineRef line, Money fullYear, FiscalYear year,
        int months, boolean recurrent) implements Assumption {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * Validates the investment.
     *
     * @param name not blank
     * @param agreed when agreed, or empty where not recorded
     * @param source may be empty
     * @param line not null
     * @param fullYear positive
     * @param year not null
     * @param months 1 to 12
     * @param recurrent recurrent or one-off
     */
    public Investment {
        name = Describe.name(name);
        Objects.requireNonNull(agreed, "agreed (Optional.empty() where not recorded)");
        source = Describe.source(source);
        Objects.requireNonNull(line, "line");
        Gbp.requireNonNegative(fullYear, "investment '" + name + "'", "an investment is entered as a positive amount");
        Objects.requireNonNull(year, "year");
        if (months < 1 || months > 12) {
            throw new FinanceRuleException("months of '" + name + "' in " + year, months, "must be from 1 to 12");
        }
    }

    /** @return the months of the first year, as a span ending 31 March */
    public MonthSpan firstYearSpan() {
        return MonthSpan.of(year.months().last().minusMonths(months - 1L), year.months().last());
    }

    @Override
    public Driver driver() {
        return recurrent ? Driver.INVESTMENTS : Driver.ONE_OFFS;
    }

    @Override
    public AssumptionKind kind() {
        return AssumptionKind.INVESTMENT;
    }

    @Override
    public List<LineEffect> effectsIn(PlanYear year) {
        java.math.BigDecimal part = firstYearSpan().exactShareOf(fullYear).getAmount();
        if (this.year.equals(year.year())) {
            return List.of(new LineEffect(year.resolve(line), part, !recurrent, false));
        }
        if (recurrent && this.year.next().equals(year.year()) && months < 12) {
            return List.of(LineEffect.recurrent(year.resolve(line), fullYear.getAmount().subtract(part)));
        }
        return List.of();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.investment(this);
    }
}
