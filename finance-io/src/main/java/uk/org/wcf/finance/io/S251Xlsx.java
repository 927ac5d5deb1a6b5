package uk.org.wcf.finance.io;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import uk.org.wcf.finance.io.write.XlsxWriter;
import uk.org.wcf.finance.s251.CouncilReturn;
import uk.org.wcf.finance.s251.Figures;
import uk.org.wcf.finance.s251.LineKind;
import uk.org.wcf.finance.s251.Measure;
import uk.org.wcf.finance.s251.S251Line;
import uk.org.wcf.finance.s251.S251Return;

/**
 * Writes section 251 returns as an Excel workbook in DfE's layout (the columns of {@link S251File}), one row per
 * council and line, with the computed figures as formulas: TotalExpenditure as the sum of the four provisions,
 * NetCurrentExpenditure as total - income, LEANetRevenueExpenditure as net - both grants, and each total line as
 * the sum of its lines. A measure that is not applicable is an empty cell. Before the bytes are written every
 * formula is evaluated and compared with the model's figure, to the penny.
 */
public final class S251Xlsx {

    private static final int FIRST_MEASURE = S251File.KEY_COLUMNS.size();

    private S251Xlsx() {
    }

    /**
     * @param returns the returns
     * @param out where to write (not closed)
     * @throws IOException when the bytes cannot be written
     * @throws IllegalStateException when a formula does not give the model's figure (a defect, never written)
     */
    public static void write(S251Return returns, OutputStream out) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00;-#,##0.00"));
            String title = ("s251 " + returns.kind().word() + " " + returns.year()).replace('/', '-');
            Sheet sheet = wb.createSheet(title);
            Row head = sheet.createRow(0);
            List<String> names = new ArrayList<>(S251File.KEY_COLUMNS);
            for (Measure m : Measure.values()) {
                names.add(m.column());
            }
            for (int i = 0; i < names.size(); i++) {
                head.createCell(i).setCellValue(XlsxWriter.text(names.get(i)));
            }
            int r = 1;
            List<Object[]> expected = new ArrayList<>();
            for (CouncilReturn c : returns.councils()) {
                Map<Integer, Integer> rowOf = new HashMap<>();
                for (S251Line l : returns.catalogue().lines()) {
                    if (c.figures(l.number()).isPresent()) {
                        rowOf.put(l.number(), r + rowOf.size());
                    }
                }
                for (S251Line l : returns.catalogue().lines()) {
                    Optional<Figures> f = c.figures(l.number());
                    if (f.isEmpty()) {
                        continue;
                    }
                    int at = rowOf.get(l.number());
                    Row row = sheet.createRow(at);
                    row.createCell(0).setCellValue(XlsxWriter.text(c.la()));
                    row.createCell(1).setCellValue(XlsxWriter.text(c.name()));
                    row.createCell(2).setCellValue(l.number());
                    row.createCell(3).setCellValue(XlsxWriter.text(l.number() + " " + l.description()));
                    row.createCell(4).setCellValue(l.section().toUpperCase(Locale.ROOT));
                    for (Measure m : Measure.values()) {
                        Optional<BigDecimal> v = f.get().get(m).map(x -> x.getAmount());
                        if (v.isEmpty()) {
                            continue;
                        }
                        Cell cell = row.createCell(FIRST_MEASURE + m.ordinal());
                        cell.setCellStyle(money);
                        String formula = formula(l, m, f.get(), at, rowOf);
                        if (formula == null) {
                            cell.setCellValue(v.get().doubleValue());
                        } else {
                            cell.setCellFormula(formula);
                            expected.add(new Object[] {cell, v.get(), c.la() + " line " + l.number() + " " + m.column()});
                        }
                    }
                }
                r += rowOf.size();
            }
            for (int i = 0; i < names.size(); i++) {
                sheet.setColumnWidth(i, i == 3 ? 60 * 256 : 16 * 256);
            }
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            for (Object[] e : expected) {
                Cell cell = (Cell) e[0];
                double got = ev.evaluate(cell).getNumberValue();
                BigDecimal want = (BigDecimal) e[1];
                if (ev.evaluateFormulaCell(cell) != CellType.NUMERIC
                        || BigDecimal.valueOf(got).setScale(2, java.math.RoundingMode.HALF_UP).compareTo(want) != 0) {
                    throw new IllegalStateException("the workbook's formula for " + e[2] + " gives " + got
                            + " but the statement has " + want.toPlainString());
                }
            }
            wb.setForceFormulaRecalculation(true);
            try {
                wb.write(out);
            } catch (OpenXML4JRuntimeException ex) {
                throw new IOException("cannot write the workbook: " + ex.getMessage(), ex.getCause() != null ? ex.getCause() : ex);
            }
        }
    }

    /** The formula for a computed figure, or null for one entered as a value. */
    private static String formula(S251Line l, Measure m, Figures f, int at, Map<Integer, Integer> rowOf) {
        String col = CellReference.convertNumToColString(FIRST_MEASURE + m.ordinal());
        int excelRow = at + 1;
        if (l.kind().isTotal()) {
            List<String> refs = new ArrayList<>();
            for (int p : l.parts()) {
                Integer pr = rowOf.get(p);
                if (pr == null) {
                    return null;
                }
                refs.add(col + (pr + 1));
            }
            return String.join("+", refs);
        }
        if (l.kind() == LineKind.MEMO) {
            return null;
        }
        return switch (m) {
            case TOTAL_EXPENDITURE -> has(f, Measure.OWN_PROVISION, Measure.PRIVATE_PROVISION, Measure.OTHER_PUBLIC,
                    Measure.VOLUNTARY) ? "SUM(" + ref(Measure.OWN_PROVISION, excelRow) + ":" + ref(Measure.VOLUNTARY,
                            excelRow) + ")" : null;
            case NET_CURRENT_EXPENDITURE -> has(f, Measure.TOTAL_EXPENDITURE, Measure.INCOME)
                    ? ref(Measure.TOTAL_EXPENDITURE, excelRow) + "-" + ref(Measure.INCOME, excelRow) : null;
            case LEA_NET_REVENUE_EXPENDITURE -> has(f, Measure.NET_CURRENT_EXPENDITURE, Measure.GOV_GRANTS_INSIDE_AEF,
                    Measure.GOV_GRANTS_OUTSIDE_AEF) ? ref(Measure.NET_CURRENT_EXPENDITURE, excelRow) + "-"
                            + ref(Measure.GOV_GRANTS_INSIDE_AEF, excelRow) + "-" + ref(Measure.GOV_GRANTS_OUTSIDE_AEF,
                                    excelRow) : null;
            default -> null;
        };
    }

    private static boolean has(Figures f, Measure... measures) {
        for (Measure m : measures) {
            if (!f.isApplicable(m)) {
                return false;
            }
        }
        return true;
    }

    private static String ref(Measure m, int excelRow) {
        return CellReference.convertNumToColString(FIRST_MEASURE + m.ordinal()) + excelRow;
    }
}
