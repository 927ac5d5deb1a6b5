package uk.org.wcf.finance.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;

import org.joda.money.Money;
import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.Generators;

/** An allocation always adds back to the amount allocated, to the penny. */
class AllocationTest {

    @Test
    void splitsAnAnnualBudgetOverTwelveMonthsWithoutLosingAPenny() {
        List<Money> months = Allocation.evenly(Gbp.pounds("100000.00"), 12);
        assertThat(months).hasSize(12);
        assertThat(Gbp.sum(months)).isEqualTo(Gbp.pounds("100000.00"));
        assertThat(months.get(0)).isEqualTo(Gbp.pounds("8333.34"));
        assertThat(months.get(11)).isEqualTo(Gbp.pounds("8333.33"));
    }

    @Test
    void largestRemaindersGetTheOddPennies() {
        List<Money> parts = Allocation.byWeights(Gbp.pounds("1.00"),
                List.of(new BigDecimal("1"), new BigDecimal("1"), new BigDecimal("1")));
        assertThat(parts).containsExactly(Gbp.pounds("0.34"), Gbp.pounds("0.33"), Gbp.pounds("0.33"));
        assertThat(Allocation.byWeights(Gbp.pounds("-1.00"), List.of(BigDecimal.ONE, BigDecimal.valueOf(2))))
                .containsExactly(Gbp.pounds("-0.33"), Gbp.pounds("-0.67"));
    }

    @Test
    void alwaysAddsBackAndEachPartIsWithinAPennyOfItsShare() {
        qt().forAll(Generators.signedAmounts(1_000_000_000L), lists().of(integers().between(0, 1000)).ofSizeBetween(1, 20))
                .assuming((total, w) -> w.stream().anyMatch(x -> x > 0))
                .checkAssert((total, w) -> {
                    List<BigDecimal> weights = w.stream().map(BigDecimal::valueOf).toList();
                    List<Money> parts = Allocation.byWeights(total, weights);
                    assertThat(Gbp.sum(parts)).isEqualTo(total);
                    BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                    for (int i = 0; i < parts.size(); i++) {
                        BigDecimal exact = total.getAmount().multiply(weights.get(i))
                                .divide(sum, 10, java.math.RoundingMode.HALF_EVEN);
                        assertThat(parts.get(i).getAmount().subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
                    }
                });
    }

    @Test
    void refusesNegativeOrAllZeroWeights() {
        assertThatThrownBy(() -> Allocation.byWeights(Gbp.pounds(1), List.of(BigDecimal.ONE, BigDecimal.valueOf(-1))))
                .isInstanceOf(FinanceRuleException.class).hasMessage("weight 2 is -1: an allocation weight may not be negative");
        assertThatThrownBy(() -> Allocation.byWeights(Gbp.pounds(1), List.of(BigDecimal.ZERO)))
                .isInstanceOf(FinanceRuleException.class).hasMessageContaining("needs a positive weight");
    }
}
