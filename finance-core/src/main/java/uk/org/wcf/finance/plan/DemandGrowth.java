package uk.org.wcf.finance.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * Recurrent demand growth on a line (placements first): a cash amount or a percentage of the line's previous
 * year, each year from {@code from} to {@code to} (inclusive; open-ended when {@code to} is empty).
 *
 * @param name the name
 * @param agreed when agreed
 * @param source the source (monitoring position, trend analysis)
 * @param line the line it grows
 * @param amount the cash growth a year, or empty when a rate is given
 * @param rate the growth rate a year, or empty when an amount is given
 * @param from the first year of growth
 * @param to the last year, or empty for every year from {@code from}
 */
public record DemandGrowth(String name, Optional<LocalDate> agreed, String source, LineRef line,
        Optional<Money> amount, Optional<Rate> rate, FiscalYear from, Optional<FiscalYear> to) implements Assumption {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * Validates the assumption: exactly one of amount and rate.
     *
     * @param name not blank
     * @param agreed when agreed, or empty where not recorded
     * @param source may be empty
     * @param line not null
     * @param amount GBP, or empty
     * @param rate the rate, or empty
     * @param from not null
     * @param to empty, or not before {@code from}
     */
    public DemandGrowth {
        name = Describe.name(name);
        Objects.requireNonNull(agreed, "agreed (Optional.empty() where not recorded)");
        source = Describe.source(source);
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(amount, "amount (Optional.empty() when a rate is given)");
        Objects.requireNonNull(rate, "rate (Optional.empty() when an amount is given)");
        Objects.requireNonNull(to, "to (Optional.empty() for every year from the first)");
        if (amount.isEmpty() == rate.isEmpty()) {
            throw new FinanceRuleException("demand growth '" + name + "'", amount.isEmpty() ? "neither" : "both",
                    "give an amount or a rate a year, not both");
        }
        String growth = "demand growth '" + name + "'";
        amount.ifPresent(a -> Gbp.requireGbp(a, growth));
        if (to.isPresent() && to.get().compareTo(from) < 0) {
            throw new FinanceRuleException("last year of '" + name + "'", to.get(), "is before its first year " + from);
        }
    }

    /**
     * @param year a year
     * @return true when the growth applies in the year
     */
    public boolean appliesIn(FiscalYear year) {
        return year.compareTo(from) >= 0 && to.map(last -> year.compareTo(last) <= 0).orElse(true);
    }

    /** @return the amount, if the growth is cash */
    public Optional<Money> cash() {
        return amount;
    }

    @Override
    public Driver driver() {
        return Driver.GROWTH;
    }

    @Override
    public AssumptionKind kind() {
        return AssumptionKind.DEMAND_GROWTH;
    }

    @Override
    public List<LineEffect> effectsIn(PlanYear year) {
        if (!appliesIn(year.year())) {
            return List.of();
        }
        uk.org.wcf.finance.structure.CostLine l = year.resolve(line);
        java.math.BigDecimal growth = amount.map(Money::getAmount)
                .orElseGet(() -> year.startOf(l).multiply(rate.orElseThrow().fraction()));
        return List.of(LineEffect.recurrent(l, growth));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.demandGrowth(this);
    }
}
