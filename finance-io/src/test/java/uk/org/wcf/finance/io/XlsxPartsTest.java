package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.io.write.XlsxWriter;
import uk.org.wcf.finance.report.FigureTable;

/**
 * What Excel insists on and POI, reading leniently, does not check: rows in order and each row's cells in column
 * order, every part declared with its content type, the flag that recalculates every formula on opening, and sheet
 * names Excel accepts.
 */
class XlsxPartsTest {

    private static Map<String, String> parts(byte[] xlsx) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    private static void assertRowsAndCellsInOrder(String name, String xml) throws XMLStreamException {
        XMLStreamReader r = XMLInputFactory.newFactory().createXMLStreamReader(new java.io.StringReader(xml));
        int row = 0;
        int col = -1;
        while (r.hasNext()) {
            if (r.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (r.getLocalName().equals("row")) {
                int next = Integer.parseInt(r.getAttributeValue(null, "r"));
                assertThat(next).as(name + ": row after row " + row).isGreaterThan(row);
                row = next;
                col = -1;
            } else if (r.getLocalName().equals("c")) {
                CellReference ref = new CellReference(r.getAttributeValue(null, "r"));
                assertThat(ref.getRow() + 1).as(name + ": " + ref.formatAsString() + " in row " + row).isEqualTo(row);
                assertThat((int) ref.getCol()).as(name + ": " + ref.formatAsString() + " after column " + col).isGreaterThan(col);
                col = ref.getCol();
            }
        }
    }

    @Test
    void everySheetNameIsOneExcelAccepts() throws Exception {
        List<String> titles = List.of("'Quoted title'", "Table 2: costs [draft] a/b", "tab\there\u0001and\u001bescape",
                "Children's services reserves, over a long title'", "'", "TABLE 2: COSTS [DRAFT] A/B");
        List<XlsxWriter.SheetSpec> sheets = titles.stream().map(t -> XlsxWriter.SheetSpec.of(FigureTable.builder("t", t)
                .column("a", "A").row("r", "", "Row", Money.ofMinor(CurrencyUnit.GBP, 100)).build())).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(sheets, out);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(titles.size());
            java.util.Set<String> names = new java.util.HashSet<>();
            for (int i = 0; i < titles.size(); i++) {
                String name = wb.getSheetName(i);
                WorkbookUtil.validateSheetName(name); // throws on a name Excel refuses
                assertThat(names.add(name.toLowerCase(java.util.Locale.ROOT))).as(name + " is unique").isTrue();
            }
            assertThat(wb.getSheetName(0)).isEqualTo("Quoted title");
        }
    }

    @Test
    void rowsAndCellsAreInOrderAndEveryPartIsDeclared() {
        qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                XlsxWriter.write(List.of(XlsxCachedResultsTest.table(seed), XlsxCachedResultsTest.table(seed + 1)), out);
                Map<String, String> parts = parts(out.toByteArray());
                assertThat(parts).containsKeys("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                        "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml");
                assertThat(parts.get("xl/workbook.xml")).contains("<calcPr fullCalcOnLoad=\"1\"/>");
                for (var p : parts.entrySet()) {
                    if (p.getKey().startsWith("xl/") && p.getKey().endsWith(".xml")) {
                        assertThat(parts.get("[Content_Types].xml")).as(p.getKey()).contains("PartName=\"/" + p.getKey() + "\"");
                    }
                    if (p.getKey().startsWith("xl/worksheets/")) {
                        assertRowsAndCellsInOrder(p.getKey(), p.getValue());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (XMLStreamException e) {
                throw new AssertionError(e);
            }
        });
    }
}
