package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import uk.org.wcf.finance.dsg.DsgPlan;
import uk.org.wcf.finance.io.internal.tree.TreeNode;
import uk.org.wcf.finance.io.write.Csv;
import uk.org.wcf.finance.ledger.Actuals;
import uk.org.wcf.finance.ledger.BudgetVsActual;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.monitor.Adjustment;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringReport;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.report.PublishedTable;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * Write then read gives the same values, for every writer that has a matching reader. The pairs, and where each is
 * tested (values only: the escaping of labels has its own round-trip test):
 * <ul>
 *   <li>budget book: {@link BudgetBookFile#write} / {@link BudgetBookFile#read} (YAML, JSON) and
 *   {@link BudgetBookCsv#writeLines} with {@link BudgetBookCsv#writeYears} / {@link BudgetBookCsv#read}
 *   ({@code export budget}): {@link RoundTripTest};</li>
 *   <li>reserves: {@link ReserveLedgerFile} (YAML, JSON) and {@link ReserveLedgerCsv} ({@code export reserves}):
 *   {@link RoundTripTest};</li>
 *   <li>plans' assumptions: {@link AssumptionsFile#write} / {@link AssumptionsFile#read}: {@link RoundTripTest};</li>
 *   <li>monitoring snapshots: {@link SnapshotFile} (YAML, JSON): {@code MonitoringFilesTest};</li>
 *   <li>forecasts: {@link MonthlyActualsCsv#writeForecasts} / {@link MonthlyActualsCsv#readForecasts}
 *   ({@code forecast --format csv}): {@code MonthlyActualsCsvTest};</li>
 *   <li>monitor rows: {@link MonitorRowsCsv#write} / {@link MonitorRowsCsv#read} ({@code monitor --format csv},
 *   {@code monitor --rows}): here, each line's figures;</li>
 *   <li>budget against actual: {@link BudgetVsActualFiles#write} / {@link MonthlyActualsCsv#read} (the file
 *   {@code actuals} writes, which {@code forecast --actuals} reads): here;</li>
 *   <li>import output: {@link MonthlyActualsCsv#writeActuals} / {@link MonthlyActualsCsv#read} ({@code import --output
 *   FILE.csv}): here;</li>
 *   <li>published-layout tables: {@link Csv#table} / {@link PublishedTableCsv#read} ({@code export plan}, read as a
 *   published table by {@code check --data}): here;</li>
 *   <li>DSG plan: {@link DsgPlanFile#write} / {@link DsgPlanFile#read} (YAML, JSON): here, over generated figures.</li>
 * </ul>
 * KPI results ({@code kpi --format csv}) and {@code import}'s JSON/YAML have no reader; their figures are checked
 * where they are computed.
 */
class WriteThenReadTest {

    private static ByteArrayInputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static Gen<Money> pence(long max) {
        return longs().between(-max, max).map(p -> Money.ofMinor(CurrencyUnit.GBP, p));
    }

    /** Line names as finance staff write them; the escaping of odd labels is tested on its own. */
    private static Gen<List<String>> names(int min, int max) {
        return lists().of(strings().allPossible().ofLengthBetween(0, 0).map(s -> "")).ofSizeBetween(min, max)
                .zip(integers().between(0, 1000), (l, seed) -> {
                    List<String> out = new ArrayList<>();
                    for (int i = 0; i < l.size(); i++) {
                        out.add((i % 3 == 0 ? "Placements, external " : i % 3 == 1 ? "Social Work Teams " : "Home to School ")
                                + (seed + i));
                    }
                    return out;
                });
    }

    @Test
    void importOutputAsCsvReadsBackToTheSameActualsByLineAndMonth() {
        qt().forAll(names(1, 6), lists().of(pence(10_000_000_000L)).ofSize(72), integers().between(2000, 2090))
                .checkAssert((lines, amounts, y) -> {
                    FiscalYear year = FiscalYear.of(y);
                    Map<String, List<Money>> byLine = new LinkedHashMap<>();
                    for (int i = 0; i < lines.size(); i++) {
                        byLine.put(lines.get(i), amounts.subList(12 * i, 12 * i + 12));
                    }
                    Actuals a = new Actuals(year, byLine, List.of(new Actuals.Unmapped("RS301", "E2150", 3, amounts.get(71))));
                    var back = MonthlyActualsCsv.read("a.csv", in(MonthlyActualsCsv.writeActuals(a))).orThrow();
                    assertThat(back.keySet()).containsExactlyElementsOf(byLine.keySet());
                    byLine.forEach((line, months) -> {
                        for (int p = 0; p < 12; p++) {
                            YearMonth m = YearMonth.from(year.start()).plusMonths(p);
                            assertThat(back.get(line).get(m)).as("%s %s", line, m).isEqualTo(months.get(p));
                        }
                    });
                });
    }

    @Test
    void budgetAgainstActualReadsBackAsEachCostCentresActuals() {
        qt().forAll(names(1, 5), lists().of(longs().between(-1_000_000_000_000L, 1_000_000_000_000L)).ofSize(120),
                integers().between(2000, 2090)).checkAssert((centres, pence, y) -> {
                    FiscalYear year = FiscalYear.of(y);
                    List<BudgetVsActual.Row> rows = new ArrayList<>();
                    for (int c = 0; c < centres.size(); c++) {
                        for (int p = 1; p <= 12; p++) {
                            int k = 24 * c + 2 * (p - 1);
                            rows.add(new BudgetVsActual.Row(centres.get(c), year.period(p), pence.get(k), pence.get(k + 1)));
                        }
                    }
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    try {
                        BudgetVsActualFiles.write(rows, out);
                    } catch (java.io.IOException e) {
                        throw new AssertionError(e);
                    }
                    var back = MonthlyActualsCsv.read("out.csv", in(out.toString(StandardCharsets.UTF_8))).orThrow();
                    for (BudgetVsActual.Row r : rows) {
                        assertThat(back.get(r.costCentre()).get(r.period().month()))
                                .isEqualTo(Money.ofMinor(CurrencyUnit.GBP, r.actualPence()));
                    }
                });
    }

    @Test
    void monitorRowsReadBackToTheSameFiguresForEveryLine() {
        qt().forAll(names(2, 8), lists().of(integers().between(-900_000, 900_000)).ofSize(40)).checkAssert((lines, k) -> {
            List<MonitoringLine> ls = new ArrayList<>();
            Map<String, Money> last = new LinkedHashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                List<Adjustment> adj = new ArrayList<>();
                if (k.get(5 * i + 2) != 0) {
                    adj.add(Adjustment.carryForward("Proposed carry-forwards", Gbp.thousands(k.get(5 * i + 2))));
                }
                if (k.get(5 * i + 3) != 0) {
                    adj.add(Adjustment.of(Adjustment.Kind.OTHER, "Other adjustments", Gbp.thousands(k.get(5 * i + 3))));
                }
                ls.add(new MonitoringLine(lines.get(i), "", Gbp.thousands(Math.abs(k.get(5 * i))),
                        Gbp.thousands(Math.abs(k.get(5 * i + 1))), adj));
                last.put(lines.get(i), Gbp.thousands(k.get(5 * i + 4)));
            }
            MonitoringSnapshot s = MonitoringSnapshot.nonDsg("Total", FiscalYear.of(2020).period(6), ls, "Total");
            MonitoringReport report = MonitoringReport.of(s, last);
            String written = MonitorRowsCsv.write(report, RoundingPolicy.THOUSANDS);
            var back = MonitorRowsCsv.read("r.csv", in(written), FiscalYear.of(2020).period(6), "Total");
            if (!back.problems().isEmpty()) {
                // a generated line whose figures are the sum of the others is refused as a typed total, rightly
                assertThat(back.problems().get(0).toString()).contains("looks like a total row");
                return;
            }
            MonitoringReport again = back.value().orElseThrow();
            assertThat(again.rows()).hasSameSizeAs(report.rows());
            for (int i = 0; i < report.rows().size(); i++) {
                MonitoringReport.Row a = report.rows().get(i);
                MonitoringReport.Row b = again.rows().get(i);
                assertThat(b.label()).isEqualTo(a.label());
                assertThat(List.of(b.netBudget(), b.forecast(), b.proposedCarryForwards(), b.otherAdjustments(),
                        b.varianceAfterAdjustments(), b.varianceLastPeriod(), b.changeSinceLastPeriod()))
                        .as(a.label()).isEqualTo(List.of(a.netBudget(), a.forecast(), a.proposedCarryForwards(),
                                a.otherAdjustments(), a.varianceAfterAdjustments(), a.varianceLastPeriod(), a.changeSinceLastPeriod()));
            }
        });
    }

    @Test
    void aTableWrittenInThePublishedLayoutReadsBackAsAPublishedTableWithTheSameFigures() {
        qt().forAll(names(1, 6), lists().of(longs().between(-9_000_000_000L, 9_000_000_000L)).ofSize(18)).checkAssert((lines, v) -> {
            FigureTable.Builder b = FigureTable.builder("t", "Table").column("budget", "Budget").column("forecast", "Forecast")
                    .column("outturn", "Outturn");
            for (int i = 0; i < lines.size(); i++) {
                b.row("r" + i, "R" + i, lines.get(i), Gbp.thousands(v.get(3 * i)), Gbp.thousands(v.get(3 * i + 1)),
                        Gbp.thousands(v.get(3 * i + 2)));
            }
            FigureTable t = b.build();
            String csv = Csv.table(t.round(RoundingPolicy.THOUSANDS));
            assertThat(csv).startsWith("ref,line,budget_gbp_thousands,forecast_gbp_thousands,outturn_gbp_thousands\n");
            PublishedTable p = PublishedTableCsv.read("t", "t.csv", in(csv)).orThrow();
            for (int i = 0; i < lines.size(); i++) {
                for (var c : t.columns()) {
                    assertThat(p.value("R" + i, c.key())).as("R%d %s", i, c.key())
                            .contains(java.math.BigDecimal.valueOf(RoundingPolicy.THOUSANDS.units(t.value("r" + i, c.key()))));
                }
            }
        });
    }

    @Test
    void dsgPlansReadBackToTheSameProjection() {
        qt().withExamples(60).forAll(lists().of(integers().between(0, 1_000_000)).ofSize(6)).checkAssert(g -> {
                    int opening = -(g.get(0) % 50_001);
                    int allocation = 1 + g.get(1) % 90_000;
                    int numbers = 1 + g.get(2) % 5_000;
                    int unitCost = 1_000 + g.get(3) % 900_000;
                    int growth = g.get(4) % 21;
                    int change = -(g.get(5) % 51);
                    String yaml = """
                            schemaVersion: 1
                            name: Generated
                            firstYear: 2020/21
                            years: 3
                            statutoryOverrideEnd: 2023-03-31
                            opening: {amount: %d, source: test}
                            highNeeds: {allocation: %d, growth: %d%%, illustrative: test}
                            blocks:
                              - {block: schools, funding: 100000, expenditure: 100000, source: test}
                            provisions:
                              - code: a
                                label: A
                                numbers: %d
                                unitCostPounds: %d
                                growth: %d%%
                                source: test
                            mitigations:
                              - {name: M, provision: a, lever: numbers, change: %d%%, from: 2021-04-01, source: test}
                            """.formatted(opening, allocation, growth, numbers, unitCost, growth, change);
                    DsgPlan plan = DsgPlanFile.read("p.yaml", in(yaml), StructuredFormat.YAML).orThrow();
                    for (StructuredFormat f : StructuredFormat.values()) {
                        DsgPlan back = DsgPlanFile.read("p", in(DsgPlanFile.write(plan, f)), f).orThrow();
                        assertThat(back.project().years()).isEqualTo(plan.project().years());
                        assertThat(back.project().bridge()).isEqualTo(plan.project().bridge());
                        assertThat(back.opening()).isEqualTo(plan.opening());
                    }
                });
    }
}
