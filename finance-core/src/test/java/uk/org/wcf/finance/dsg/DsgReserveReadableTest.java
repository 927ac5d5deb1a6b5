package uk.org.wcf.finance.dsg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.time.FiscalYear;

/** In JShell a reserve prints as people read it: pounds with separators, brackets for a deficit, every movement. */
class DsgReserveReadableTest {

    @Test
    void aReservePrintsItsOpeningEachMovementAndItsClosing() {
        FiscalYear y = FiscalYear.of(2019);
        DsgReserve r = new DsgReserve(y, Gbp.thousands(-633), List.of(
                new DsgReserve.Movement("carried forward", "DSG - High Needs Pupils", y.period(6), Gbp.thousands(-8014)),
                new DsgReserve.Movement("carried forward", "DSG - Early Years", y.period(6), Gbp.pounds("12.5"))),
                LocalDate.of(2023, 3, 31));
        assertThat(r.toString()).isEqualTo("DSG reserve 2019/20: opening (£633,000.00); DSG - High Needs Pupils " + y.period(6)
                + ": (£8,014,000.00) (carried forward); DSG - Early Years " + y.period(6) + ": £12.50 (carried forward); "
                + "closing (£8,646,987.50)");
        assertThat(r.toString()).doesNotContain("GBP").doesNotContain("Movement[").doesNotContain("\n");
    }
}
