package uk.org.wcf.finance.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.Generators;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.RoundingPolicy;

/** Financial years run 1 April to 31 March; P1 is April, P12 is March. */
class FiscalCalendarTest {

    @Test
    void yearsParseAndPrintAsFinanceStaffWriteThem() {
        FiscalYear y = FiscalYear.parse("2020/21");
        assertThat(y.start()).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(y.end()).isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(y).hasToString("2020/21");
        assertThat(FiscalYear.parse("2019-20")).isEqualTo(FiscalYear.of(2019));
        assertThat(FiscalYear.parse("FY2099/2100")).hasToString("2099/00");
        assertThat(FiscalYear.containing(LocalDate.of(2021, 3, 31))).isEqualTo(y);
        assertThat(FiscalYear.containing(LocalDate.of(2021, 4, 1))).isEqualTo(y.next());
    }

    @Test
    void badYearsAreRefusedWithTheRule() {
        assertThatThrownBy(() -> FiscalYear.parse("2020/22")).isInstanceOf(FinanceRuleException.class)
                .hasMessage("financial year is '2020/22': the second year must follow the first, as in 2020/21");
        assertThatThrownBy(() -> FiscalYear.parse("twenty")).isInstanceOf(FinanceRuleException.class)
                .hasMessage("financial year is 'twenty': write a financial year as 2020/21");
    }

    @Test
    void periodsRunFromAprilToMarch() {
        FiscalPeriod p6 = FiscalPeriod.parse("2019/20 P6");
        assertThat(p6.month()).isEqualTo(YearMonth.of(2019, 9));
        assertThat(FiscalPeriod.containing(LocalDate.of(2020, 3, 15))).isEqualTo(FiscalYear.of(2019).period(12));
        assertThat(FiscalPeriod.containing(LocalDate.of(2020, 4, 1))).isEqualTo(FiscalYear.of(2020).period(1));
        assertThat(FiscalYear.of(2020).period(1).previous()).isEqualTo(FiscalYear.of(2019).period(12));
        assertThat(FiscalPeriod.parseNumber("P06")).isEqualTo(6);
    }

    @Test
    void periodThirteenIsRefused() {
        assertThatThrownBy(() -> FiscalPeriod.parseNumber("P13")).isInstanceOf(FinanceRuleException.class)
                .hasMessage("period is 'P13': a period is P1 (April) to P12 (March)");
        assertThatThrownBy(() -> FiscalYear.of(2020).period(0)).isInstanceOf(FinanceRuleException.class)
                .hasMessage("period is 0: a period is P1 (April) to P12 (March)");
    }

    @Test
    void parseOfPrintIsIdentityForYearsAndPeriods() {
        qt().forAll(Generators.years(), integers().between(1, 12)).checkAssert((y, n) -> {
            assertThat(FiscalYear.parse(y.toString())).isEqualTo(y);
            FiscalPeriod p = y.period(n);
            assertThat(FiscalPeriod.parse(p.toString())).isEqualTo(p);
            assertThat(FiscalPeriod.parseNumber(p.label())).isEqualTo(n);
            assertThat(FiscalPeriod.containing(p.firstDay())).isEqualTo(p);
            assertThat(FiscalPeriod.containing(p.lastDay())).isEqualTo(p);
            assertThat(p.next().previous()).isEqualTo(p);
        });
    }

    @Test
    void partYearsCountWholeMonths() {
        // the 2019/20 contract: October 2019 to March 2020
        MonthSpan contract = MonthSpan.of(YearMonth.of(2019, 10), YearMonth.of(2020, 3));
        assertThat(contract.months()).isEqualTo(6);
        // Learning and Achievement from 1 June 2020: 10 months of 2020/21
        MonthSpan la = MonthSpan.fromDate(FiscalYear.of(2020), LocalDate.of(2020, 6, 1));
        assertThat(la.months()).isEqualTo(10);
        assertThat(la.shareOf(Gbp.thousands(6500), RoundingPolicy.PENCE)).isEqualTo(Gbp.pounds("5416666.67"));
        assertThat(MonthSpan.fromDate(FiscalYear.of(2020), LocalDate.of(2020, 6, 15)).months()).isEqualTo(9);
        assertThatThrownBy(() -> MonthSpan.fromDate(FiscalYear.of(2020), LocalDate.of(2021, 6, 1)))
                .isInstanceOf(FinanceRuleException.class).hasMessage("effective date is 2021-06-01: must fall within 2020/21");
    }
}
