package uk.org.wcf.finance.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.data.WcfData;
import uk.org.wcf.finance.io.AssumptionsFile;
import uk.org.wcf.finance.io.BudgetBookCsv;
import uk.org.wcf.finance.io.BudgetBookFile;
import uk.org.wcf.finance.io.StructuredFormat;
import uk.org.wcf.finance.io.MonitorRowsCsv;
import uk.org.wcf.finance.io.ReserveLedgerCsv;
import uk.org.wcf.finance.io.ReserveLedgerFile;
import uk.org.wcf.finance.io.SnapshotFile;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.plan.AssumptionSet;
import uk.org.wcf.finance.plan.Plan;
import uk.org.wcf.finance.report.BusinessPlanTables;
import uk.org.wcf.finance.report.TableText;
import uk.org.wcf.finance.reserve.ReserveLedger;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * The export matrix: each kind in each of its formats is the library's own form of it (CSV after a byte-order mark,
 * JSON and YAML the file formats, a workbook a sheet per table, Markdown the tables at £000 under the title), and a
 * budget book refuses the forms for people in one line, writing nothing.
 */
class ExporterTest {

    private static final String BOM = "\uFEFF";
    private static final BudgetBook BOOK = WcfData.budgetBook(FiscalYear.parse("2020/21"));

    private static Export budget() {
        return Exporter.budget(BOOK, "WCF budget book 2020/21",
                List.of(BusinessPlanTables.table2(BOOK), BusinessPlanTables.table4(BOOK)));
    }

    private static Export plan() {
        Plan plan = WcfData.plan2020();
        return Exporter.plan(plan, "WCF three-year plan from 2020/21",
                new AssumptionSet("Business Plan 2020/21", plan.indicativeYears(), plan.assumptions()));
    }

    private static Export monitor() {
        return Exporter.monitor(WcfData.dsgReport2019P6(), WcfData.dsgSnapshot2019(6));
    }

    private static Export reserves() {
        return Exporter.reserves(WcfData.reserves(FiscalYear.parse("2020/21")));
    }

    private static byte[] bytes(Export export, ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(format, out);
        return out.toByteArray();
    }

    private static String text(Export export, ExportFormat format) throws IOException {
        return new String(bytes(export, format), StandardCharsets.UTF_8);
    }

    @Test
    void aBudgetIsItsBookInTheLibrarysFormatsAndTables2And4ForPeople() throws IOException {
        Export e = budget();
        assertThat(e.formats()).isEqualTo(EnumSet.allOf(ExportFormat.class));
        assertThat(text(e, ExportFormat.CSV)).isEqualTo(BOM + BudgetBookCsv.writeLines(List.of(BOOK)));
        assertThat(text(e, ExportFormat.JSON)).isEqualTo(BudgetBookFile.write(BOOK, StructuredFormat.JSON));
        assertThat(text(e, ExportFormat.YAML)).isEqualTo(BudgetBookFile.write(BOOK, StructuredFormat.YAML));
        assertThat(sheets(bytes(e, ExportFormat.XLSX))).hasSize(2);
        String md = text(e, ExportFormat.MD);
        assertThat(md).startsWith("# WCF budget book 2020/21\n\n### " + BusinessPlanTables.table2(BOOK).title() + " (£000)");
        assertThat(md).contains("### " + BusinessPlanTables.table4(BOOK).title() + " (£000)");
        assertThat(text(e, ExportFormat.HTML)).startsWith("<!DOCTYPE html>").contains("<title>WCF budget book 2020/21</title>");
    }

