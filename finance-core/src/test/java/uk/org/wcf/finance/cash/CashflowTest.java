package uk.org.wcf.finance.cash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.Generators;
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
}
