package uk.org.wcf.finance.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.joda.money.Money;

/**
 * Splits an amount into parts in proportion to weights, so that the parts always add back to the amount
 * exactly (largest-remainder method, to the penny). Used to profile an annual budget over twelve months, or to
 * spread a total over services, without ever creating or losing a penny.
 */
public final class Allocation {

    private Allocation() {
    }

    /**
     * Splits an amount by weights. Each part first gets its exact share rounded down to the penny; the pennies
     * left over go one each to the parts with the largest remainders (ties to the earlier part).
     *
     * @param total the amount to split
     * @param weights the weights, not negative, at least one positive
     * @return one part per weight, adding to {@code total} exactly
     */
    public static List<Money> byWeights(Money total, List<BigDecimal> weights) {
        Gbp.requireGbp(total, "amount to allocate");
        Objects.requireNonNull(weights, "weights");
        if (weights.isEmpty()) {
            throw new FinanceRuleException("weights", "none", "an allocation needs at least one part");
        }
        BigDecimal weightSum = BigDecimal.ZERO;
        for (int i = 0; i < weights.size(); i++) {
            BigDecimal w = Objects.requireNonNull(weights.get(i), "weight");
            if (w.signum() < 0) {
                throw new FinanceRuleException("weight " + (i + 1), w, "an allocation weight may not be negative");
            }
            weightSum = weightSum.add(w);
        }
        if (weightSum.signum() == 0) {
            throw new FinanceRuleException("weights", "all zero", "an allocation needs a positive weight");
        }
        BigInteger totalPence = total.getAmountMinor().toBigInteger();
        int sign = totalPence.signum() < 0 ? -1 : 1;
        BigDecimal absPence = new BigDecimal(totalPence.abs());
        List<BigInteger> parts = new ArrayList<>(weights.size());
        List<BigDecimal> remainders = new ArrayList<>(weights.size());
        BigInteger allocated = BigInteger.ZERO;
        for (BigDecimal w : weights) {
            BigDecimal exact = absPence.multiply(w);
            BigDecimal[] qr = exact.divideAndRemainder(weightSum);
            BigInteger floor = qr[0].toBigInteger();
            parts.add(floor);
            remainders.add(qr[1]);
            allocated = allocated.add(floor);
        }
        int leftOver = totalPence.abs().subtract(allocated).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (int k = 0; k < leftOver; k++) {
            int i = order.get(k);
            parts.set(i, parts.get(i).add(BigInteger.ONE));
        }
        List<Money> result = new ArrayList<>(parts.size());
        for (BigInteger p : parts) {
            result.add(Money.ofMinor(Gbp.GBP, p.longValueExact() * sign));
        }
        return List.copyOf(result);
    }

    /**
     * Splits an amount into equal parts, the odd pennies going to the first parts.
     *
     * @param total the amount to split
     * @param parts the number of parts, 1 or more
     * @return the parts, adding to {@code total} exactly
     */
    public static List<Money> evenly(Money total, int parts) {
        if (parts < 1) {
            throw new FinanceRuleException("parts", parts, "an allocation needs at least one part");
        }
        return byWeights(total, Collections.nCopies(parts, BigDecimal.ONE));
    }

    /**
     * Splits an amount by the proportions of other amounts (for example a total in proportion to last year's
     * lines).
     *
     * @param total the amount to split
     * @param basis the amounts whose proportions are used, not negative
     * @return one part per basis amount, adding to {@code total} exactly
     */
    public static List<Money> inProportionTo(Money total, List<Money> basis) {
        List<BigDecimal> weights = new ArrayList<>(basis.size());
        for (Money m : basis) {
            weights.add(m.getAmount());
        }
        return byWeights(total, weights);
    }
}
