package uk.org.wcf.finance.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;

import org.joda.money.Money;
import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.Generators;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.time.FiscalYear;

/** The accounts' identities hold for any statements. */
class AccountsTest {

    @Test
    void identitiesHoldForGeneratedStatements() {
        qt().forAll(lists().of(Generators.amounts(200_000_000)).ofSize(9), Generators.signedAmounts(1_000_000)).checkAssert((m, tax) -> {
            AnnualAccounts a = new AnnualAccounts(FiscalYear.of(2020), m.get(0), m.get(1).negated(), m.get(2).negated(), m.get(3), tax,
                    m.get(4), m.get(5), m.get(6).negated(), m.get(7));
            assertThat(a.grossProfit()).isEqualTo(a.turnover().plus(a.costOfSales()));
            assertThat(a.profitForTheYear()).isEqualTo(a.turnover().plus(a.costOfSales()).plus(a.otherOperatingExpenses())
                    .plus(a.interestReceivable()).plus(a.tax()));
            assertThat(a.netAssets()).isEqualTo(a.debtors().plus(a.cash()).plus(a.creditors()));
            assertThat(a.retainedEarnings()).isEqualTo(a.retainedEarningsBroughtForward().plus(a.profitForTheYear()));
            AnnualAccounts next = a.rollForwardInto(new AnnualAccounts(FiscalYear.of(2021), m.get(8), Gbp.zero(), Gbp.zero(),
                    Gbp.zero(), Gbp.zero(), Gbp.zero(), Gbp.zero(), Gbp.zero(), Gbp.zero()));
            assertThat(next.retainedEarningsBroughtForward()).isEqualTo(a.retainedEarnings());
            FigureTable t = AnnualAccounts.table(List.of(a, next));
            assertThat(t.value("equity", "fy2021_22")).isEqualTo(next.retainedEarnings());
            Money ct = a.corporationTaxAt(Rate.percent("19"));
            assertThat(ct.isPositive()).isFalse();
        });
    }

    @Test
    void corporationTaxIsNineteenPercentOfASurplusAndNothingOnALoss() {
        AnnualAccounts a = new AnnualAccounts(FiscalYear.of(2019), Gbp.pounds(55294453), Gbp.pounds(-51151811), Gbp.pounds(-3517750),
                Gbp.pounds(20060), Gbp.pounds(-122541), Gbp.pounds(5245639), Gbp.pounds(6609231), Gbp.pounds(-11332459), Gbp.zero());
        assertThat(a.profitBeforeTax()).isEqualTo(Gbp.pounds(644952));
        assertThat(a.corporationTaxAt(Rate.percent("19"))).isEqualTo(Gbp.pounds("-122540.88"));
        assertThat(a.balanceSheetDifference()).isEqualTo(Gbp.zero());
        AnnualAccounts loss = new AnnualAccounts(FiscalYear.of(2019), Gbp.pounds(1), Gbp.pounds(-2), Gbp.zero(), Gbp.zero(), Gbp.zero(),
                Gbp.zero(), Gbp.zero(), Gbp.zero(), Gbp.zero());
        assertThat(loss.corporationTaxAt(Rate.percent("19"))).isEqualTo(Gbp.zero());
    }
}
