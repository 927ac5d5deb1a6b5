package uk.org.wcf.finance.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import uk.org.wcf.finance.dsg.DsgProjection;
import uk.org.wcf.finance.dsg.Provision;
import uk.org.wcf.finance.io.write.XlsxWriter;
import uk.org.wcf.finance.report.FigureTable;

/**
 * A DSG management plan as an Excel workbook: the money tables as {@link XlsxWriter} writes them (£000, totals as
 * formulas), then a sheet of places by provision type and year, each cell the exact number of places shown to whole
 * places and the total a {@code SUM} formula over the types.
 */
public final class DsgPlanWorkbook {

    /** The title of the places sheet. */
    public static final String PLACES_SHEET = "Places by provision type";

    private DsgPlanWorkbook() {
    }

    /**
     * Writes the workbook.
     *
     * @param projection the plan's path, for the places sheet
     * @param tables the money tables, one sheet each, in order
     * @param out where to write (not closed)
     * @throws IOException on failure
     */
    public static void write(DsgProjection projection, List<FigureTable> tables, OutputStream out) throws IOException {
        ByteArrayOutputStream money = new ByteArrayOutputStream();
        XlsxWriter.write(tables.stream().map(XlsxWriter.SheetSpec::of).toList(), money);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(money.toByteArray()))) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            CellStyle places = wb.createCellStyle();
            places.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            CellStyle total = wb.createCellStyle();
            total.cloneStyleFrom(places);
            total.setFont(bold);
            Sheet sheet = wb.createSheet(PLACES_SHEET);
            sheet.createRow(0).createCell(0).setCellValue(PLACES_SHEET + ", after mitigations, " + projection.name()
                    + (projection.plan().hasIllustrative() ? " [contains ILLUSTRATIVE assumptions]" : ""));
            sheet.getRow(0).getCell(0).setCellStyle(head);
            Row h = sheet.createRow(1);
            h.createCell(0).setCellValue("Provision type");
            List<DsgProjection.YearResult> years = projection.years();
            for (int y = 0; y < years.size(); y++) {
                h.createCell(1 + y).setCellValue(years.get(y).year().toString());
            }
            h.createCell(1 + years.size()).setCellValue("Growth in numbers");
            h.forEach(c -> c.setCellStyle(head));
            List<Provision> types = projection.plan().provisions();
            for (int t = 0; t < types.size(); t++) {
                Row r = sheet.createRow(2 + t);
                r.createCell(0).setCellValue(XlsxWriter.text(types.get(t).label()));
                for (int y = 0; y < years.size(); y++) {
                    // a spreadsheet holds binary floating point: the file format's limit, not the model's
                    r.createCell(1 + y).setCellValue(years.get(y).types().get(t).numbers().doubleValue());
                    r.getCell(1 + y).setCellStyle(places);
                }
                r.createCell(1 + years.size()).setCellValue(types.get(t).growth().describe());
            }
            Row tr = sheet.createRow(2 + types.size());
            tr.createCell(0).setCellValue("Total");
            tr.getCell(0).setCellStyle(head);
            for (int y = 0; y < years.size(); y++) {
                String from = new CellReference(2, 1 + y).formatAsString(false);
                String to = new CellReference(1 + types.size(), 1 + y).formatAsString(false);
                tr.createCell(1 + y).setCellFormula("SUM(" + from + ":" + to + ")");
                tr.getCell(1 + y).setCellStyle(total);
            }
            sheet.createFreezePane(1, 2);
            sheet.setColumnWidth(0, 48 * 256);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.setForceFormulaRecalculation(true);
            try {
                wb.write(out);
            } catch (OpenXML4JRuntimeException e) {
                throw new IOException("cannot write the workbook: " + e.getMessage(), e.getCause() != null ? e.getCause() : e);
            }
        }
    }
}
