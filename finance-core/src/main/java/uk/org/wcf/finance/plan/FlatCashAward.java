package uk.org.wcf.finance.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * A pay award of a flat cash amount per full-time equivalent, the alternative to a percentage: each service's
 * staffing rises by amount x FTE x (1 + employer pension + employer national insurance), recurrently, from
 * each year named.
 *
 * @param name the name
 * @param agreed when agreed
 * @param source the source
 * @param perFte the award per FTE, in pounds
 * @param fteByService FTE by service reference
 * @param pension the employer pension rate (18.6% for WCF in 2020/21)
 * @param nationalInsurance the employer national insurance rate
 * @param years the years the award is made in
 */
public record FlatCashAward(String name, Optional<LocalDate> agreed, String source, Money perFte, Map<String, BigDecimal> fteByService,
        Rate pension, Rate nationalInsurance, Set<FiscalYear> years) implements Assumption {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * Validates the award.
     *
     * @param name not blank
     * @param agreed when agreed, or empty where not recorded
     * @param source may be empty
     * @param perFte not negative
     * @param fteByService not negative
     * @param pension the pension rate
     * @param nationalInsurance the NI rate
     * @param years at least one
     */
    public FlatCashAward {
        name = Describe.name(name);
        Objects.requireNonNull(agreed, "agreed (Optional.empty() where not recorded)");
        source = Describe.source(source);
        Gbp.requireNonNegative(perFte, "award per FTE of '" + name + "'", "a pay award per FTE may not be negative");
        fteByService = Map.copyOf(fteByService);
        for (var e : fteByService.entrySet()) {
            if (e.getValue().signum() < 0) {
                throw new FinanceRuleException("FTE of service " + e.getKey() + " in '" + name + "'", e.getValue(),
                        "FTE may not be negative");
            }
        }
        Objects.requireNonNull(pension, "pension");
        Objects.requireNonNull(nationalInsurance, "nationalInsurance");
        years = Set.copyOf(years);
    }

    /** @return 1 + pension + national insurance */
    public BigDecimal onCostFactor() {
        return BigDecimal.ONE.add(pension.fraction()).add(nationalInsurance.fraction());
    }

    @Override
    public Driver driver() {
        return Driver.STAFFING_INFLATION;
    }

    @Override
    public AssumptionKind kind() {
        return AssumptionKind.FLAT_CASH_AWARD;
    }

    @Override
    public List<LineEffect> effectsIn(PlanYear year) {
        if (!years.contains(year.year())) {
            return List.of();
        }
        List<LineEffect> out = new java.util.ArrayList<>();
        fteByService.forEach((svc, fte) -> out.add(LineEffect.recurrent(
                uk.org.wcf.finance.structure.CostLine.of(year.base().service(svc), uk.org.wcf.finance.structure.SubjectiveGroup.STAFFING),
                perFte.getAmount().multiply(fte).multiply(onCostFactor()))));
        return out;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.flatCashAward(this);
    }
}
