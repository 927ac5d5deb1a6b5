package uk.org.wcf.finance.s251;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import uk.org.wcf.finance.money.FinanceRuleException;

/**
 * One line of a year's section 251 statement.
 *
 * @param number the line number in that year's layout, 1 or more
 * @param description DfE's description without the number in front, as published (typos kept)
 * @param section the section the line belongs to
 * @param kind a line of spend, a section total, a grand total or a memo
 * @param parts for a total, the numbers of the lines it sums, in order; empty otherwise
 * @param measures the measures the statement has for this line (the others are written blank)
 */
public record S251Line(int number, String description, String section, LineKind kind, List<Integer> parts,
        Set<Measure> measures) {

    /**
     * Validates the line.
     *
     * @param number 1 or more
     * @param description not blank
     * @param section not null
     * @param kind not null
     * @param parts at least one part for a total, none otherwise; never the line itself
     * @param measures at least one
     */
    public S251Line {
        if (number < 1) {
            throw new FinanceRuleException("s251 line number", number, "a line number is 1 or more");
        }
        Objects.requireNonNull(description, "description");
        if (description.isBlank()) {
            throw new FinanceRuleException("description of line " + number, "blank", "a line needs its description");
        }
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(kind, "kind");
        parts = List.copyOf(parts);
        if (kind.isTotal() == parts.isEmpty()) {
            throw new FinanceRuleException("parts of line " + number, parts,
                    kind.isTotal() ? "a total sums at least one line" : "only a total has parts");
        }
        if (parts.contains(number)) {
            throw new FinanceRuleException("parts of line " + number, parts, "a total may not sum itself");
        }
        if (measures.isEmpty()) {
            throw new FinanceRuleException("measures of line " + number, "none", "a line has at least one measure");
        }
        measures = Set.copyOf(EnumSet.copyOf(measures));
    }

    /** @return the line's meaning: its description in lower case with only letters and digits, for matching */
    public String meaning() {
        return meaningOf(description);
    }

    /**
     * The meaning of a description as DfE's files write it: the line number in front, case, spaces, tabs and
     * punctuation (including a curly against a straight apostrophe) do not count.
     *
     * @param description a description
     * @return the letters and digits after any leading number, in lower case
     */
    public static String meaningOf(String description) {
        String s = description.strip();
        int i = 0;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.substring(i).toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** @return {@code 15 Total Children Looked After} */
    @Override
    public String toString() {
        return number + " " + description;
    }
}
