package uk.org.wcf.finance.dsg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.Adjustment;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.monitor.Scope;
import uk.org.wcf.finance.time.FiscalPeriod;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * The DSG reserve for a year. An overspend on DSG is not absorbed by the council's general fund: it is carried
 * forward into this reserve, whose deficit sits in an unusable reserve under a statutory override (its end
 * date is a setting). Balances are signed: a deficit is negative. Closing = opening + movements.
 *
 * @param year the financial year
 * @param opening the opening balance (negative for a deficit: -633k at the start of 2019/20)
 * @param movements the movements, each traced to the line and period that produced it
 * @param statutoryOverrideEnd the last day of the statutory override
 */
public record DsgReserve(FiscalYear year, Money opening, List<Movement> movements, LocalDate statutoryOverrideEnd) {

    /**
     * A movement on the reserve.
     *
     * @param description what it is
     * @param line the DSG line that produced it
     * @param period the period of the report it came from
     * @param amount the change in the balance (an overspend carried forward is negative)
     */
    public record Movement(String description, String line, FiscalPeriod period, Money amount) {
        /**
         * Validates the movement.
         *
         * @param description not null
         * @param line not null
         * @param period not null
         * @param amount GBP
         */
        public Movement {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(period, "period");
            Gbp.requireGbp(amount, "DSG reserve movement '" + description + "'");
        }

        /** @return a short readable form: {@code High Needs Pupils P6: (£8,014,000.00) (carried forward)} */
        @Override
        public String toString() {
            return line + " " + period + ": " + Gbp.readable(amount) + " (" + description + ")";
        }
    }

    /**
     * Validates the reserve.
     *
     * @param year not null
     * @param opening GBP
     * @param movements the movements
     * @param statutoryOverrideEnd not null
     */
    public DsgReserve {
        Objects.requireNonNull(year, "year");
        Gbp.requireGbp(opening, "opening DSG reserve");
        movements = List.copyOf(movements);
        Objects.requireNonNull(statutoryOverrideEnd, "statutoryOverrideEnd");
    }

    /**
     * A short readable form, the whole small table: the opening balance, each movement and the closing balance.
     *
     * @return e.g. {@code DSG reserve 2019/20: opening (£633,000.00); ...; closing (£8,657,000.00)}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("DSG reserve ").append(year).append(": opening ").append(Gbp.readable(opening));
        movements.forEach(m -> sb.append("; ").append(m));
        return sb.append("; closing ").append(Gbp.readable(closing())).toString();
    }

    /**
     * A reserve with an opening balance and no movements yet.
     *
     * @param year the year
     * @param opening the opening balance (negative for a deficit)
     * @param statutoryOverrideEnd the override's end date
     * @return the reserve
     */
    public static DsgReserve opening(FiscalYear year, Money opening, LocalDate statutoryOverrideEnd) {
        return new DsgReserve(year, opening, List.of(), statutoryOverrideEnd);
    }

    /**
     * Moves the proposed carry-forwards of a DSG snapshot into the reserve, one movement per line.
     *
     * @param snapshot a DSG snapshot of this year
     * @return the reserve with the movements added
     */
    public DsgReserve withCarryForwardsFrom(MonitoringSnapshot snapshot) {
        if (snapshot.scope() != Scope.DSG) {
            throw new FinanceRuleException("snapshot " + snapshot.period(), "non-DSG",
                    "only DSG variances go to the DSG reserve");
        }
        if (!snapshot.period().year().equals(year)) {
            throw new FinanceRuleException("snapshot " + snapshot.period(), snapshot.period().year(),
                    "is not of the reserve's year " + year);
        }
        List<Movement> more = new ArrayList<>(movements);
        List<MonitoringLine> lines = new ArrayList<>(snapshot.lines());
        snapshot.grant().ifPresent(lines::add);
        for (MonitoringLine l : lines) {
            for (Adjustment a : l.adjustments()) {
                if (a.isCarryForward() && !a.amount().isZero()) {
                    more.add(new Movement(a.name(), l.line(), snapshot.period(), a.amount()));
                }
            }
        }
        return new DsgReserve(year, opening, more, statutoryOverrideEnd);
    }

    /** @return opening + movements */
    public Money closing() {
        return opening.plus(movementTotal());
    }

    /** @return the total of the movements */
    public Money movementTotal() {
        return Gbp.sum(movements.stream().map(Movement::amount));
    }

    /** @return the next year's reserve, opening at this year's closing balance */
    public DsgReserve nextYear() {
        return opening(year.next(), closing(), statutoryOverrideEnd);
    }

    /** @return true when the override still covers the end of this year */
    public boolean overrideCoversYearEnd() {
        return !statutoryOverrideEnd.isBefore(year.end());
    }

    /** @return a sentence for the report on the override */
    public String overrideNote() {
        String state = closing().isNegative() ? "a deficit" : "a surplus";
        return "The DSG reserve closes " + year + " in " + state + "; deficits are held in an unusable reserve under "
                + "the statutory override, which runs to " + statutoryOverrideEnd
                + (overrideCoversYearEnd() ? "." : ": it has ENDED before the year end, so the deficit falls on the general fund.");
    }
}
