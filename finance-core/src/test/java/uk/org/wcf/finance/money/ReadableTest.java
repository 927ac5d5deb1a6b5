package uk.org.wcf.finance.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.Generators;
import uk.org.wcf.finance.budget.BudgetLine;
import uk.org.wcf.finance.monitor.Adjustment;
import uk.org.wcf.finance.monitor.Approval;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.reserve.EarmarkedReserve;
import uk.org.wcf.finance.time.FiscalYear;

/** A value prints short and readable: pounds with separators, brackets for a negative, the year; never Joda's GBP form. */
class ReadableTest {

    @Test
    void everyBudgetLinePrintsItsAmountAsPoundsNeverAsJodaDoes() {
        qt().forAll(Generators.budgetBooks()).checkAssert(book -> {
            for (BudgetLine l : book.lines()) {
                assertThat(l.toString()).contains(Gbp.readable(l.amount())).doesNotContain("GBP ")
                        .startsWith("BudgetLine[");
            }
        });
    }

    @Test
    void aNegativeIsInBracketsAndALongListIsShownByItsSize() {
        MonitoringLine m = new MonitoringLine("High Needs", "DSG", Gbp.thousands(43_442), Gbp.thousands(52_431),
                java.util.List.of(Adjustment.carryForward("Proposed carry-forwards", Gbp.thousands(-8_014))));
        assertThat(m.toString()).startsWith("MonitoringLine[line: High Needs, group: DSG, netBudget: £43,442,000.00, "
                + "forecast: £52,431,000.00, adjustments: [Adjustment[").contains("amount: (£8,014,000.00)").doesNotContain("GBP");
        EarmarkedReserve r = EarmarkedReserve.opening("Placements", FiscalYear.of(2020), Gbp.thousands(1_100));
        for (int i = 0; i < 4; i++) {
            r = r.draw("draw " + i, Gbp.thousands(10), Approval.changeRequest("CR-" + i, LocalDate.of(2020, 7, 1)), false);
        }
        assertThat(r.toString()).contains("2020/21", "£1,100,000.00", "4 items").doesNotContain("GBP");
        assertThat(Readable.value(null)).isEqualTo("none");
    }
}
