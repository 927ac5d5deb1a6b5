package uk.org.wcf.finance.reserve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;

import org.joda.money.Money;
import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.Generators;
import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.Approval;
import uk.org.wcf.finance.structure.FundingSource;
import uk.org.wcf.finance.structure.Service;
import uk.org.wcf.finance.structure.SubjectiveGroup;
import uk.org.wcf.finance.time.FiscalYear;

/** Earmarked reserves, drawdowns and passporting. */
class ReservesTest {

    private static final Approval BUDGET = Approval.annualBudget("WCC Cabinet budget report", LocalDate.of(2020, 1, 30));

    @Test
    void thePlacementsReserveNotNeededIn2019StaysAvailableIn2020() {
        EarmarkedReserve placements = EarmarkedReserve.opening("Placements risk", FiscalYear.of(2019), Gbp.zero())
                .contribute("Set up in the 2019/20 budget", Gbp.thousands(1100), BUDGET);
        EarmarkedReserve next = placements.nextYear();
        assertThat(next.year()).isEqualTo(FiscalYear.of(2020));
        assertThat(next.opening()).isEqualTo(Gbp.thousands(1100));
    }

    @Test
    void aDrawdownAboveTheBalanceIsRefused() {
        assertThatThrownBy(() -> EarmarkedReserve.opening("Placements risk", FiscalYear.of(2020), Gbp.thousands(1100))
                .draw("Placements", Gbp.thousands(1101), BUDGET, false))
                .isInstanceOf(FinanceRuleException.class)
                .hasMessage("drawdown 'Placements' from 'Placements risk' is £1,101,000.00: is more than the reserve's "
                        + "balance of £1,100,000.00; a drawdown may not exceed the balance");
        qt().forAll(Generators.amounts(1_000_000), Generators.amounts(1_000_000)).checkAssert((balance, draw) -> {
            EarmarkedReserve r = EarmarkedReserve.opening("R", FiscalYear.of(2020), balance);
            if (draw.isGreaterThan(balance)) {
                assertThatThrownBy(() -> r.draw("d", draw, BUDGET, false)).isInstanceOf(FinanceRuleException.class);
            } else {
                assertThat(r.draw("d", draw, BUDGET, false).closing()).isEqualTo(balance.minus(draw));
            }
        });
    }

    @Test
    void passportingReconcilesTheCompanyAndTheCouncil() {
        qt().forAll(lists().of(Generators.amounts(500_000)).ofSizeBetween(1, 6)).checkAssert(draws -> {
            Money total = Gbp.sum(draws);
            EarmarkedReserve r = EarmarkedReserve.opening("Children's services", FiscalYear.of(2020), total);
            for (Money d : draws) {
                r = r.draw("passported", d, BUDGET, true);
            }
            ReserveLedger ledger = new ReserveLedger(FiscalYear.of(2020), List.of(r));
            BudgetBook book = BudgetBook.builder(FiscalYear.of(2020))
                    .line(Service.standalone("A", "A"), SubjectiveGroup.STAFFING, Gbp.thousands(1))
                    .passThrough(FundingSource.FUNDING_FROM_RESERVES, total).build();
            ReserveLedger.Passporting p = ledger.reconcile(book);
            assertThat(p.reconciles()).isTrue();
            assertThat(ledger.closing()).isEqualTo(Gbp.zero());
            BudgetBook wrong = book.withPassThrough(List.of(uk.org.wcf.finance.budget.FundingLine.of(
                    FundingSource.FUNDING_FROM_RESERVES, total.plus(Gbp.pounds("0.01")))));
            assertThat(ledger.reconcile(wrong).difference()).isEqualTo(Gbp.pounds("0.01"));
        });
    }
}
