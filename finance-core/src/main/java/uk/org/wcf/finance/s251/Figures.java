package uk.org.wcf.finance.s251;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.StringJoiner;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;

/**
 * One line's figures in the ten measures, exact to the penny. A measure with no figure is <i>not applicable</i>
 * (a blank cell in DfE's file), which is not zero: it takes part in no rule and is written back as a blank.
 */
public final class Figures {

    private static final Measure[] MEASURES = Measure.values();

    private final long[] pence;
    private final int applicable;

    private Figures(long[] pence, int applicable) {
        this.pence = pence;
        this.applicable = applicable;
    }

    /**
     * @param figures the applicable measures and their amounts in GBP; the others are not applicable
     * @return the figures
     */
    public static Figures of(Map<Measure, Money> figures) {
        Builder b = builder();
        figures.forEach(b::set);
        return b.build();
    }

    /** @return a builder with every measure not applicable */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param measure the measure
     * @return true when the measure has a figure
     */
    public boolean isApplicable(Measure measure) {
        return (applicable & (1 << measure.ordinal())) != 0;
    }

    /**
     * @param measure the measure
     * @return the figure, or empty when not applicable
     */
    public Optional<Money> get(Measure measure) {
        return isApplicable(measure) ? Optional.of(Money.ofMinor(Gbp.GBP, pence[measure.ordinal()])) : Optional.empty();
    }

    /**
     * @param measure the measure
     * @return the figure in pence, or empty when not applicable
     */
    public OptionalLong pence(Measure measure) {
        return isApplicable(measure) ? OptionalLong.of(pence[measure.ordinal()]) : OptionalLong.empty();
    }

    /** @return the applicable measures and their figures, in DfE's column order */
    public Map<Measure, Money> toMap() {
        Map<Measure, Money> m = new EnumMap<>(Measure.class);
        for (Measure x : MEASURES) {
            get(x).ifPresent(v -> m.put(x, v));
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Figures f && f.applicable == applicable && Arrays.equals(f.pence, pence);
    }

    @Override
    public int hashCode() {
        return 31 * applicable + Arrays.hashCode(pence);
    }

    /** @return the figures as {@code TotalExpenditure=1.00, Income=n/a, ...} */
    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (Measure m : MEASURES) {
            j.add(m.column() + "=" + get(m).map(v -> v.getAmount().toPlainString()).orElse("n/a"));
        }
        return j.toString();
    }

    /** Builds figures one measure at a time. */
    public static final class Builder {
        private final long[] pence = new long[MEASURES.length];
        private int applicable;

        private Builder() {
        }

        /**
         * @param measure the measure
         * @param amount the figure in GBP
         * @return this builder
         */
        public Builder set(Measure measure, Money amount) {
            Gbp.requireGbp(amount, measure.column());
            return setPence(measure, amount.getAmountMinorLong());
        }

        /**
         * @param measure the measure
         * @param amountPence the figure in pence
         * @return this builder
         */
        public Builder setPence(Measure measure, long amountPence) {
            if (measure == null) {
                throw new FinanceRuleException("measure", null, "a figure needs its measure");
            }
            pence[measure.ordinal()] = amountPence;
            applicable |= 1 << measure.ordinal();
            return this;
        }

        /** @return the figures */
        public Figures build() {
            return new Figures(pence.clone(), applicable);
        }
    }
}
