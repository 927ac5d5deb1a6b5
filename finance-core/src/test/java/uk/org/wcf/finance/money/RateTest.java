package uk.org.wcf.finance.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Rates are exact decimals: 2% inflation, 0.5% transfer cap, 18.6% pension. */
class RateTest {

    @Test
    void parsesAndPrintsPercentages() {
        assertThat(Rate.parse("2%")).isEqualTo(Rate.percent("2")).isEqualTo(Rate.of(new BigDecimal("0.020")));
        assertThat(Rate.parse("18.6").fraction()).isEqualByComparingTo("0.186");
        assertThat(Rate.percent("0.5")).hasToString("0.5%");
        assertThat(Rate.percent("2")).hasToString("2%");
        assertThatThrownBy(() -> Rate.parse("two")).isInstanceOf(FinanceRuleException.class)
                .hasMessage("rate is two: a rate is a percentage such as 2% or 18.6 (plain digits, at most 10 decimals, no exponent)");
    }

    @Test
    void compoundsExactly() {
        assertThat(Rate.percent("2").compoundFactor(2)).isEqualByComparingTo("1.0404");
        assertThat(Rate.percent("2").compoundFactor(0)).isEqualByComparingTo("1");
        assertThat(Rate.percent("2").of(Gbp.thousands(2750)).getAmount()).isEqualByComparingTo("55000");
    }

    @Test
    void refusesAbsurdRates() {
        assertThatThrownBy(() -> Rate.percent("-150")).isInstanceOf(FinanceRuleException.class)
                .hasMessageContaining("between -100% and 1,000%");
    }
}
