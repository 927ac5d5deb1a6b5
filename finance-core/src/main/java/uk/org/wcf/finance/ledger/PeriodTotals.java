package uk.org.wcf.finance.ledger;

import java.util.Arrays;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;

/**
 * Running totals in pence for keys (cost centres, lines) by period P1..P12, in memory that grows with the
 * number of keys, not the number of postings. Mutable while a ledger is read; {@link #amount} gives exact
 * money. Not thread-safe: one reader fills one instance.
 */
public final class PeriodTotals {

    /** Periods in a year. */
    public static final int PERIODS = 12;

    private long[] pence = new long[PERIODS * 64];
    private boolean[] seen = new boolean[PERIODS * 64];
    private int keys;

    private PeriodTotals() {
    }

    /** @return empty totals, ready to be added to */
    public static PeriodTotals create() {
        return new PeriodTotals();
    }

    /**
     * Adds an amount.
     *
     * @param key the key's index, 0 or more
     * @param period 1 to 12
     * @param amountPence the amount in pence
     * @throws ArithmeticException if a total overflows (beyond 92 million million pounds)
     */
    public void add(int key, int period, long amountPence) {
        int i = key * PERIODS + period - 1;
        if (i >= pence.length) {
            pence = Arrays.copyOf(pence, Math.max(pence.length * 2, (key + 1) * PERIODS));
            seen = Arrays.copyOf(seen, pence.length);
        }
        pence[i] = Math.addExact(pence[i], amountPence);
        seen[i] = true;
        if (key >= keys) {
            keys = key + 1;
        }
    }

    /** @return how many keys have been seen (the highest index + 1) */
    public int keys() {
        return keys;
    }

    /**
     * @param key a key index
     * @param period 1 to 12
     * @return the total in pence
     */
    public long pence(int key, int period) {
        if (period < 1 || period > PERIODS) {
            throw new FinanceRuleException("period", period, "a period is P1 (April) to P12 (March)");
        }
        int i = key * PERIODS + period - 1;
        return i < pence.length ? pence[i] : 0;
    }

    /**
     * @param key a key index
     * @param period 1 to 12
     * @return the total as money
     */
    public Money amount(int key, int period) {
        return Money.ofMinor(Gbp.GBP, pence(key, period));
    }

    /**
     * @param key a key index
     * @param period 1 to 12
     * @return true when anything (even zero) was added for the key and period
     */
    public boolean seen(int key, int period) {
        int i = key * PERIODS + period - 1;
        return i < seen.length && seen[i];
    }

    /**
     * @param key a key index
     * @return the key's total over the year in pence
     */
    public long yearPence(int key) {
        long t = 0;
        for (int p = 1; p <= PERIODS; p++) {
            t = Math.addExact(t, pence(key, p));
        }
        return t;
    }
}
