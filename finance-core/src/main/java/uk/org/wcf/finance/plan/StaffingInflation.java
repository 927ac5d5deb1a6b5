package uk.org.wcf.finance.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;

import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * Pay inflation on staffing lines only, compounding year on year (2% a year in the Business Plan 2020/21, in
 * line with the council's MTFP). The rate applies to every indicative year unless a year has its own rate;
 * it applies to the base year only where {@code byYear} names it.
 *
 * @param name the name
 * @param agreed when agreed
 * @param source the source
 * @param rate the rate for every indicative year
 * @param byYear rates for particular years, overriding {@code rate}
 */
public record StaffingInflation(String name, Optional<LocalDate> agreed, String source, Rate rate, Map<FiscalYear, Rate> byYear)
        implements Assumption {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * Validates the assumption.
     *
     * @param name not blank
     * @param agreed when agreed, or empty where not recorded
     * @param source may be empty
     * @param rate not null
     * @param byYear per-year rates
     */
    public StaffingInflation {
        name = Describe.name(name);
        Objects.requireNonNull(agreed, "agreed (Optional.empty() where not recorded)");
        source = Describe.source(source);
        Objects.requireNonNull(rate, "rate");
        byYear = Map.copyOf(byYear);
    }

    /**
     * The same rate every indicative year, with no source: an assumption the caller makes. Give the source with
     * {@link #of(Rate, String)} where the rate is a document's.
     *
     * @param rate the rate, such as 2%
     * @return the assumption, named "Staffing inflation 2%"
     */
    public static StaffingInflation of(Rate rate) {
        return of(rate, "");
    }

    /**
     * The same rate every indicative year, from a source.
     *
     * @param rate the rate, such as 2%
     * @param source where the rate comes from, in words that match the rate (empty for none)
     * @return the assumption, named "Staffing inflation 2%"
     */
    public static StaffingInflation of(Rate rate, String source) {
        return new StaffingInflation("Staffing inflation " + rate, Optional.empty(), source, rate, Map.of());
    }

    /**
     * @param year a plan year
     * @param baseYear the plan's base year
     * @return the rate for that year (zero for the base year unless named)
     */
    public Rate rateFor(FiscalYear year, FiscalYear baseYear) {
        Rate r = byYear.get(year);
        if (r != null) {
            return r;
        }
        return year.compareTo(baseYear) > 0 ? rate : Rate.ZERO;
    }

    @Override
    public Driver driver() {
        return Driver.STAFFING_INFLATION;
    }

    @Override
    public AssumptionKind kind() {
        return AssumptionKind.STAFFING_INFLATION;
    }

    @Override
    public List<LineEffect> effectsIn(PlanYear year) {
        java.math.BigDecimal r = rateFor(year.year(), year.base().year()).fraction();
        if (r.signum() == 0) {
            return List.of();
        }
        List<LineEffect> out = new java.util.ArrayList<>();
        year.start().forEach((line, v) -> {
            if (line.group().staffing()) {
                out.add(LineEffect.recurrent(line, v.multiply(r)));
            }
        });
        return out;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.staffingInflation(this);
    }
}
