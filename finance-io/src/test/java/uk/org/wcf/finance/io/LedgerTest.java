package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.org.wcf.finance.io.internal.ledger.LedgerReader;
import uk.org.wcf.finance.io.internal.tree.TreeNode;
import uk.org.wcf.finance.ledger.Actuals;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.time.FiscalYear;

/** Ledger extracts: mapped to actuals, unmapped codes listed, budget against actual to the penny. */
class LedgerTest {

    @TempDir
    Path dir;

    @Test
    void importsWithAMappingAndListsTheUnmappedWithTheirTotals() throws Exception {
        Path gl = dir.resolve("gl.csv");
        Files.write(gl, ("\uFEFFdate,cost_centre,account,description,amount\r\n"
                + "2020-04-03,CC100,E1010,\"Agency, April\",\"1,234.56\"\r\n"
                + "2020-05-10,CC100,E2020,Fostering,(200.00)\r\n"
                + "2020-05-11,CC200,E1010,\"Multi\nline\",-0.05\r\n"
                + "2020-06-01,CC300,E9999,Unknown,£50.00\r\n").getBytes(StandardCharsets.UTF_8));
        Path map = dir.resolve("mapping.csv");
        Files.writeString(map, "cost_centre,code,line,service\nCC100,*,Placements,B\nCC100,E1010,Agency staff,B\nCC200,E1010,Agency staff,B\n");
        Actuals a = LedgerImport.run(gl, map).orThrow();
        assertThat(a.year()).isEqualTo(FiscalYear.of(2020));
        assertThat(a.lines().get("Agency staff").get(0)).isEqualTo(Gbp.pounds("1234.56"));
        assertThat(a.lines().get("Agency staff").get(1)).isEqualTo(Gbp.pounds("-0.05"));
        assertThat(a.lines().get("Placements").get(1)).isEqualTo(Gbp.pounds("-200.00"));
        assertThat(a.unmapped()).containsExactly(new Actuals.Unmapped("CC300", "E9999", 1, Gbp.pounds("50.00")));
        String json = LedgerImport.write(a, StructuredFormat.JSON);
        assertThat(json).contains("\"costCentre\" : \"CC300\"").contains("\"total\" : \"50.00\"");
    }

    @Test
    void actualsFeedTheSnapshotForecastAtRunRate() {
        Actuals a = new Actuals(FiscalYear.of(2020), Map.of("Placements", java.util.Collections.nCopies(12, Gbp.pounds(1000))), List.of());
        MonitoringSnapshot s = MonitoringSnapshot.nonDsg("t", FiscalYear.of(2020).period(6), List.of(
                MonitoringLine.of("Placements", Gbp.pounds(10000), Gbp.zero()), MonitoringLine.of("Other", Gbp.pounds(1), Gbp.pounds(1))), "Total");
        MonitoringSnapshot fed = a.feed(s, FiscalYear.of(2020).period(6));
        assertThat(fed.line("Placements").orElseThrow().forecast()).isEqualTo(Gbp.pounds(12000));
        assertThat(fed.line("Other").orElseThrow().forecast()).isEqualTo(Gbp.pounds(1));
    }

