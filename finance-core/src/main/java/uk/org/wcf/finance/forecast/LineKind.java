package uk.org.wcf.finance.forecast;

import java.util.List;

import org.joda.money.Money;

/**
 * What a line's months say about the sign of what is still to come, which bounds what a forecast may say: a
 * cost line cannot end the year below its actuals to date, an income line cannot end above them, and a line
 * that has had credits (or payments) against its run may do either.
 */
public enum LineKind {
    /** Every month so far (this year and the history) is spend or nil: the outturn is at least the actuals to date. */
    COST,
    /** Every month so far is income or nil, and some is income: the outturn is at most the actuals to date. */
    INCOME,
    /** Both signs seen (credits against spend): the outturn may fall either side of the actuals to date. */
    MIXED;

    /**
     * The kind of a line from its months.
     *
     * @param months every month known: this year's to date and the history's
     * @return COST when none is negative, INCOME when none is positive and some negative, else MIXED
     */
    public static LineKind of(List<Money> months) {
        boolean neg = months.stream().anyMatch(Money::isNegative);
        boolean pos = months.stream().anyMatch(Money::isPositive);
        return !neg ? COST : !pos ? INCOME : MIXED;
    }

    /** @return a phrase for a forecast's inputs */
    public String describe() {
        return switch (this) {
            case COST -> "cost line: no month below nil, so the outturn is at least the actuals to date";
            case INCOME -> "income line: no month above nil, so the outturn is at most the actuals to date";
            case MIXED -> "credits seen: months of both signs, so the outturn may fall either side of the actuals to date";
        };
    }
}
