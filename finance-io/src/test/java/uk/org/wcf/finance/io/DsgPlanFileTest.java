package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.joda.money.Money;
import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.data.WcfData;
import uk.org.wcf.finance.dsg.DsgBlock;
import uk.org.wcf.finance.dsg.DsgPlan;
import uk.org.wcf.finance.dsg.DsgProjection;
import uk.org.wcf.finance.dsg.DsgReserve;
import uk.org.wcf.finance.io.internal.tree.TreeNode;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.MonitoringReport;
import uk.org.wcf.finance.time.FiscalYear;

/** DSG management plan files: the WCF example read and worked through, round trips, bad files at their cell. */
class DsgPlanFileTest {

    /** The example plan of this repository (examples/dsg), read from the project root. */
    private static final Path EXAMPLE = Path.of("..", "examples", "dsg", "wcf-dsg-plan.yaml");

    private static ReadResult<DsgPlan> yaml(String text) {
        return DsgPlanFile.read("p.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StructuredFormat.YAML);
    }

    private static DsgPlan example() {
        return DsgPlanFile.read(EXAMPLE).orThrow();
    }

    private static MonitoringReport.Row row(MonitoringReport report, String label) {
        return report.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void theWcfPlansFirstYearTiesToThePeriod6ReportAndTheDsgReserve() {
        DsgProjection.YearResult y = example().project().year(FiscalYear.of(2019));
        MonitoringReport p6 = WcfData.dsgReport2019P6();
        DsgReserve reserve = WcfData.dsgReserve2019();
        // High Needs: numbers x unit cost by provision type add to the P6 forecast (52,431k)
        assertThat(y.block(DsgBlock.HIGH_NEEDS).expenditure()).isEqualTo(row(p6, "DSG - High Needs Pupils").forecast());
        // every block's expenditure adds to the P6 DSG sub-total forecast, and the funding to the grant forecast
        Money spend = Gbp.sum(y.blocks().values().stream().map(DsgProjection.BlockYear::expenditure));
        Money funding = Gbp.sum(y.blocks().values().stream().map(DsgProjection.BlockYear::funding));
        assertThat(spend).isEqualTo(row(p6, "DSG - Sub Total").forecast());
        assertThat(funding).isEqualTo(row(p6, "DSG - Dedicated Schools Grant").forecast().negated());
        // the in-year deficit is what P6 carries forward to the reserve (8,024k), and the reserve closes as it does
        assertThat(y.inYear()).isEqualTo(reserve.movementTotal());
        assertThat(y.opening()).isEqualTo(reserve.opening());
        assertThat(y.closing()).isEqualTo(reserve.closing());
        assertThat(y.closing()).isEqualTo(Gbp.thousands(-8_657));
        // the High Needs block's own deficit is its carry-forward (8,014k); Central School Services' is 10k
        assertThat(y.block(DsgBlock.HIGH_NEEDS).result()).isEqualTo(row(p6, "DSG - High Needs Pupils").proposedCarryForwards());
        assertThat(y.block(DsgBlock.CENTRAL_SCHOOL_SERVICES).result())
                .isEqualTo(row(p6, "DSG - Statutory Duties / Historic Commitments").proposedCarryForwards());
    }

    @Test
    void theWorkbookHasTheMoneyTablesAndThePlacesWithTotalsAsFormulas() throws Exception {
        DsgProjection p = example().project();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        DsgPlanWorkbook.write(p, List.of(p.summaryTable(), p.bridgeTable()), out);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            var ev = wb.getCreationHelper().createFormulaEvaluator();
            var summary = wb.getSheetAt(0);
            var closing = summary.getRow(2 + p.summaryTable().rows().size() - 1);
            assertThat(closing.getCell(0).getStringCellValue()).startsWith("DSG reserve at 31 March");
            assertThat(closing.getCell(1).getCellFormula()).isNotBlank();
            assertThat(ev.evaluate(closing.getCell(1)).getNumberValue()).isEqualTo(-8657.0);
            var places = wb.getSheet(DsgPlanWorkbook.PLACES_SHEET);
            var total = places.getRow(2 + p.plan().provisions().size());
            assertThat(total.getCell(1).getCellFormula()).isEqualTo("SUM(B3:B8)");
            assertThat(ev.evaluate(total.getCell(1)).getNumberValue()).isEqualTo(3990.0);
            assertThat(places.getRow(0).getCell(0).getStringCellValue()).contains("ILLUSTRATIVE");
        }
    }

    @Test
    void theExampleMarksEveryAssumptionThatIsNotFromASource() {
        DsgPlan plan = example();
        assertThat(plan.hasIllustrative()).isTrue();
        List<String> lines = plan.assumptions();
        assertThat(lines).allMatch(l -> l.contains("[ILLUSTRATIVE: ") || l.contains("[source: ") || l.startsWith("Statutory"));
        assertThat(lines).anyMatch(l -> l.startsWith("High Needs allocation") && l.contains("[ILLUSTRATIVE"));
        assertThat(lines).anyMatch(l -> l.startsWith("Opening DSG reserve") && l.contains("[source: Scrutiny panel"));
    }

    @Test
    void aPlanWrittenReadsBackTheSameInYamlAndJson() {
        DsgPlan plan = example();
        for (StructuredFormat f : StructuredFormat.values()) {
            String text = DsgPlanFile.write(plan, f);
            ReadResult<DsgPlan> back = DsgPlanFile.read("p." + f.name().toLowerCase(java.util.Locale.ROOT),
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), f);
            assertThat(back.problems()).isEmpty();
            DsgPlan again = back.value().orElseThrow();
            assertThat(DsgPlanFile.write(again, f)).isEqualTo(text);
            assertThat(again.project().years()).isEqualTo(plan.project().years());
            assertThat(again.project().bridge()).isEqualTo(plan.project().bridge());
        }
    }

