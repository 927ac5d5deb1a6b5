package uk.org.wcf.finance.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.Generators;

/** The one rounding policy: whole £000 half-up by default, pounds and pence available. */
class RoundingPolicyTest {

    @Test
    void roundsHalfUpToWholeThousandsByDefault() {
        RoundingPolicy p = RoundingPolicy.defaultPolicy();
        assertThat(p.units(Gbp.pounds("36752499.99"))).isEqualTo(36752);
        assertThat(p.units(Gbp.pounds("36752500.00"))).isEqualTo(36753);
        assertThat(p.units(Gbp.pounds("-500.00"))).isEqualTo(-1);
        assertThat(p.units(Gbp.pounds("-499.99"))).isEqualTo(0);
        assertThat(p.round(Gbp.pounds("1234567.89"))).isEqualTo(Gbp.pounds("1235000.00"));
        assertThat(p.toString()).isEqualTo("rounded half-up to £000");
    }

    @Test
    void poundsAndPenceAreAvailableAndTheModeIsExplicit() {
        assertThat(RoundingPolicy.POUNDS.units(Gbp.pounds("10.50"))).isEqualTo(11);
        assertThat(RoundingPolicy.of(RoundingPolicy.Unit.POUNDS, RoundingMode.HALF_EVEN).units(Gbp.pounds("10.50")))
                .isEqualTo(10);
        BigMoney third = BigMoney.of(CurrencyUnit.GBP, new BigDecimal("0.3333333"));
        assertThat(RoundingPolicy.PENCE.round(third)).isEqualTo(Gbp.pounds("0.33"));
        assertThatThrownBy(() -> RoundingPolicy.of(RoundingPolicy.Unit.POUNDS, RoundingMode.UNNECESSARY))
                .isInstanceOf(FinanceRuleException.class).hasMessageContaining("rounding mode");
    }

    @Test
    void percentIsOneDecimalHalfUpAndEmptyForAZeroBudget() {
        RoundingPolicy p = RoundingPolicy.THOUSANDS;
        // Period 6 2019/20, High Needs: 975 / 43,442 = 2.24% -> 2.2
        assertThat(p.percent(Gbp.thousands(975), Gbp.thousands(43442))).contains(new BigDecimal("2.2"));
        assertThat(p.percent(Gbp.thousands(-975), Gbp.thousands(-211012))).contains(new BigDecimal("0.5"));
        assertThat(p.percent(Gbp.thousands(1), Gbp.zero())).isEmpty();
    }

    @Test
    void roundingToThousandsIsWithinHalfAThousandOfTheExactValue() {
        qt().forAll(Generators.signedAmounts(10_000_000_000L)).checkAssert(m -> {
            long units = RoundingPolicy.THOUSANDS.units(m);
            BigDecimal error = m.getAmount().subtract(BigDecimal.valueOf(units * 1000)).abs();
            assertThat(error).isLessThanOrEqualTo(new BigDecimal("500"));
            assertThat(RoundingPolicy.THOUSANDS.round(m).getAmount()).isEqualByComparingTo(BigDecimal.valueOf(units * 1000));
        });
    }

    @Test
    void refusesOtherCurrencies() {
        assertThatThrownBy(() -> Gbp.requireGbp(Money.of(CurrencyUnit.EUR, 10), "budget for 'A'"))
                .isInstanceOf(FinanceRuleException.class)
                .hasMessage("budget for 'A' is EUR 10.00: the library works in GBP only; convert the amount before it is loaded");
        assertThatThrownBy(() -> RoundingPolicy.THOUSANDS.round(Money.of(CurrencyUnit.USD, 10)))
                .isInstanceOf(FinanceRuleException.class).hasMessageContaining("GBP only");
    }

    @Test
    void gbpFactoriesAreExactAndRefuseFractionsOfAPenny() {
        assertThat(Gbp.thousands(2750)).isEqualTo(Gbp.pounds(2_750_000));
        assertThat(Gbp.thousands(new BigDecimal("0.00001"))).isEqualTo(Gbp.pounds("0.01"));
        assertThatThrownBy(() -> Gbp.pounds("1.005")).isInstanceOf(FinanceRuleException.class)
                .hasMessage("amount is 1.005: an amount in pounds may have at most two decimal places (pence)");
        assertThat(Gbp.inThousands(Gbp.pounds("36752400"))).isEqualByComparingTo("36752.4");
    }
}