    @Test
    void aBookIsWrittenOnlyInFormsTheLibraryReadsBack() throws IOException {
        Export e = Exporter.book(BOOK);
        assertThat(e.formats()).containsExactlyInAnyOrder(ExportFormat.XLSX, ExportFormat.CSV, ExportFormat.JSON,
                ExportFormat.YAML);
        assertThat(text(e, ExportFormat.CSV)).isEqualTo(BOM + BudgetBookCsv.writeLines(List.of(BOOK)));
        assertThat(text(e, ExportFormat.YAML)).isEqualTo(BudgetBookFile.write(BOOK, StructuredFormat.YAML));
        assertThat(sheets(bytes(e, ExportFormat.XLSX))).containsExactly("Budget", "Funding");
        for (ExportFormat f : List.of(ExportFormat.MD, ExportFormat.HTML)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThatThrownBy(() -> e.write(f, out)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the book export is written as xlsx, csv, json, yaml, not " + f);
            assertThat(out.size()).as("nothing written for " + f).isZero();
        }
    }

    @Test
    void aPlanIsTable3AndItsBridgesWithItsAssumptionsAsTheFile() throws IOException {
        Plan plan = WcfData.plan2020();
        Export e = plan();
        assertThat(text(e, ExportFormat.CSV)).isEqualTo(BOM
                + uk.org.wcf.finance.io.write.Csv.table(BusinessPlanTables.table3(plan.years()).round(RoundingPolicy.THOUSANDS)));
        assertThat(text(e, ExportFormat.JSON)).isEqualTo(AssumptionsFile.write(new AssumptionSet("Business Plan 2020/21",
                plan.indicativeYears(), plan.assumptions()), StructuredFormat.JSON));
        assertThat(sheets(bytes(e, ExportFormat.XLSX))).hasSize(plan.years().size());
        assertThat(text(e, ExportFormat.MD)).startsWith("# WCF three-year plan from 2020/21\n\n");
    }

    @Test
    void aMonitoringReportIsItsRowsAndItsSnapshotAsTheFile() throws IOException {
        var report = WcfData.dsgReport2019P6();
        Export e = monitor();
        assertThat(text(e, ExportFormat.CSV)).isEqualTo(BOM + MonitorRowsCsv.write(report, RoundingPolicy.THOUSANDS));
        assertThat(text(e, ExportFormat.YAML)).isEqualTo(SnapshotFile.write(WcfData.dsgSnapshot2019(6), StructuredFormat.YAML));
        assertThat(sheets(bytes(e, ExportFormat.XLSX))).hasSize(1);
        String title = report.title() + ", " + report.period();
        assertThat(text(e, ExportFormat.MD)).startsWith("# " + title + "\n\n" + TableText.markdownGrid(title + " (£000)",
                uk.org.wcf.finance.monitor.MonitoringText.cells(report, RoundingPolicy.THOUSANDS,
                        uk.org.wcf.finance.report.FigureFormat.PRINTED), 1));
    }

    @Test
    void reservesAreTheLedgerInEveryFormat() throws IOException {
        ReserveLedger ledger = WcfData.reserves(FiscalYear.parse("2020/21"));
        Export e = reserves();
        assertThat(e.formats()).isEqualTo(EnumSet.allOf(ExportFormat.class));
        assertThat(text(e, ExportFormat.CSV)).isEqualTo(BOM + ReserveLedgerCsv.write(List.of(ledger)));
        assertThat(text(e, ExportFormat.JSON)).isEqualTo(ReserveLedgerFile.write(ledger, StructuredFormat.JSON));
        assertThat(text(e, ExportFormat.HTML)).contains("<title>Earmarked reserves 2020/21</title>");
        assertThat(text(e, ExportFormat.MD)).startsWith("# Earmarked reserves 2020/21\n\n### ");
    }

    @Test
    void everyKindWritesSomethingInEachOfItsFormats() throws IOException {
        for (Export e : List.of(budget(), Exporter.book(BOOK), plan(), monitor(), reserves())) {
            for (ExportFormat f : e.formats()) {
                assertThat(bytes(e, f)).as(e.what() + " as " + f).isNotEmpty();
            }
        }
    }

    @Test
    void aFileEndingNamesItsFormatInAnyCase() {
        assertThat(ExportFormat.ofFileName("b.XLSX")).contains(ExportFormat.XLSX);
        assertThat(ExportFormat.ofFileName("b.yml")).contains(ExportFormat.YAML);
        assertThat(ExportFormat.ofFileName("b.markdown")).contains(ExportFormat.MD);
        assertThat(ExportFormat.ofFileName("b.htm")).contains(ExportFormat.HTML);
        assertThat(ExportFormat.ofFileName("b.txt")).isEmpty();
        assertThat(ExportFormat.ofFileName("budget")).isEmpty();
        assertThat(ExportFormat.HTML.toString()).isEqualTo("html");
        assertThat(ExportFormat.CSV.readsBack()).isTrue();
        assertThat(ExportFormat.MD.readsBack()).isFalse();
    }

    private static List<String> sheets(byte[] xlsx) throws IOException {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            List<String> names = new java.util.ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            return names;
        }
    }
}
