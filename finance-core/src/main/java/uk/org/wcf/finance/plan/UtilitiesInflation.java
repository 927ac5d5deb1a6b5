package uk.org.wcf.finance.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;

import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * Utilities (gas and electricity) inflation from the MTFP index, by year, on utilities lines only.
 *
 * @param name the name
 * @param agreed when agreed
 * @param source the source
 * @param index the rate for each year
 */
public record UtilitiesInflation(String name, Optional<LocalDate> agreed, String source, Map<FiscalYear, Rate> index)
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
     * @param index rates by year
     */
    public UtilitiesInflation {
        name = Describe.name(name);
        Objects.requireNonNull(agreed, "agreed (Optional.empty() where not recorded)");
        source = Describe.source(source);
        index = Map.copyOf(index);
    }

    /**
     * @param year a year
     * @return the index for the year, zero when none is given
     */
    public Rate rateFor(FiscalYear year) {
        return index.getOrDefault(year, Rate.ZERO);
    }

    @Override
    public Driver driver() {
        return Driver.UTILITIES_INFLATION;
    }

    @Override
    public AssumptionKind kind() {
        return AssumptionKind.UTILITIES_INFLATION;
    }

    @Override
    public List<LineEffect> effectsIn(PlanYear year) {
        java.math.BigDecimal r = rateFor(year.year()).fraction();
        if (r.signum() == 0) {
            return List.of();
        }
        List<LineEffect> out = new java.util.ArrayList<>();
        year.start().forEach((line, v) -> {
            if (line.isUtilities()) {
                out.add(LineEffect.recurrent(line, v.multiply(r)));
            }
        });
        return out;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.utilitiesInflation(this);
    }
}