    @Test
    void budgetAgainstActualAgreesToThePennyWithAPlainComputation() throws Exception {
        Random r = new Random(2020);
        StringBuilder gl = new StringBuilder("date,cost_centre,subjective,amount\n");
        StringBuilder budget = new StringBuilder("cost_centre,month,budget\n");
        Map<String, long[]> act = new TreeMap<>();
        Map<String, long[]> bud = new TreeMap<>();
        for (int i = 0; i < 20_000; i++) {
            String cc = "cc" + (100 + r.nextInt(40));
            LocalDate d = LocalDate.of(2020, 4, 1).plusDays(r.nextInt(365));
            long pence = (long) (r.nextGaussian() * 50_000) + 1000;
            gl.append(d).append(',').append(cc).append(",E").append(1000 + r.nextInt(15)).append(',')
                    .append(new BigDecimal(pence).movePointLeft(2).toPlainString()).append('\n');
            act.computeIfAbsent(cc, k -> new long[12])[uk.org.wcf.finance.time.FiscalPeriod.containing(d).number() - 1] += pence;
        }
        for (int k = 0; k < 42; k++) {
            String cc = "cc" + (100 + k);
            for (int m = 0; m < 12; m++) {
                long pence = 100 * (long) r.nextInt(100_000);
                budget.append(cc).append(',').append(LocalDate.of(2020, 4, 1).plusMonths(m)).append(',')
                        .append(new BigDecimal(pence).movePointLeft(2).toPlainString()).append('\n');
                bud.computeIfAbsent(cc, x -> new long[12])[m] += pence;
            }
        }
        Path g = Files.writeString(dir.resolve("gl.csv"), gl);
        Path b = Files.writeString(dir.resolve("budget.csv"), budget);
        BudgetVsActualFiles.Comparison res = BudgetVsActualFiles.run(g, b).orThrow();
        assertThat(res.postings()).isEqualTo(20_000);
        StringBuilder expected = new StringBuilder("cost_centre,month,budget,actual,variance\n");
        for (String cc : new java.util.TreeSet<>(bud.keySet())) {
            for (int m = 0; m < 12; m++) {
                long a = act.getOrDefault(cc, new long[12])[m];
                long bb = bud.get(cc)[m];
                expected.append(cc).append(',').append(java.time.YearMonth.of(2020, 4).plusMonths(m)).append(',')
                        .append(pounds(bb)).append(',').append(pounds(a)).append(',').append(pounds(a - bb)).append('\n');
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BudgetVsActualFiles.write(res.rows(), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    private static String pounds(long pence) {
        return new BigDecimal(pence).movePointLeft(2).setScale(2).toPlainString();
    }

    /**
     * The period of a posting dated {@code date}, or the problem's message. It is the second posting: the first, on
     * the first day of the year (2020/21 when none is given), sets the year when it is taken from the data.
     */
    private static String readOneDate(String date, FiscalYear year, LedgerReader.Layout layout) {
        boolean budget = layout == LedgerReader.MONTHLY_BUDGET;
        String first = (year == null ? FiscalYear.of(2020) : year).start().toString();
        String csv = budget ? "cost_centre,month,budget\ncc1," + first + ",1.00\ncc1," + date + ",1.00\n"
                : "date,cost_centre,amount\n" + first + ",cc1,1.00\n" + date + ",cc1,1.00\n";
        int[] period = {0};
        LedgerSummary r = LedgerReader.read("d.csv", new java.io.ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                year, layout, (cc, code, p, pence) -> period[0] = p);
        return r.problems().isEmpty() ? "P" + period[0] : r.problems().get(0).message();
    }

    @Test
    void everyDateIsCheckedAsJavaTimeWouldWhetherTheYearIsGivenOrTakenFromTheFirstPosting() {
        FiscalYear fy = FiscalYear.of(2020);
        qt().withExamples(3000).forAll(integers().between(2018, 2022), integers().between(0, 13), integers().between(0, 32),
                booleans().all()).checkAssert((y, m, d, given) -> {
                    String date = String.format("%04d-%02d-%02d", y, m, d);
                    String got = readOneDate(date, given ? fy : null, LedgerReader.POSTINGS);
                    LocalDate real;
                    try {
                        real = LocalDate.of(y, m, d);
                    } catch (java.time.DateTimeException notADate) {
                        assertThat(got).as(date).isEqualTo("date is '" + date + "': not a date");
                        return;
                    }
                    if (fy.contains(real)) {
                        assertThat(got).as(date).isEqualTo("P" + uk.org.wcf.finance.time.FiscalPeriod.containing(real).number());
                    } else {
                        assertThat(got).as(date).isEqualTo("'" + date + "' is outside 2020/21 (2020-04-01 to 2021-03-31)");
                    }
                });
    }

    @Test
    void theLastDayOfEveryMonthIsADateAndTheDayAfterIsNotInLeapAndOtherYears() {
        for (int y : new int[] {2019, 2020, 2023, 2099, 2100}) {
            FiscalYear fy = FiscalYear.of(y);
            for (int p = 1; p <= 12; p++) {
                LocalDate last = fy.start().plusMonths(p - 1L).withDayOfMonth(1).plusMonths(1).minusDays(1);
                assertThat(readOneDate(last.toString(), fy, LedgerReader.POSTINGS)).as(last.toString()).isEqualTo("P" + p);
                String after = last.toString().substring(0, 8) + (last.getDayOfMonth() + 1);
                assertThat(readOneDate(after, fy, LedgerReader.POSTINGS)).as(after).isEqualTo("date is '" + after + "': not a date");
            }
        }
    }

    @Test
    void aBudgetMonthMustBeTheFirstAndTheRulesApplyInTheirOrder() {
        FiscalYear fy = FiscalYear.of(2020);
        assertThat(readOneDate("2020-09-01", fy, LedgerReader.MONTHLY_BUDGET)).isEqualTo("P6");
        assertThat(readOneDate("2020-09-15", fy, LedgerReader.MONTHLY_BUDGET))
                .isEqualTo("month is '2020-09-15': write the first day of the month, 2020-09-01");
        assertThat(readOneDate("2019-09-15", fy, LedgerReader.MONTHLY_BUDGET))
                .isEqualTo("month is '2019-09-15': write the first day of the month, 2019-09-01");
        assertThat(readOneDate("2021-02-29", fy, LedgerReader.MONTHLY_BUDGET)).isEqualTo("month is '2021-02-29': not a date");
        assertThat(readOneDate("2019-04-01", fy, LedgerReader.MONTHLY_BUDGET))
                .isEqualTo("'2019-04-01' is outside 2020/21 (2020-04-01 to 2021-03-31)");
    }

    @Test
    void aPeriodCellMayBePaddedWithSpaces() {
        String csv = "period,cost_centre,amount\n 2020-06 ,cc1,1.00\nP7 ,cc1,2.00\n 2021-04,cc1,3.00\n";
        List<String> seen = new java.util.ArrayList<>();
        LedgerSummary r = LedgerReader.read("p.csv", new java.io.ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                FiscalYear.of(2020), (cc, code, p, pence) -> seen.add("P" + p + " " + pence));
        assertThat(seen).containsExactly("P3 100", "P7 200");
        assertThat(r.problems()).singleElement().asString()
                .isEqualTo("p.csv, line 4, column 1 (period): '2021-04' is outside 2020/21 (2020-04-01 to 2021-03-31)");
    }
}
