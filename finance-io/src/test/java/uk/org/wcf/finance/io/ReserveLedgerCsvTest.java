package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.data.WcfData;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.time.FiscalYear;

/** Reserve ledgers from CSV; the embedded reserves reconcile with the 2020/21 funding from reserves. */
class ReserveLedgerCsvTest {

    private static final String HEAD = "year,reserve,kind,description,amount_gbp_thousands,route,reference,date,passported\n";

    @Test
    void aReserveCarriesIntoTheNextYearAndADrawdownAboveTheBalanceIsAProblem() {
        var r = ReserveLedgerCsv.read("r.csv", new ByteArrayInputStream((HEAD
                + "2019/20,P,opening,,0,,,,\n"
                + "2019/20,P,contribution,set aside,1100,annual_budget,B19,2019-04-01,no\n"
                + "2020/21,P,drawdown,too much,1200,change_request,CR-1,2020-07-01,no\n"
                + "2020/21,P,drawdown,placements,100,change_request,CR-2,2020-07-01,yes\n"
                + "2020/21,Q,drawdown,no opening,1,annual_budget,B20,2020-01-30,no\n"
                + "2020/21,P,drawdown,no approval,1,,,,no\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(r.problems()).extracting(Problem::toString).containsExactly(
                "r.csv, line 4, column 5 (amount_gbp_thousands): drawdown 'too much' from 'P' is £1,200,000.00: is more "
                        + "than the reserve's balance of £1,100,000.00; a drawdown may not exceed the balance",
                "r.csv, line 6, column 2 (reserve): reserve 'Q' has no opening balance in 2020/21 or the year before; give an opening row first",
                "r.csv, line 7, column 6 (route): route is blank; a value is required",
                "r.csv, line 7, column 7 (reference): reference is blank; a value is required",
                "r.csv, line 7, column 8 (date): date is blank; a value is required");
        assertThat(r.value().orElseThrow().get(1).reserve("P").closing()).isEqualTo(Gbp.thousands(1000));
        assertThat(r.value().orElseThrow().get(1).passportedToCompany()).isEqualTo(Gbp.thousands(100));
    }

    @Test
    void theEmbeddedReservesReconcileWithTheBusinessPlan() {
        var ledger = WcfData.reserves(FiscalYear.of(2020));
        assertThat(ledger.reserve("Placements risk (looked after children)").opening()).isEqualTo(Gbp.thousands(1100));
        var p = ledger.reconcile(WcfData.businessPlan2020());
        assertThat(p.reconciles()).isTrue();
        assertThat(p.companyIncome()).isEqualTo(Gbp.thousands(934));
    }
}
