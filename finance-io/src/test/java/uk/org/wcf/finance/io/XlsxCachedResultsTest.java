package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.io.write.XlsxWriter;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.report.Term;

/**
 * A viewer that does not recalculate shows each formula's cached result: the writer stores the result Apache POI's
 * evaluator computes, bit for bit, for totals of figures, totals of totals (across rows and columns, with minus
 * signs) and the percentage column, blank or not.
 */
class XlsxCachedResultsTest {

    /** A random table: plain and total columns, plain and total rows, figures from a penny to billions of pounds. */
    static XlsxWriter.SheetSpec table(long seed) {
        Random rnd = new Random(seed);
        FigureTable.Builder b = FigureTable.builder("t" + seed, "Random " + seed);
        List<String> cols = new ArrayList<>();
        int plain = 1 + rnd.nextInt(4);
        for (int c = 0; c < plain; c++) {
            cols.add("c" + c);
            b.column("c" + c, "C" + c);
        }
        for (int c = 0, totals = rnd.nextInt(3); c < totals; c++) {
            b.totalColumn("t" + c, "T" + c, terms(rnd, cols));
            cols.add("t" + c);
        }
        List<String> rows = new ArrayList<>();
        for (int r = 0, n = 1 + rnd.nextInt(12); r < n; r++) {
            String key = "r" + r;
            if (!rows.isEmpty() && rnd.nextInt(3) == 0) {
                b.totalRow(key, "", "Total " + r, terms(rnd, rows));
            } else {
                Money[] v = new Money[plain];
                for (int c = 0; c < plain; c++) {
                    v[c] = Money.ofMinor(CurrencyUnit.GBP, pence(rnd));
                }
                b.row(key, rnd.nextBoolean() ? "" : String.valueOf((char) ('A' + r)), "Row " + r, v);
            }
            rows.add(key);
        }
        FigureTable t = b.build();
        if (rnd.nextInt(4) == 0) {
            return XlsxWriter.SheetSpec.of(t);
        }
        return new XlsxWriter.SheetSpec(t, new XlsxWriter.Percent(pick(rnd, cols), "%", pick(rnd, cols), pick(rnd, cols)));
    }

    private static long pence(Random rnd) {
        return switch (rnd.nextInt(5)) {
            case 0 -> 0;
            case 1 -> rnd.nextInt(199) - 99;
            case 2 -> rnd.nextLong() % 100_000_000L;
            case 3 -> rnd.nextLong() % 1_000_000_000_000L;
            default -> (rnd.nextInt(2_000_001) - 1_000_000) * 100_000L; // whole £000
        };
    }

    private static Term[] terms(Random rnd, List<String> keys) {
        Term[] parts = new Term[1 + rnd.nextInt(Math.min(4, keys.size()))];
        for (int i = 0; i < parts.length; i++) {
            String k = pick(rnd, keys);
            parts[i] = rnd.nextInt(3) == 0 ? Term.minus(k) : Term.plus(k);
        }
        return parts;
    }

    private static String pick(Random rnd, List<String> keys) {
        return keys.get(rnd.nextInt(keys.size()));
    }

    @Test
    void everyFormulasCachedResultIsWhatPoisEvaluatorComputes() {
        int[] checked = new int[3]; // numbers, blanks, percentages
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            List<XlsxWriter.SheetSpec> sheets = List.of(table(seed), table(seed + 1));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                XlsxWriter.write(sheets, out);
                try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                    FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
                    for (Sheet sheet : wb) {
                        for (Row row : sheet) {
                            for (Cell cell : row) {
                                if (cell.getCellType() != CellType.FORMULA) {
                                    continue;
                                }
                                CellValue expected = ev.evaluate(cell);
                                String where = "seed " + seed + ", " + sheet.getSheetName() + "!" + cell.getAddress() + " = "
                                        + cell.getCellFormula();
                                assertThat(cell.getCachedFormulaResultType()).as(where).isEqualTo(expected.getCellType());
                                if (expected.getCellType() == CellType.STRING) {
                                    assertThat(cell.getStringCellValue()).as(where).isEqualTo(expected.getStringValue()).isEmpty();
                                    checked[1]++;
                                } else {
                                    assertThat(Double.doubleToRawLongBits(cell.getNumericCellValue())).as(where + ": "
                                            + cell.getNumericCellValue() + " against " + expected.getNumberValue())
                                            .isEqualTo(Double.doubleToRawLongBits(expected.getNumberValue()));
                                    checked[cell.getCellFormula().startsWith("IF(") ? 2 : 0]++;
                                }
                            }
                        }
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        // the random tables reached every kind of formula
        assertThat(checked[0]).as("totals").isGreaterThan(50);
        assertThat(checked[1]).as("blank percentages").isGreaterThan(50);
        assertThat(checked[2]).as("percentages").isGreaterThan(50);
    }
}
