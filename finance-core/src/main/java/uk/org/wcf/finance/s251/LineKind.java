package uk.org.wcf.finance.s251;

/** What a line of a section 251 statement is: a line of spend, a total of lines, or a memo in no sum. */
public enum LineKind {
    /** A line of spend, entered by the council. */
    ITEM,
    /** A section's total: the sum of the section's lines. */
    SECTION_TOTAL,
    /** A grand total: the sum of section totals and lines outside any section. */
    GRAND_TOTAL,
    /** A memorandum line, part of no sum. */
    MEMO;

    /** @return true for section and grand totals */
    public boolean isTotal() {
        return this == SECTION_TOTAL || this == GRAND_TOTAL;
    }
}
