package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.time.FiscalYear;

/** One cause is one line: a run of the same rule broken is grouped, and every reader caps its list the same way. */
class OneCauseOneLineTest {

    @Test
    void aLedgerOfAnotherYearIsOneProblemNamingTheRunOfLines() {
        String csv = "date,cost_centre,amount\n" + "2021-04-01,cc1,1\n".repeat(2000) + "2020-04-01,cc1,x\n2020-04-01,cc1,y\n";
        LedgerReader.Result r = LedgerReader.read("gl.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                FiscalYear.of(2020), (cc, code, p, pence) -> { });
        assertThat(r.problems()).extracting(Problem::toString).containsExactly(
                "gl.csv, line 2, column 1 (date): '2021-04-01' is outside 2020/21 (2020-04-01 to 2021-03-31); the same on the"
                        + " next 1,999 lines, to line 2,001",
                "gl.csv, line 2002, column 3 (amount): amount is 'x': not an amount; write it as 1234.56, 1,234.56, -975 or"
                        + " (975); the same on the next 1 line, to line 2,003");
    }

    @Test
    void aGenericReaderListsTheFirstThousandProblemsThenCountsTheRest() {
        StringBuilder csv = new StringBuilder("line,net_budget,forecast,variance_last_period\n");
        for (int i = 0; i < 1500; i++) {
            csv.append("L").append(i).append(",x,1,0\n");
        }
        List<Problem> problems = MonitorRowsCsv.read("rows.csv", new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                FiscalYear.of(2020).period(6), "Total").problems();
        assertThat(problems).hasSize(1001);
        assertThat(problems.get(1000)).hasToString("rows.csv: and 500 more problems");
    }
}
