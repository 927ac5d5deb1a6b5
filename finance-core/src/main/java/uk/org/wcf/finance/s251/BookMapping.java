package uk.org.wcf.finance.s251;

import java.util.Objects;
import java.util.Optional;

/**
 * Tags a budget-book line with the s251 line it is reported on.
 *
 * @param bookLine the book line as the book names it: a cost line ({@code Fostering / Staffing}), a whole service
 *     (its name or reference), an income line's name, or a pass-through funding source's name or code
 * @param s251Line the s251 line (number or description), or empty when the book line is not on the statement
 * @param measure the measure, or empty for the usual one: OwnProvision for spend (TotalExpenditure on lines
 *     without provision columns), Income for income, GovGrantsInsideAEF for pass-through funding
 */
public record BookMapping(String bookLine, Optional<String> s251Line, Optional<Measure> measure) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * @param bookLine not blank
     * @param s251Line not null
     * @param measure not null
     */
    public BookMapping {
        Objects.requireNonNull(bookLine, "bookLine");
        Objects.requireNonNull(s251Line, "s251Line");
        Objects.requireNonNull(measure, "measure");
    }

    /**
     * @param bookLine the book line
     * @param s251Line the s251 line, or empty
     * @param measure the measure, or empty
     * @return the mapping
     */
    public static BookMapping of(String bookLine, Optional<String> s251Line, Optional<Measure> measure) {
        return new BookMapping(bookLine, s251Line, measure);
    }
}
