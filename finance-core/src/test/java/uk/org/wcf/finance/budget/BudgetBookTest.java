package uk.org.wcf.finance.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;

import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.Generators;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.structure.FundingSource;
import uk.org.wcf.finance.structure.Service;
import uk.org.wcf.finance.structure.SubjectiveGroup;
import uk.org.wcf.finance.time.FiscalYear;

/** The budget book's identities (Business Plan 2020/21, Tables 1 and 4). */
class BudgetBookTest {

    /** The 2020/21 book as published in Tables 2 and 4 (GBP thousands). */
    static BudgetBook businessPlan2020() {
        long[][] rows = {{2750, 0, 10, 8154}, {28697, 474, 696, 45906}, {5018, 253, 397, 4741}, {287, 0, 15133, 2006},
            {0, 0, 0, 507}};
        String[] names = {"Resources Directorate", "Social Care Directorate", "Education and Early Help Directorate",
            "Home to School Transport", "Youth Offending Services"};
        BudgetBook.Builder b = BudgetBook.builder(FiscalYear.of(2020));
        for (int s = 0; s < 5; s++) {
            Service service = Service.standalone(String.valueOf((char) ('A' + s)), names[s]);
            for (int g = 0; g < 4; g++) {
                b.line(service, SubjectiveGroup.PUBLISHED.get(g), Gbp.thousands(rows[s][g]));
            }
        }
        b.incomeOutsideContract("Non-WCC Sales, Fees and Charges", Gbp.thousands(407));
        long[] funding = {2088, 850, 0, 8261, 71, 934, 1596, 608};
        for (int f = 0; f < 8; f++) {
            b.passThrough(FundingSource.PUBLISHED.get(f), Gbp.thousands(funding[f]));
        }
        return b.build();
    }

    @Test
    void reproducesTheBusinessPlanIdentities() {
        BudgetBook book = businessPlan2020();
        assertThat(book.grossExpenditure()).isEqualTo(Gbp.thousands(115029));
        assertThat(book.grossOf(SubjectiveGroup.STAFFING)).isEqualTo(Gbp.thousands(36752));
        assertThat(book.contractSum()).isEqualTo(Gbp.thousands(114622));
        assertThat(book.passThroughTotal()).isEqualTo(Gbp.thousands(14408));
        assertThat(book.councilBaseBudget()).isEqualTo(Gbp.thousands(100214));
        assertThat(book.externalFunding()).isEqualTo(Gbp.thousands(14815));
        assertThat(book.grossOf(book.service("Social Care Directorate"))).isEqualTo(Gbp.thousands(75773));
    }

    @Test
    void identitiesHoldForEveryBook() {
        qt().forAll(Generators.budgetBooks()).checkAssert(book -> {
            Money byService = Gbp.sum(book.services().stream().map(book::grossOf));
            Money byGroup = Gbp.sum(book.groups().stream().map(book::grossOf));
            assertThat(byService).isEqualTo(book.grossExpenditure());
            assertThat(byGroup).isEqualTo(book.grossExpenditure());
            assertThat(book.contractSum()).isEqualTo(book.grossExpenditure().minus(book.incomeOutsideContractTotal()));
            assertThat(book.councilBaseBudget().plus(book.passThroughTotal())).isEqualTo(book.contractSum());
            assertThat(book.externalFunding()).isEqualTo(book.incomeOutsideContractTotal().plus(book.passThroughTotal()));
            assertThat(book.councilBaseBudget().plus(book.externalFunding())).isEqualTo(book.grossExpenditure());
        });
    }

    @Test
    void aNegativeBudgetLineIsRefused() {
        Service a = Service.standalone("A", "Resources Directorate");
        assertThatThrownBy(() -> BudgetBook.builder(FiscalYear.of(2020)).line(a, SubjectiveGroup.STAFFING,
                Gbp.thousands(-1)).build()).isInstanceOf(FinanceRuleException.class)
                .hasMessage("budget for 'Resources Directorate / Staffing' is (£1,000.00): "
                        + "a gross expenditure budget may not be negative; record income as income");
    }

    @Test
    void anUnknownServiceIsRefused() {
        Service a = Service.standalone("A", "Resources Directorate");
        Service x = Service.standalone("X", "Unknown Service");
        assertThatThrownBy(() -> new BudgetBook(FiscalYear.of(2020), FiscalYear.of(2020).months(), BudgetStatus.AGREED,
                List.of(a), List.of(BudgetLine.of(uk.org.wcf.finance.structure.CostLine.of(x, SubjectiveGroup.STAFFING),
                        Gbp.thousands(1))), List.of(), List.of()))
                .isInstanceOf(FinanceRuleException.class)
                .hasMessage("service of budget line 'Unknown Service / Staffing' is 'Unknown Service': unknown service; "
                        + "the book's services are [Resources Directorate]");
        assertThatThrownBy(() -> businessPlan2020().service("Z"))
                .isInstanceOf(FinanceRuleException.class).hasMessageStartingWith("service is 'Z': unknown service");
    }

    @Test
    void aDuplicateLineIsRefused() {
        Service a = Service.standalone("A", "Resources Directorate");
        assertThatThrownBy(() -> BudgetBook.builder(FiscalYear.of(2020))
                .line(a, SubjectiveGroup.STAFFING, Gbp.thousands(1))
                .line(a, SubjectiveGroup.STAFFING, Gbp.thousands(2)).build())
                .isInstanceOf(FinanceRuleException.class)
                .hasMessage("budget line 'Resources Directorate / Staffing' is listed twice: "
                        + "each cost line appears once; add the amounts together or use a detail");
        assertThatThrownBy(() -> BudgetBook.builder(FiscalYear.of(2020))
                .passThrough(FundingSource.NHS_INCOME, Gbp.zero())
                .passThrough(FundingSource.NHS_INCOME, Gbp.zero()).build())
                .isInstanceOf(FinanceRuleException.class).hasMessageContaining("funding source 'NHS Income' is listed twice");
    }

    @Test
    void aCurrencyOtherThanGbpIsRefused() {
        Service a = Service.standalone("A", "Resources Directorate");
        assertThatThrownBy(() -> BudgetBook.builder(FiscalYear.of(2020))
                .line(a, SubjectiveGroup.STAFFING, Money.of(CurrencyUnit.EUR, 5)))
                .isInstanceOf(FinanceRuleException.class)
                .hasMessage("budget for 'Resources Directorate / Staffing' is EUR 5.00: "
                        + "the library works in GBP only; convert the amount before it is loaded");
    }
}
