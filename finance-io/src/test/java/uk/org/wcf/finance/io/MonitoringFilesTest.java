package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.data.WcfData;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.monitor.Adjustment;
import uk.org.wcf.finance.monitor.Approval;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringReport;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.time.FiscalPeriod;
import uk.org.wcf.finance.time.FiscalYear;

/** Monitoring rows in, reports out, snapshots stored and loaded. */
class MonitoringFilesTest {

    private static final FiscalPeriod P6 = FiscalYear.of(2020).period(6);

    private static ReadResult<Optional<MonitoringReport>> rows(String csv) {
        return MonitorRowsCsv.read("rows.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), P6, "Total WCF");
    }

    @Test
    void rowsInAndTheReportOutWithThePublishedColumns() {
        MonitoringReport r = rows("""
                # columns in any order; carry-forwards and other adjustments optional
                forecast,line,net_budget,variance_last_period,proposed_carry_forwards
                52431,High Needs,43442,975,(8014)
                1000,"Placements, external",1050,0,
                0,Nothing budgeted,0,0,0
                """).orThrow().orElseThrow();
        assertThat(MonitorRowsCsv.write(r, RoundingPolicy.THOUSANDS)).isEqualTo("""
                line,net_budget,forecast,variance_before_adjustments,proposed_carry_forwards,other_adjustments,variance_after_adjustments,variance_after_adjustments_pct,variance_last_period,change_since_last_period
                High Needs,43442,52431,8989,-8014,0,975,2.2,975,0
                "Placements, external",1050,1000,-50,0,0,-50,-4.8,0,-50
                Nothing budgeted,0,0,0,0,0,0,,0,0
                Total WCF,44492,53431,8939,-8014,0,925,2.1,975,-50
                """);
    }

    @Test
    void badRowsAreNamedByLineAndColumn() {
        var r = rows("""
                line,net_budget,forecast,variance_last_period
                A,10,x,0
                A,10,10,0
                B,10.5,10,0
                Total WCF,1,1,0
                C,1,1
                """);
        assertThat(r.values()).isEmpty();
        assertThat(r.problems()).extracting(Problem::toString).containsExactly(
                "rows.csv, line 2, column 3 (forecast): amount is 'x': not an amount; write it as 1234.56, 1,234.56, -975 or (975)",
                "rows.csv, line 4, column 2 (net_budget): net_budget is '10.5': GBP thousands are whole numbers here",
                "rows.csv, line 5, column 1 (line): the line 'Total WCF' has the total's label; the total is computed, not typed",
                "rows.csv, line 6: the line has 3 cells but the header has 4");
        assertThat(rows("line,net_budget,forecast,variance_last_period\nA,1,1,0\nA,2,2,0\n").problems())
                .extracting(Problem::toString)
                .containsExactly("rows.csv, line 3, column 1 (line): duplicate line: 'A' is already on line 2");
        assertThat(rows("line,net_budget,forecast\n").problems()).extracting(Problem::toString)
                .containsExactly("rows.csv, line 1: the header has no column 'variance_last_period'; it needs line,net_budget,forecast,variance_last_period");
    }

    @Test
    void snapshotsRoundTripLosslesslyInYamlAndJson() {
        var amounts = integers().between(-100_000_000, 100_000_000).map(p -> Money.ofMinor(CurrencyUnit.GBP, p));
        var names = strings().basicLatinAlphabet().ofLengthBetween(1, 20).map(s -> s.strip().isEmpty() ? "x" : s);
        qt().forAll(lists().of(amounts).ofSizeBetween(3, 30), names, integers().between(1, 12)).checkAssert((ms, name, p) -> {
            List<MonitoringLine> lines = new ArrayList<>();
            for (int i = 0; i + 2 < ms.size(); i += 3) {
                lines.add(new MonitoringLine(name + " " + i, i % 2 == 0 ? "high_needs" : "", ms.get(i), ms.get(i + 1),
                        List.of(Adjustment.carryForward("cf: " + name, ms.get(i + 2)),
                                Adjustment.of(Adjustment.Kind.POOLED_BUDGET, "- pooled", ms.get(i + 2),
                                        Approval.changeRequest("CR-" + i, LocalDate.of(2020, 9, 1))))));
            }
            MonitoringSnapshot s = MonitoringSnapshot.nonDsg("Title: " + name, FiscalYear.of(2020).period(p), lines, "Total");
            for (TreeNode.Format f : TreeNode.Format.values()) {
                String text = SnapshotFile.write(s, f);
                MonitoringSnapshot back = SnapshotFile.read("s", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), f)
                        .orThrow().orElseThrow();
                assertThat(back).isEqualTo(s);
            }
        });
    }

    @Test
    void theEmbeddedPeriod6DsgReportMatchesThePublishedTable() {
        var check = WcfData.dsgReport2019P6().check(WcfData.published(WcfData.DSG_P6), RoundingPolicy.THOUSANDS);
        assertThat(check.differences()).isEmpty();
        assertThat(WcfData.dsgReserve2019().closing()).isEqualTo(uk.org.wcf.finance.money.Gbp.thousands(-8657));
    }
}
