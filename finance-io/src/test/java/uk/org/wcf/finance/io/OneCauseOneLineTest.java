package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.io.internal.Problems;
import uk.org.wcf.finance.io.internal.ledger.LedgerReader;
import uk.org.wcf.finance.time.FiscalYear;

/** One cause is one line: a run of the same rule broken is grouped, and every reader caps its list the same way. */
class OneCauseOneLineTest {

    @Test
    void aLedgerOfAnotherYearIsOneProblemNamingTheRunOfLines() {
        String csv = "date,cost_centre,amount\n" + "2021-04-01,cc1,1\n".repeat(2000) + "2020-04-01,cc1,x\n2020-04-01,cc1,y\n";
        LedgerSummary r = LedgerReader.read("gl.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                FiscalYear.of(2020), (cc, code, p, pence) -> { });
        assertThat(r.problems()).extracting(Problem::toString).containsExactly(
                "gl.csv, line 2, column 1 (date): '2021-04-01' is outside 2020/21 (2020-04-01 to 2021-03-31); the same on the"
                        + " next 1,999 lines, to line 2,001",
                "gl.csv, line 2002, column 3 (amount): amount is 'x': not an amount; write it as 1234.56, 1,234.56, -975 or"
                        + " (975); the same on the next 1 line, to line 2,003");
    }

    @Test
    void aLedgerWithTwoCausesOnEveryLineGroupsAndCountsAsEveryOtherReader() {
        // each line breaks two rules, the date and the amount: two runs of 3,000 lines each, nothing left to count
        String csv = "date,cost_centre,amount\n" + "2020-13-01,cc1,x\n".repeat(3000);
        LedgerSummary r = LedgerReader.read("gl.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                FiscalYear.of(2020), (cc, code, p, pence) -> { });
        List<String> expected = List.of(
                "gl.csv, line 2, column 1 (date): date is '2020-13-01': not a date; the same on the next 2,999 lines, to line 3,001",
                "gl.csv, line 2, column 3 (amount): amount is 'x': not an amount; write it as 1234.56, 1,234.56, -975 or"
                        + " (975); the same on the next 2,999 lines, to line 3,001");
        assertThat(r.problems()).extracting(Problem::toString).containsExactlyElementsOf(expected);
        assertThat(Problems.summarised(r.problems())).isEqualTo(r.problems());
    }

    @Test
    void aLedgerListsTheFirstThousandProblemsThenCountsTheRestAsEveryOtherReader() {
        StringBuilder csv = new StringBuilder("date,cost_centre,amount\n");
        for (int i = 0; i < 3000; i++) {
            // every other line has a bad date and a bad amount: no runs, so 3,000 problems, 1,000 listed
            csv.append(i % 2 == 0 ? "2020-13-01,cc1,x\n" : "2020-04-01,cc1,1\n");
        }
        List<Problem> problems = LedgerReader.read("gl.csv", new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                FiscalYear.of(2020), (cc, code, p, pence) -> { }).problems();
        assertThat(problems).hasSize(1001);
        assertThat(problems.get(999)).extracting(Problem::line, Problem::column).containsExactly(1000L, 3);
        assertThat(problems.get(1000)).hasToString("gl.csv: and 2000 more problems");
    }

    @Test
    void aGenericReaderListsTheFirstThousandProblemsThenCountsTheRest() {
        StringBuilder csv = new StringBuilder("line,net_budget,forecast,variance_last_period\n");
        for (int i = 0; i < 3000; i++) {
            // every other line is bad: no two problems are on consecutive lines, so none are grouped
            csv.append("L").append(i).append(i % 2 == 0 ? ",x,1,0\n" : ",1,1,0\n");
        }
        List<Problem> problems = MonitorRowsCsv.read("rows.csv", new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                FiscalYear.of(2020).period(6), "Total").problems();
        assertThat(problems).hasSize(1001);
        assertThat(problems.get(1000)).hasToString("rows.csv: and 500 more problems");
    }

    @Test
    void everyReaderGroupsARunOfOneCauseColumnByColumn() {
        StringBuilder csv = new StringBuilder("line,net_budget,forecast,variance_last_period\n");
        for (int i = 0; i < 200_000; i++) {
            csv.append("L").append(i).append(",x").append(i).append(",y,0\n");
        }
        csv.append("Last,1,1,z\n");
        List<Problem> problems = MonitorRowsCsv.read("rows.csv", new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                FiscalYear.of(2020).period(6), "Total").problems();
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "rows.csv, line 2, column 2 (net_budget): amount is 'x0': not an amount; write it as 1234.56, 1,234.56, -975"
                        + " or (975); the same on the next 199,999 lines, to line 200,001",
                "rows.csv, line 2, column 3 (forecast): amount is 'y': not an amount; write it as 1234.56, 1,234.56, -975"
                        + " or (975); the same on the next 199,999 lines, to line 200,001",
                "rows.csv, line 200002, column 4 (variance_last_period): amount is 'z': not an amount; write it as 1234.56,"
                        + " 1,234.56, -975 or (975)");
    }

    @Test
    void summingUpTwiceChangesNothing() {
        List<Problem> raw = new java.util.ArrayList<>();
        for (int i = 2; i < 2500; i++) {
            // a cause on every third line of each column: no runs, so the cap applies
            raw.add(Problem.ofCell("f.csv", i, 1 + i % 3, "c", "c is '" + i + "': bad"));
        }
        List<Problem> once = Problems.summarised(raw);
        assertThat(once).hasSize(1001);
        assertThat(once.get(1000)).hasToString("f.csv: and 1498 more problems");
        assertThat(Problems.summarised(once)).isEqualTo(once);
        assertThat(ReadResult.of(List.of(), once).problems()).isEqualTo(once);
        assertThat(new InvalidInputException(raw).problems()).isEqualTo(once);

        List<Problem> runs = new java.util.ArrayList<>();
        for (int i = 2; i < 2500; i++) {
            runs.add(Problem.ofCell("f.csv", i, 1, "a", "a is '" + i + "': bad"));
            runs.add(Problem.ofCell("f.csv", i, 2, "b", "b is blank"));
        }
        List<Problem> grouped = Problems.summarised(runs);
        assertThat(grouped).extracting(Problem::toString).containsExactly(
                "f.csv, line 2, column 1 (a): a is '2': bad; the same on the next 2,497 lines, to line 2,499",
                "f.csv, line 2, column 2 (b): b is blank; the same on the next 2,497 lines, to line 2,499");
        assertThat(Problems.summarised(grouped)).isEqualTo(grouped);
    }
}
