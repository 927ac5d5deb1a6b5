package uk.org.wcf.finance.cash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.Generators;
import uk.org.wcf.finance.money.Allocation;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.structure.SubjectiveGroup;

/** Cash closing = opening + receipts - payments, every month; each stream adds back to the year. */
class CashflowTest {

    @Test
    void closingIsOpeningPlusReceiptsLessPaymentsEveryMonth() {
        qt().forAll(Generators.budgetBooks(), Generators.signedAmounts(10_000_000)).checkAssert((book, opening) -> {
            var other = book.grossExpenditure().minus(book.grossOf(SubjectiveGroup.STAFFING));
            Cashflow c = Cashflow.forecast(book, opening, other.dividedBy(3, java.math.RoundingMode.DOWN));
            assertThat(c.months()).hasSize(12);
            var balance = opening;
            for (Cashflow.Month m : c.months()) {
                assertThat(m.opening()).isEqualTo(balance);
                assertThat(m.closing()).isEqualTo(m.opening().plus(m.receipts()).minus(m.payroll()).minus(m.suppliers())
                        .minus(m.supportServices()));
                balance = m.closing();
            }
            assertThat(Gbp.sum(c.months().stream().map(Cashflow.Month::receipts)))
                    .isEqualTo(book.contractSum().plus(book.incomeOutsideContractTotal()));
            assertThat(Gbp.sum(c.months().stream().map(Cashflow.Month::payroll))).isEqualTo(book.grossOf(SubjectiveGroup.STAFFING));
            // receipts fund the whole gross budget, so the year ends where it began
            assertThat(c.closing()).isEqualTo(opening);
            assertThat(c.months().stream().filter(m -> !m.supportServices().isZero()).map(m -> m.month().getMonthValue()))
                    .allMatch(mo -> mo == 6 || mo == 9 || mo == 12 || mo == 3);
        });
    }

    @Test
    void paymentsFollowTheProfileAndTheTermsAndTheYearFoots() {
        qt().forAll(Generators.budgetBooks(), integers().between(0, 3), lists().of(integers().between(0, 1000)).ofSize(12))
                .assuming((book, lag, w) -> w.stream().anyMatch(x -> x > 0))
                .checkAssert((book, lag, w) -> {
                    var other = book.grossExpenditure().minus(book.grossOf(SubjectiveGroup.STAFFING));
                    var support = other.dividedBy(4, java.math.RoundingMode.DOWN);
                    List<BigDecimal> weights = w.stream().map(BigDecimal::valueOf).toList();
                    Cashflow c = Cashflow.forecast(book, Gbp.zero(), new Cashflow.PaymentTerms(30 * lag, support), weights);
                    var spend = Allocation.byWeights(other.minus(support), weights);
                    // a month's suppliers are the spend of the month the terms' delay before it
                    for (int i = lag; i < 12; i++) {
                        assertThat(c.months().get(i).suppliers()).isEqualTo(spend.get(i - lag));
                    }
                    assertThat(Gbp.sum(c.months().stream().map(Cashflow.Month::payroll)))
                            .isEqualTo(book.grossOf(SubjectiveGroup.STAFFING));
                    assertThat(c.months().stream().map(Cashflow.Month::payroll).toList())
                            .isEqualTo(Allocation.byWeights(book.grossOf(SubjectiveGroup.STAFFING), weights));
                    // over the year: supplier payments = spend + creditors at 1 April - creditors at 31 March
                    assertThat(Gbp.sum(c.months().stream().map(Cashflow.Month::suppliers)))
                            .isEqualTo(Gbp.sum(spend).plus(c.openingCreditors()).minus(c.closingCreditors()));
                    assertThat(c.closingCreditors()).isEqualTo(Gbp.sum(spend.subList(12 - lag, 12)));
                    assertThat(c.payments()).isEqualTo(Gbp.sum(c.months().stream().map(m -> m.payroll().plus(m.suppliers())
                            .plus(m.supportServices()))));
                    assertThat(c.closing()).isEqualTo(c.receipts().minus(c.payments()));
                });
    }

    @Test
    void termsOtherThanWholeMonthsAndBadProfilesAreRefused() {
        assertThatThrownBy(() -> new Cashflow.PaymentTerms(45, Gbp.zero())).hasMessageContaining("0, 30, 60 or 90 days");
        qt().withExamples(5).forAll(Generators.budgetBooks()).checkAssert(book -> assertThatThrownBy(() -> Cashflow.forecast(book,
                Gbp.zero(), Cashflow.PaymentTerms.of(Gbp.zero()), java.util.Collections.nCopies(12, BigDecimal.ZERO)))
                .hasMessageContaining("not all zero"));
    }
}
