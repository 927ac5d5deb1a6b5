package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;

/** Amounts as finance staff write them. */
class AmountsTest {

    @Test
    void acceptsTheUsualForms() {
        assertThat(Amounts.parse("1,234.56", Amounts.Unit.POUNDS)).isEqualTo(Gbp.pounds("1234.56"));
        assertThat(Amounts.parse("(975)", Amounts.Unit.THOUSANDS)).isEqualTo(Gbp.thousands(-975));
        assertThat(Amounts.parse("-975", Amounts.Unit.THOUSANDS)).isEqualTo(Gbp.thousands(-975));
        assertThat(Amounts.parse("£12", Amounts.Unit.POUNDS)).isEqualTo(Gbp.pounds(12));
        assertThat(Amounts.parse("0.5", Amounts.Unit.THOUSANDS)).isEqualTo(Gbp.pounds(500));
    }

    @Test
    void refusesTextHugeNumbersAndFractionsOfAPenny() {
        assertThatThrownBy(() -> Amounts.parse("12a", Amounts.Unit.POUNDS)).isInstanceOf(FinanceRuleException.class);
        assertThatThrownBy(() -> Amounts.parse("1,23", Amounts.Unit.POUNDS)).isInstanceOf(FinanceRuleException.class);
        assertThatThrownBy(() -> Amounts.parse("(-5)", Amounts.Unit.POUNDS)).isInstanceOf(FinanceRuleException.class);
        assertThatThrownBy(() -> Amounts.parse("99999999999999999999", Amounts.Unit.POUNDS))
                .hasMessage("amount is '99999999999999999999': a trillion pounds or more, beyond what the library reads"
                        + " (less than £1,000,000,000,000); check the column and its unit");
        assertThatThrownBy(() -> Amounts.parse("1.001", Amounts.Unit.POUNDS))
                .hasMessage("amount is '1.001': has more than two decimals (less than a penny)");
    }
}
