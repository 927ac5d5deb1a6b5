package uk.org.wcf.finance.dsg;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.plan.SavingStatus;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * A named workstream of the management plan: a cut in the numbers or the unit cost of one type of provision,
 * from a date (the first of a month), phased in by a profile. Only a deliverable workstream counts, as only
 * deliverable savings reduce a budget plan (Business Plan 2020/21, section 6); the rest are listed and left out.
 * A mitigation never raises cost: its change is zero or a cut.
 *
 * @param name the workstream's name
 * @param provision the code of the provision type it acts on
 * @param lever what it changes
 * @param change the full change, such as -10% (never more than 0%, never -100% or less)
 * @param from the first day it takes effect (the first of a month)
 * @param profile the share of the full change reached in each year from the year of {@code from}; the last share
 *                holds after the list ends (default: 100% at once)
 * @param status how far it has got
 * @param basis where the figures come from
 */
public record Mitigation(String name, String provision, Lever lever, Rate change, LocalDate from, List<Rate> profile,
        SavingStatus status, Basis basis) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /** What a mitigation changes. */
    public enum Lever {
        /** The number of places. */
        NUMBERS,
        /** The cost of a place. */
        UNIT_COST;

        /** @return {@code numbers} or {@code unit_cost} */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /**
         * @param text {@code numbers} or {@code unit_cost}
         * @return the lever
         */
        public static Lever parse(String text) {
            for (Lever l : values()) {
                if (l.code().equalsIgnoreCase(text.strip())) {
                    return l;
                }
            }
            throw new FinanceRuleException("lever", "'" + text + "'", "a mitigation changes numbers or unit_cost");
        }
    }

    /**
     * Validates the workstream.
     *
     * @param name not blank
     * @param provision not blank
     * @param lever not null
     * @param change from just above -100% to 0%
     * @param from the first of a month
     * @param profile shares from 0% to 100%; empty means 100% at once
     * @param status not null
     * @param basis not null
     */
    public Mitigation {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new FinanceRuleException("mitigation name", "''", "a workstream needs a name");
        }
        Objects.requireNonNull(provision, "provision");
        Objects.requireNonNull(lever, "lever");
        Objects.requireNonNull(change, "change");
        if (change.fraction().signum() > 0) {
            throw new FinanceRuleException("change of '" + name + "'", change,
                    "a mitigation never raises cost: its change is a cut (negative) or 0%");
        }
        if (change.fraction().compareTo(BigDecimal.ONE.negate()) <= 0) {
            throw new FinanceRuleException("change of '" + name + "'", change, "a cut is less than 100%");
        }
        Objects.requireNonNull(from, "from");
        if (from.getDayOfMonth() != 1) {
            throw new FinanceRuleException("from of '" + name + "'", from, "a workstream starts on the first of a month");
        }
        profile = List.copyOf(profile.isEmpty() ? List.of(Rate.percent("100")) : profile);
        for (Rate r : profile) {
            if (r.fraction().signum() < 0 || r.fraction().compareTo(BigDecimal.ONE) > 0) {
                throw new FinanceRuleException("profile of '" + name + "'", r, "a share of the full change is from 0% to 100%");
            }
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(basis, "basis");
    }

    /** @return true when the workstream counts in the plan */
    public boolean deliverable() {
        return status == SavingStatus.DELIVERABLE;
    }

    /**
     * The factor the lever is multiplied by in a year: 1 + change x profile share x months in effect / 12. Month
     * fractions are carried to 34 significant digits; the plan rounds each cost to pence once, after.
     *
     * @param year a year
     * @return the factor, from just above 0 to 1
     */
    public BigDecimal factor(FiscalYear year) {
        FiscalYear first = FiscalYear.containing(from);
        if (year.compareTo(first) < 0) {
            return BigDecimal.ONE;
        }
        int months = year.equals(first) ? (int) java.time.temporal.ChronoUnit.MONTHS.between(from, year.end().plusDays(1)) : 12;
        int index = year.startYear() - first.startYear();
        Rate share = profile.get(Math.min(index, profile.size() - 1));
        BigDecimal cut = change.fraction().multiply(share.fraction()).multiply(BigDecimal.valueOf(months));
        return BigDecimal.ONE.add(cut.divide(BigDecimal.valueOf(12), MathContext.DECIMAL128));
    }
}
