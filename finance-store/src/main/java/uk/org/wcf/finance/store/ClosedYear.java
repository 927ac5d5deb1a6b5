package uk.org.wcf.finance.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.joda.money.Money;

import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.time.FiscalPeriod;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * A year closed into the next in the store: the carry-forwards moved (each traced to the line, period and
 * snapshot version that proposed it), every reserve's closing balance and next opening, and a note for every
 * difference between a closing balance and the next year's opening.
 *
 * @param year the year closed
 * @param carryForwards what was carried, where to
 * @param closing each reserve's closing balance
 * @param nextOpening each reserve's opening balance next year
 * @param notes the named differences between closing and next opening
 */
public record ClosedYear(FiscalYear year, List<Carried> carryForwards, Map<String, Money> closing,
        Map<String, Money> nextOpening, List<String> notes) {

    /**
     * Validates the year-end.
     *
     * @param year not null
     * @param carryForwards the carry-forwards
     * @param closing by reserve
     * @param nextOpening by reserve
     * @param notes the notes
     */
    public ClosedYear {
        Objects.requireNonNull(year, "year");
        carryForwards = List.copyOf(carryForwards);
        closing = Map.copyOf(closing);
        nextOpening = Map.copyOf(nextOpening);
        notes = List.copyOf(notes);
    }

    /**
     * A carry-forward moved at year-end.
     *
     * @param line the line that produced it
     * @param name its name
     * @param from the period of the snapshot that proposed it
     * @param version that snapshot's version
     * @param amount its amount, signed as it affects the variance
     * @param destination next year's budget of the line, or the DSG reserve
     */
    public record Carried(String line, String name, FiscalPeriod from, int version, Money amount, String destination) {
        /**
         * Validates the carry-forward.
         *
         * @param line not null
         * @param name not null
         * @param from not null
         * @param version at least 1
         * @param amount GBP
         * @param destination not null
         */
        public Carried {
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(from, "from");
            Gbp.requireGbp(amount, "carry-forward '" + name + "'");
            Objects.requireNonNull(destination, "destination");
        }
    }

    /** @return the total carried */
    public Money carried() {
        return Gbp.sum(carryForwards.stream().map(Carried::amount));
    }

    /** @return the reserves' total closing balance */
    public Money closingTotal() {
        return Gbp.sum(closing.values());
    }

    /** @return the reserves' total opening balance next year */
    public Money nextOpeningTotal() {
        return Gbp.sum(nextOpening.values());
    }
}
