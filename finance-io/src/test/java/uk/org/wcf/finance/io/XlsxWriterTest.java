package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.data.WcfData;
import uk.org.wcf.finance.io.write.XlsxWriter;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.monitor.MonitoringReport;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.report.RoundedTable;

/** The workbook a user opens shows the figures the library printed, totals recalculated from their parts. */
class XlsxWriterTest {

    private static Workbook roundTrip(List<XlsxWriter.SheetSpec> sheets) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(sheets, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** Checks every figure cell of a sheet against the table: values exact, formulas recalculating to the printed total. */
    private static void assertSheetMatches(Workbook wb, Sheet sheet, FigureTable t, int firstFigureColumn) {
        FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        ev.clearAllCachedResultValues();
        RoundedTable printed = t.round(RoundingPolicy.THOUSANDS);
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        for (int r = 0; r < t.rows().size(); r++) {
            FigureTable.Row row = t.rows().get(r);
            for (int c = 0; c < t.columns().size(); c++) {
                FigureTable.Column col = t.columns().get(c);
                Cell cell = sheet.getRow(2 + r).getCell(firstFigureColumn + c);
                assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("#,##0;(#,##0)");
                double v = ev.evaluate(cell).getNumberValue();
                BigDecimal exact = Gbp.inThousands(t.value(row.key(), col.key()));
                assertThat(BigDecimal.valueOf(v).subtract(exact).abs()).isLessThan(new BigDecimal("0.000001"));
                // the exact value has at most five decimals of £000 (pence): recover it from the double, then round as printed
                long shown = BigDecimal.valueOf(v).setScale(5, RoundingMode.HALF_EVEN).setScale(0, RoundingMode.HALF_UP).longValueExact();
                assertThat(shown).as(row.label() + " / " + col.heading()).isEqualTo(printed.cell(row.key(), col.key()));
                assertThat(cell.getCellType()).isEqualTo(row.isTotal() || col.isTotal() ? CellType.FORMULA : CellType.NUMERIC);
            }
        }
    }

    @Test
    void thePublishedTablesAndThePlanBridgeRecalculateToThePrintedFigures() throws Exception {
        var plan = WcfData.plan2020();
        FigureTable bridge = plan.bridgeTable(plan.years().get(2).year());
        assertThat(bridge.round(RoundingPolicy.THOUSANDS).footingDifferences()).isNotEmpty();
        List<FigureTable> tables = List.of(
                uk.org.wcf.finance.report.BusinessPlanTables.table2(WcfData.businessPlan2020()),
                uk.org.wcf.finance.report.BusinessPlanTables.table4(WcfData.businessPlan2020()), bridge);
        try (Workbook wb = roundTrip(tables.stream().map(XlsxWriter.SheetSpec::of).toList())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            for (int i = 0; i < tables.size(); i++) {
                FigureTable t = tables.get(i);
                boolean refs = t.rows().stream().anyMatch(r -> !r.ref().isEmpty());
                assertSheetMatches(wb, wb.getSheetAt(i), t, refs ? 2 : 1);
                // the reference in its own column, the label alone beside it
                for (int r = 0; r < t.rows().size(); r++) {
                    var row = wb.getSheetAt(i).getRow(2 + r);
                    assertThat(row.getCell(refs ? 1 : 0).getStringCellValue()).isEqualTo(t.rows().get(r).label());
                    if (refs) {
                        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(t.rows().get(r).ref());
                    }
                }
                // a sheet's name is whole words of the table's title
                String name = wb.getSheetName(i);
                assertThat(name.length()).isLessThanOrEqualTo(31);
                String words = t.title().replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("\\s+", " ").strip();
                assertThat(words).as(name).startsWith(name);
                assertThat(name.equals(words) || " ,;.(-".indexOf(words.charAt(name.length())) >= 0).as("%s is cut mid-word from %s",
                        name, words).isTrue();
            }
        }
    }

    @Test
    void theMonitoringReportsPercentageIsAFormulaBlankForAZeroBudget() throws Exception {
        MonitoringReport r = WcfData.dsgReport2019P6();
        FigureTable t = r.table(false);
        try (Workbook wb = roundTrip(List.of(new XlsxWriter.SheetSpec(t, new XlsxWriter.Percent("variance_after_adjustments",
                "%", "variance_after_adjustments", "net_budget"))))) {
            Sheet s = wb.getSheetAt(0);
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            int pct = 6; // Line, net, forecast, before, c/fwd, after, then %
            assertThat(s.getRow(1).getCell(pct).getStringCellValue()).isEqualTo("%");
            for (int i = 0; i < r.rows().size(); i++) {
                var cv = ev.evaluate(s.getRow(2 + i).getCell(pct));
                var expected = r.rows().get(i).percentOfBudget(RoundingPolicy.THOUSANDS);
                if (expected.isEmpty()) {
                    assertThat(cv.getStringValue()).isEmpty();
                } else {
                    assertThat(BigDecimal.valueOf(cv.getNumberValue()).setScale(1, RoundingMode.HALF_UP)).isEqualByComparingTo(expected.get());
                }
            }
        }
    }

    @Test
    void anyTablesFiguresRoundTripAndItsTotalsRecalculate() {
        qt().withExamples(30).withShrinkCycles(20).forAll(lists().of(longs().between(-1_000_000_000L, 1_000_000_000L)).ofSizeBetween(2, 24),
                integers().between(1, 3)).checkAssert((pence, cols) -> {
            FigureTable.Builder b = FigureTable.builder("t", "Generated").column("a", "A");
            for (int c = 1; c < cols; c++) {
                b.column("c" + c, "C" + c);
            }
            b.totalColumn("total", "Total", java.util.stream.IntStream.range(0, cols)
                    .mapToObj(c -> uk.org.wcf.finance.report.Term.plus(c == 0 ? "a" : "c" + c))
                    .toArray(uk.org.wcf.finance.report.Term[]::new));
            int rows = pence.size() / cols;
            for (int r = 0; r < rows; r++) {
                Money[] v = new Money[cols];
                for (int c = 0; c < cols; c++) {
                    v[c] = Money.ofMinor(CurrencyUnit.GBP, pence.get(r * cols + c));
                }
                b.row("r" + r, "", "Row " + r, v);
            }
            FigureTable t = b.totalOfRows("total", "", "Total").build();
            try (Workbook wb = roundTrip(List.of(XlsxWriter.SheetSpec.of(t)))) {
                assertSheetMatches(wb, wb.getSheetAt(0), t, 1);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }
}
