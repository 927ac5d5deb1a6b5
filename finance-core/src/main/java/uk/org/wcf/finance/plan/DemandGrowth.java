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
 * year, each year from {@code from} to {@code to} (inclusive; open-ended when {@code to} is null).
 *
 * @param name the name
 * @param agreed when agreed
 * @param source the source (monitoring position, trend analysis)
 * @param line the line it grows
 * @param amount the cash growth a year, or null when a rate is given
 * @param rate the growth rate a year, or null when an amount is given
 * @param from the first year of growth
 * @param to the last year, or null for every year from {@code from}
 */
public record DemandGrowth(String name, LocalDate agreed, String source, LineRef line, Money amount, Rate rate,
        FiscalYear from, FiscalYear to) implements Assumption {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * Validates the assumption: exactly one of amount and rate.
     *
     * @param name not blank
     * @param agreed may be null
     * @param source may be empty
     * @param line not null
     * @param amount GBP, or null
     * @param rate or null
     * @param from not null
     * @param to null, or not before {@code from}
     */
    public DemandGrowth {
        name = Describe.name(name);
        source = Describe.source(source);
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(from, "from");
        if ((amount == null) == (rate == null)) {
            throw new FinanceRuleException("demand growth '" + name + "'", amount == null ? "neither" : "both",
                    "give an amount or a rate a year, not both");
        }
        if (amount != null) {
            Gbp.requireGbp(amount, "demand growth '" + name + "'");
        }
        if (to != null && to.compareTo(from) < 0) {
            throw new FinanceRuleException("last year of '" + name + "'", to, "is before its first year " + from);
        }
    }

    /**
     * @param year a year
     * @return true when the growth applies in the year
     */
    public boolean appliesIn(FiscalYear year) {
        return year.compareTo(from) >= 0 && (to == null || year.compareTo(to) <= 0);
    }

    /** @return the amount, if the growth is cash */
    public Optional<Money> cash() {
        return Optional.ofNullable(amount);
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
        java.math.BigDecimal growth = amount != null ? amount.getAmount() : year.startOf(l).multiply(rate.fraction());
        return List.of(LineEffect.recurrent(l, growth));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.demandGrowth(this);
    }
}
