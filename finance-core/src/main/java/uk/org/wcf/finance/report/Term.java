package uk.org.wcf.finance.report;

import java.util.Objects;

/**
 * One part of a total: another row (or column) of the same table, added or subtracted.
 *
 * @param sign +1 to add, -1 to subtract
 * @param key the row or column key
 */
public record Term(int sign, String key) {

    /**
     * Validates the term.
     *
     * @param sign +1 or -1
     * @param key not blank
     */
    public Term {
        if (sign != 1 && sign != -1) {
            throw new IllegalArgumentException("a term's sign is +1 or -1, not " + sign);
        }
        Objects.requireNonNull(key, "key");
    }

    /**
     * @param key the key
     * @return a term that adds the key
     */
    public static Term plus(String key) {
        return new Term(1, key);
    }

    /**
     * @param key the key
     * @return a term that subtracts the key
     */
    public static Term minus(String key) {
        return new Term(-1, key);
    }

    @Override
    public String toString() {
        return (sign < 0 ? "- " : "+ ") + key;
    }
}
