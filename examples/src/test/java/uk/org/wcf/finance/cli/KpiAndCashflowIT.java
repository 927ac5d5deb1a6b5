package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kpi and cashflow, run as a process. */
class KpiAndCashflowIT {

    @TempDir
    Path dir;

    @Test
    void kpiPrintsRedAndPerformanceFailuresAndCsvForScripts() throws Exception {
        Files.writeString(dir.resolve("v.csv"), """
                kpi,month,numerator,denominator,risk_notified
                KPI-SC1,2020-04,500,1000,
                KPI-SC1,2020-05,510,1000,
                KPI-SC1,2020-06,515,1000,no
                KPI-SC11,2020-06,5,1000,
                """);
        Cli.Run r = Cli.run(dir, "kpi", "--values", "v.csv");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("KPI-SC1\\s+2020-06\\s+51.5\\s+53.2\\s+52.3-62.7\\s+red")
                .contains("KPI-SC1: performance failure, out of tolerance (52.3-62.7%) in 2020-04, 2020-05, 2020-06")
                .containsPattern("KPI-SC11\\s+2020-06\\s+0.5\\s+1.2\\s+0.65-1.62\\s+green");
        Cli.Run csv = Cli.run(dir, "kpi", "--values", "v.csv", "--format", "csv");
        assertThat(csv.out()).startsWith("kpi,month,value_pct,target_pct,tolerance_low_pct,tolerance_high_pct,rag,out_of_tolerance,"
                + "risk_notified,performance_failure,repeat_failure\n").contains("KPI-SC1,2020-06,51.5,53.2,52.3,62.7,red,yes,no,yes,no\n");
        Files.writeString(dir.resolve("bad.csv"), "kpi,month,numerator,denominator\nKPI-ZZ,2020-06,1,2\n");
        Cli.Run bad = Cli.run(dir, "kpi", "--values", "bad.csv");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("bad.csv, line 2, column 1 (kpi): KPI 'KPI-ZZ' is unknown");
    }

    @Test
    void cashflowOpensAtTheAccountsCashAndEndsWhereItBegan() throws Exception {
        Cli.Run r = Cli.run(dir, "cashflow");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("2020-06\\s+7,809\\s+9,586\\s+3,063\\s+5,923\\s+1,800\\s+6,609")
                .contains("Closing balance 31 March: 6,609; average month-end balance: 7,209 (£000)");
        Cli.Run csv = Cli.run(dir, "cashflow", "--opening", "1,000,000", "--format", "csv");
        assertThat(csv.out()).startsWith("month,opening_gbp_thousands,receipts_gbp_thousands,payroll_gbp_thousands,"
                + "suppliers_gbp_thousands,support_services_gbp_thousands,closing_gbp_thousands\n")
                .contains("\n2020-04,1000,9586,3063,5923,0,1600\n");
        assertThat(r.out()).containsPattern("\nMonth +Opening +Receipts").doesNotContain(" Line ");
    }

    @Test
    void cashflowFollowsTheBudgetsMonthlyProfileAndItsPaymentTerms() throws Exception {
        Path profile = Cli.jar().toAbsolutePath().getParent().getParent().resolve("data").resolve("monthly-budget-2020-21.csv");
        Cli.Run r = Cli.run(dir, "cashflow", "--profile", profile.toString(), "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        java.util.List<String[]> rows = r.out().lines().skip(1).map(l -> l.split(",")).toList();
        assertThat(rows).hasSize(12);
        // payroll follows the profile: August (schools closed in the sample) is the lowest month, March the highest
        java.util.List<Long> payroll = rows.stream().map(c -> Long.parseLong(c[3])).toList();
        assertThat(payroll.get(4)).isEqualTo(java.util.Collections.min(payroll));
        assertThat(payroll.get(11)).isEqualTo(java.util.Collections.max(payroll));
        assertThat(payroll.stream().distinct().count()).isGreaterThan(3);
        // suppliers are paid 30 days after: May pays April's spend, so May's suppliers are April's share of the profile,
        // and April pays the creditors at 1 April (March-shaped)
        assertThat(rows.get(0)[4]).isNotEqualTo(rows.get(1)[4]);
        for (int i = 1; i < 12; i++) {
            assertThat(rows.get(i)[1]).as("opening of month %d is the closing of the one before", i).isEqualTo(rows.get(i - 1)[6]);
        }
        Cli.Run text = Cli.run(dir, "cashflow", "--profile", profile.toString(), "--supplier-days", "60");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("Payment terms: suppliers paid 60 days after the month of spend",
                "Spending profile: the month totals of " + profile, "Year: receipts 115,029, payments 115,029");
        Cli.Run bad = Cli.run(dir, "cashflow", "--supplier-days", "45");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--supplier-days 45").contains("0, 30, 60 or 90 days");
        Cli.Run even = Cli.run(dir, "cashflow");
        assertThat(even.out()).contains("Spending profile: even twelfths (the embedded budget has no monthly profile");
    }
}
