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
import uk.org.wcf.finance.io.internal.tree.TreeNode;
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

    private static ReadResult<MonitoringReport> rows(String csv) {
        return MonitorRowsCsv.read("rows.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), P6, "Total WCF");
    }

    @Test
    void aSubTotalRowFootsToTheLinesAboveItAndIsDroppedOrIsRefusedAtItsCell() {
        String head = "line,net_budget,forecast,variance_last_period\n";
        var ok = rows(head + "A,100,120,0\nB,50,40,0\nSub Total,150,160,0\nGrant,-150,-150,0\nTotal WCF,0,10,0\n");
        assertThat(ok.problems()).isEmpty();
        assertThat(MonitorRowsCsv.write(ok.orThrow(), RoundingPolicy.THOUSANDS)).contains("\nTotal WCF,0,10,10,")
                .doesNotContain("Sub Total");
        var bad = rows(head + "A,100,120,0\nB,50,40,0\nSub Total,150,161,0\n");
        assertThat(bad.problems()).extracting(Problem::toString).containsExactly(
                "rows.csv, line 4, column 3 (forecast): the sub-total row 'Sub Total' has forecast 161 but the lines above it "
                        + "add to 160 (£000)");
    }

    @Test
    void rowsInAndTheReportOutWithThePublishedColumns() {
        MonitoringReport r = rows("""
                # columns in any order; carry-forwards and other adjustments optional
                forecast,line,net_budget,variance_last_period,proposed_carry_forwards
                52431,High Needs,43442,975,(8014)
                1000,"Placements, external",1050,0,
                0,Nothing budgeted,0,0,0
                """).orThrow();
        assertThat(MonitorRowsCsv.write(r, RoundingPolicy.THOUSANDS)).isEqualTo("""
                line,net_budget,forecast,variance_before_adjustments,proposed_carry_forwards,other_adjustments,variance_after_adjustments,variance_after_adjustments_pct,variance_last_period,change_since_last_period
                High Needs,43442,52431,8989,-8014,0,975,2.2,975,0
                "Placements, external",1050,1000,-50,0,0,-50,-4.8,0,-50
                Nothing budgeted,0,0,0,0,0,0,,0,0
                Total WCF,44492,53431,8939,-8014,0,925,2.1,975,-50
                """);
    }

    @Test
    void moneyColumnsNamedWithTheirUnitReadAsTheOldNamesDo() {
        var old = rows("line,net_budget,forecast,variance_last_period\nA,100,90,0\n").orThrow();
        var named = rows("line,net_budget_gbp_thousands,forecast_gbp_thousands,variance_last_period_gbp_thousands\nA,100,90,0\n")
                .orThrow();
        assertThat(MonitorRowsCsv.write(named, RoundingPolicy.THOUSANDS)).isEqualTo(MonitorRowsCsv.write(old, RoundingPolicy.THOUSANDS));
        // a unit the reader does not read is not taken for the column
        assertThat(rows("line,net_budget_gbp,forecast,variance_last_period\nA,100,90,0\n").problems().get(0).toString())
                .contains("unknown column 'net_budget_gbp'");
    }

    @Test
    void theReportWrittenAsCsvReadsBackToTheSameReport() {
        qt().withExamples(100).forAll(lists().of(integers().between(-50_000, 50_000)).ofSizeBetween(4, 24)).checkAssert(v -> {
            StringBuilder csv = new StringBuilder("line,net_budget,forecast,proposed_carry_forwards,other_adjustments,variance_last_period\n");
            for (int i = 0; i + 3 < v.size(); i += 4) {
                csv.append("Line ").append(i).append(',').append(Math.abs(v.get(i))).append(',').append(Math.abs(v.get(i + 1)))
                        .append(",0,").append(v.get(i + 2)).append(',').append(v.get(i + 3)).append('\n');
            }
            var first = rows(csv.toString());
            if (!first.problems().isEmpty()) {
                return; // a generated row that sums the others is refused, rightly
            }
            String written = MonitorRowsCsv.write(first.value().orElseThrow(), RoundingPolicy.THOUSANDS);
            var again = rows(written);
            assertThat(again.problems()).isEmpty();
            assertThat(MonitorRowsCsv.write(again.value().orElseThrow(), RoundingPolicy.THOUSANDS)).isEqualTo(written);
        });
    }

    @Test
    void aTypedComputedFigureThatDisagreesIsAnErrorAtItsCellNamingBothNumbers() {
        var r = rows("""
                line,net_budget,forecast,variance_before_adjustments,proposed_carry_forwards,other_adjustments,variance_after_adjustments,variance_last_period
                Placements,45906,47000,1094,(500),0,1594,400
                """);
        assertThat(r.problems()).extracting(Problem::toString).containsExactly(
                "rows.csv, line 2, column 7 (variance_after_adjustments): variance_after_adjustments is 1594 but the row's figures "
                        + "give 594: variance after adjustments = variance before + proposed carry-forwards + other adjustments "
                        + "(a carry-forward of an overspend is negative)");
    }

    @Test
    void aTypedTotalRowIsCheckedWithItsLabelAndRefusedWithout() {
        String book = """
                line,net_budget,forecast,variance_last_period
                A,20000,21000,0
                B,45000,44000,0
                Total WCF,65000,65000,0
                """;
        var withLabel = rows(book);
        assertThat(withLabel.problems()).isEmpty();
        assertThat(withLabel.value().orElseThrow().rows()).last().satisfies(t -> assertThat(RoundingPolicy.THOUSANDS.units(t.netBudget()))
                .isEqualTo(65_000));
        var without = MonitorRowsCsv.read("rows.csv", new ByteArrayInputStream(book.getBytes(StandardCharsets.UTF_8)), P6, "Total");
        assertThat(without.problems()).extracting(Problem::toString).containsExactly("rows.csv, line 4, column 1 (line): 'Total WCF' "
                + "looks like a total row (its label says total) and would be counted twice: the total is computed; "
                + "give --total 'Total WCF' or remove the row");
        var unlabelled = MonitorRowsCsv.read("rows.csv", new ByteArrayInputStream(book.replace("Total WCF", "WCF")
                .getBytes(StandardCharsets.UTF_8)), P6, "Total");
        assertThat(unlabelled.problems()).extracting(Problem::toString).containsExactly("rows.csv, line 4, column 1 (line): 'WCF' "
                + "looks like a total row (its figures are the sum of the other lines) and would be counted twice: the total is "
                + "computed; give --total 'WCF' or remove the row");
        assertThat(rows(book.replace("Total WCF,65000", "Total WCF,65001")).problems()).extracting(Problem::toString)
                .containsExactly("rows.csv, line 4, column 2 (net_budget): the total row 'Total WCF' has net_budget 65001 but the "
                        + "lines add to 65000 (£000)");
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
        assertThat(r.value()).isEmpty();
        assertThat(r.problems()).extracting(Problem::toString).containsExactly(
                "rows.csv, line 2, column 3 (forecast): amount is 'x': not an amount; write it as 1234.56, 1,234.56, -975 or (975)",
                "rows.csv, line 4, column 2 (net_budget): net_budget is '10.5': GBP thousands are whole numbers here",
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
            for (StructuredFormat f : StructuredFormat.values()) {
                String text = SnapshotFile.write(s, f);
                MonitoringSnapshot back = SnapshotFile.read("s", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), f)
                        .orThrow();
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