    private static final String GOOD = """
            schemaVersion: 1
            name: Small
            firstYear: 2020/21
            years: 3
            statutoryOverrideEnd: 2023-03-31
            opening: {amount: -1000, source: test}
            highNeeds: {allocation: 900, growth: 2%, illustrative: test}
            blocks:
              - {block: schools, funding: 100000, expenditure: 100000, source: test}
            provisions:
              - code: a
                label: A
                numbers: 10
                unitCostPounds: 100000
                growth: 0%
                source: test
            mitigations:
              - {name: M, provision: a, lever: numbers, change: -10%, from: 2021-04-01, source: test}
            transfers:
              - {name: T, year: 2021/22, amount: 600, source: test}
            """;

    @Test
    void aSmallPlanReadsWithItsDefaults() {
        var r = yaml(GOOD);
        assertThat(r.problems()).isEmpty();
        DsgPlan plan = r.value().orElseThrow();
        assertThat(plan.transferCap().toString()).isEqualTo("0.5%");
        DsgProjection p = plan.project();
        assertThat(p.years().get(1).block(DsgBlock.HIGH_NEEDS).expenditure()).isEqualTo(Gbp.thousands(900));
        // a 600k transfer out of a 100,000k Schools block is above the 0.5% cap of 500k
        assertThat(p.notes()).anyMatch(n -> n.contains("'T'") && n.contains("FLAGGED: above the 0.5% cap"));
    }

    @Test
    void aPlanFrom2020OpensAtTheStoredDsgReserve() {
        String from2021 = GOOD.replace("opening: {amount: -1000, source: test}", "opening: {storedReserve: 2019/20}");
        DsgPlan plan = yaml(from2021).value().orElseThrow();
        assertThat(plan.opening()).isEqualTo(WcfData.dsgReserve2019().closing());
        assertThat(plan.openingBasis().illustrative()).isFalse();
        assertThat(problem(from2021.replace("firstYear: 2020/21", "firstYear: 2021/22").replace("2021/22, amount", "2022/23, amount")))
                .contains("line 6, column 26 (storedReserve)").contains("firstYear is 2020/21, not 2021/22");
        assertThat(problem(from2021.replace("{storedReserve: 2019/20}", "{storedReserve: 2019/20, amount: 5}")))
                .contains("give amount or storedReserve, not both");
    }

    private static String problem(String text) {
        var r = yaml(text);
        assertThat(r.value()).isEmpty();
        assertThat(r.problems()).hasSize(1);
        return r.problems().get(0).toString();
    }

    @Test
    void badPlansAreReportedAtTheirLineAndColumnAndGiveNoPlan() {
        assertThat(problem(GOOD.replace("    source: test\nmitigations", "mitigations")))
                .isEqualTo("p.yaml, line 11, column 5 (source): source is missing: name the published source, or write "
                        + "illustrative: and why the figure was chosen");
        assertThat(problem(GOOD.replace("change: -10%", "change: 10%")))
                .isEqualTo("p.yaml, line 18, column 53 (change of 'M'): change of 'M' is 10%: a mitigation never raises cost: "
                        + "its change is a cut (negative) or 0%");
        assertThat(problem(GOOD.replace("provision: a,", "provision: b,")))
                .startsWith("p.yaml, line 18, column 26 (provision): provision is 'b'");
        assertThat(problem(GOOD.replace("growth: 0%", "growth: fast")))
                .startsWith("p.yaml, line 15, column 13 (growth): rate is fast: a rate is a percentage such as 2% or 18.6");
        assertThat(problem(GOOD.replace("opening: {amount: -1000, source: test}",
                "opening: {amount: -1000, source: test, illustrative: test}")))
                .contains("line 6, column 10").contains("not both");
        assertThat(problem(GOOD.replace("year: 2021/22", "year: 2024/25"))).contains("is outside the plan's years");
        assertThat(problem(GOOD.replace("    growth: 0%\n", "")))
                .contains("line 11, column 5 (growth): growth is missing");
    }

    @Test
    void damagedPlansGiveAPlanOrProblemsNeverAnException() {
        byte[] sample = GOOD.getBytes(StandardCharsets.UTF_8);
        qt().withExamples(300).forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 6)).checkAssert(ops -> {
            List<Byte> b = new java.util.ArrayList<>();
            for (byte x : sample) {
                b.add(x);
            }
            for (int op : ops) {
                int at = b.isEmpty() ? 0 : op % b.size();
                switch (op % 3) {
                    case 0 -> { if (!b.isEmpty()) { b.set(at, (byte) ("-:{}[]#,%\n".charAt((op >>> 8) % 10))); } }
                    case 1 -> { if (!b.isEmpty()) { b.remove(at); } }
                    default -> b.add(at, (byte) (op >>> 8));
                }
            }
            byte[] bytes = new byte[b.size()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = b.get(i);
            }
            var r = DsgPlanFile.read("p.yaml", new ByteArrayInputStream(bytes), StructuredFormat.YAML);
            // a plan only when the file had no problem
            assertThat(r.value().isPresent()).isEqualTo(r.problems().isEmpty());
        });
    }
}
