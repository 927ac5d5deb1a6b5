package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.org.wcf.finance.io.internal.ledger.LedgerReader;
import uk.org.wcf.finance.ledger.PeriodTotals;
import uk.org.wcf.finance.time.FiscalYear;

/** Ledgers as UK finance systems and spreadsheets leave them: day-first dates, period 13, rows of commas. */
class UkLedgerTest {

    private static LedgerSummary read(String csv, FiscalYear year, DateFormat format, List<String> seen) {
        return LedgerReader.read("gl.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), year,
                LedgerReader.POSTINGS, format, (cc, code, p, pence) -> seen.add("P" + p + " " + pence));
    }

    @Test
    void dayFirstAndMonthNameDatesReadAsTheSameDays() {
        List<String> seen = new ArrayList<>();
        LedgerSummary r = read("date,cost_centre,amount\n14/04/2020,cc1,1\n14-Apr-2020,cc1,2\n2020-04-14,cc1,3\n"
                + "1/3/2021,cc1,4\n31-MAR-2021,cc1,5\n", null, DateFormat.AUTO, seen);
        assertThat(r.problems()).isEmpty();
        assertThat(r.year()).contains(FiscalYear.of(2020));
        assertThat(seen).containsExactly("P1 100", "P1 200", "P1 300", "P12 400", "P12 500");
    }

    @Test
    void aDeclaredDateFormatRefusesEveryOtherFormAtItsCell() {
        List<String> seen = new ArrayList<>();
        LedgerSummary r = read("date,cost_centre,amount\n14/04/2020,cc1,1\n2020-04-14,cc1,2\n", FiscalYear.of(2020),
                DateFormat.DAY_MONTH_YEAR, seen);
        assertThat(seen).containsExactly("P1 100");
        assertThat(r.problems()).extracting(Problem::toString).containsExactly("gl.csv, line 3, column 1 (date): date is"
                + " '2020-04-14': write a date as 30/06/2020, day first (the date format is dd/mm/yyyy)");
    }

    @Test
    void period13AndAuditPeriodsAreYearEndAdjustmentsCountedWithMarch() {
        List<String> seen = new ArrayList<>();
        LedgerSummary r = read("period,cost_centre,amount\nP12,cc1,1\nP13,cc1,2.50\n14,cc1,(1)\np16,cc1,1\nP17,cc1,1\n",
                FiscalYear.of(2020), DateFormat.AUTO, seen);
        assertThat(seen).containsExactly("P12 100", "P12 250", "P12 -100", "P12 100");
        assertThat(r.adjustments()).isEqualTo(new LedgerSummary.Adjustments(3, 250));
        assertThat(r.problems()).extracting(Problem::message).containsExactly("period is 'P17': a period is P1 (April) to P12 (March)");
        assertThat(r.notes()).contains("gl.csv: 3 year-end adjustments (period 13 and later), 2.50 in pounds, counted with March 2021 (P12)");
    }

    @Test
    void rowsOfOnlyCommasAreSkippedAndCountedAndUnreadColumnsNamed() {
        List<String> seen = new ArrayList<>();
        LedgerSummary r = read("date,cost_centre,amount,supplier,\n2020-04-01,cc1,1,ACME,\n,,,,\n , , ,,\n,,,,\n",
                null, DateFormat.AUTO, seen);
        assertThat(r.problems()).isEmpty();
        assertThat(seen).containsExactly("P1 100");
        assertThat(r.skippedRows()).isEqualTo(3);
        assertThat(r.ignoredColumns()).containsExactly("supplier", "column 5 (no name)");
        assertThat(r.notes()).containsExactly("gl.csv: columns not read: supplier, column 5 (no name)",
                "gl.csv: 3 rows of only commas skipped");
    }

    @Test
    void aYearColumnGivesTheYearOfAFileOfPeriodsAndMustAgreeOnEveryRow() {
        List<String> seen = new ArrayList<>();
        LedgerSummary r = read("year,period,cost_centre,amount\n2020/21,P1,cc1,1\n2019/20,P1,cc1,1\n2020/21,P2,cc1,1\n",
                null, DateFormat.AUTO, seen);
        assertThat(r.year()).contains(FiscalYear.of(2020));
        assertThat(seen).containsExactly("P1 100", "P2 100");
        assertThat(r.problems()).extracting(Problem::toString).containsExactly("gl.csv, line 3, column 1 (year): year is 2019/20"
                + " but the file is read for 2020/21; one financial year per file (split it, or give --year for the one you mean)");
    }

    @Test
    void aRunningTotalThatWouldWrapIsAProblemAtThePostingNeverAWrappedFigure() {
        StringBuilder csv = new StringBuilder("date,cost_centre,amount_gbp_thousands\n");
        csv.append("2020-04-01,cc1,999999999.99999\n".repeat(92_234));
        PeriodTotals totals = PeriodTotals.create();
        LedgerSummary r = LedgerReader.read("gl.csv", new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                null, (cc, code, p, pence) -> totals.add(cc, p, pence));
        assertThat(r.problems()).extracting(Problem::toString).containsExactly("gl.csv, line 92235, column 3"
                + " (amount_gbp_thousands): amount is '999999999.99999': adding it makes a total pass £92,233,720,368,547,758.07,"
                + " the most the library can add up; is the column in the wrong unit, or the file a concatenation of many?");
        assertThat(totals.pence(0, 1)).isEqualTo(99_999_999_999_999L * 92_233);
    }

    @Test
    void aRealCouncilsExtractsReadWithDayFirstDates(@TempDir Path dir) throws Exception {
        Path oxford = Path.of("").toAbsolutePath().getParent().resolve("../shared/ledgers/oxford").normalize();
        Assumptions.assumeTrue(Files.isDirectory(oxford), "the shared Oxford extracts are not beside the project (" + oxford + ")");
        for (String name : List.of("expenditure-over-500-apr-jun-2015.csv", "expenditure-over-500-jan-mar-2016.csv")) {
            List<String> lines;
            try (Stream<String> s = Files.lines(oxford.resolve(name), StandardCharsets.ISO_8859_1)) {
                lines = new ArrayList<>(s.toList());
            }
            // the header in this library's words: paid date as date, organisational unit as cost centre
            String[] cols = lines.get(0).split(",", -1);
            for (int i = 0; i < cols.length; i++) {
                String c = cols[i].strip().toLowerCase(java.util.Locale.ROOT);
                cols[i] = c.equals("paid date") || c.equals("paid_date") ? "date"
                        : c.startsWith("organis") ? "cost_centre" : c.startsWith("expenditure code") || c.equals("expenditure_code") ? "code"
                        : c.equals("amount") ? "amount" : "x" + i;
            }
            lines.set(0, String.join(",", cols));
            Path gl = dir.resolve(name);
            Files.write(gl, lines, StandardCharsets.UTF_8);
            long[] sum = {0};
            LedgerSummary r;
            try (InputStream in = Files.newInputStream(gl)) {
                r = LedgerReader.read(name, in, FiscalYear.of(2015), LedgerReader.POSTINGS, DateFormat.DAY_MONTH_YEAR,
                        (cc, code, p, pence) -> sum[0] += pence);
            }
            assertThat(r.problems()).as(name).isEmpty();
            assertThat(r.postings()).as(name).isEqualTo(lines.stream().skip(1).filter(l -> !l.isBlank() && !l.replace(",", "").isBlank()).count());
            assertThat(r.ignoredColumns()).as(name).isNotEmpty();
        }
    }
}
