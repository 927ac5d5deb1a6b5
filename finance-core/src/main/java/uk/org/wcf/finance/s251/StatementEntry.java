package uk.org.wcf.finance.s251;

import java.util.Objects;

import org.joda.money.Money;

import uk.org.wcf.finance.money.Gbp;

/**
 * An amount a council enters on its statement: a line of spend, the measure it goes to and where it came from.
 *
 * @param line the s251 line number, a line of spend or a memo (totals are computed, never entered)
 * @param measure a measure the council enters (a provision, income, a grant, or total expenditure on lines that
 *     have no provision columns); the derived measures are computed
 * @param amount the amount in GBP
 * @param source where the amount came from, such as the budget-book line, for the trace
 */
public record StatementEntry(int line, Measure measure, Money amount, String source) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * @param line a line number
     * @param measure not null
     * @param amount in GBP
     * @param source not null
     */
    public StatementEntry {
        Objects.requireNonNull(measure, "measure");
        Gbp.requireGbp(amount, "amount");
        Objects.requireNonNull(source, "source");
    }

    /**
     * @param line the s251 line number
     * @param measure the measure
     * @param amount the amount
     * @param source where it came from
     * @return the entry
     */
    public static StatementEntry of(int line, Measure measure, Money amount, String source) {
        return new StatementEntry(line, measure, amount, source);
    }
}
