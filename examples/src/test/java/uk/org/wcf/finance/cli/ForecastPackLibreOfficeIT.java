package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.forecast.ForecastMethod;
import uk.org.wcf.finance.io.BudgetBookFile;
import uk.org.wcf.finance.io.ForecastPackWorkbook;
import uk.org.wcf.finance.io.LineActualsFile;
import uk.org.wcf.finance.io.SnapshotFile;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.monitor.Trail;
import uk.org.wcf.finance.returns.Pack;
import uk.org.wcf.finance.returns.PackLine;
import uk.org.wcf.finance.returns.Packs;
import uk.org.wcf.finance.time.FiscalPeriod;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * A forecast pack opened in LibreOffice headless ({@code libreoffice-calc-nogui}; CI installs it): after a holder types
 * forecasts, LibreOffice's recalculated totals are the library's totals of the pack and the sum of what was typed; the
 * protection and validation flags sit on the right cells, in the pack as written and after LibreOffice saves it; and a
 * return saved by LibreOffice is read back by {@code forecast-collect}.
 */
class ForecastPackLibreOfficeIT {

    private static final FiscalPeriod P5 = FiscalYear.parse("2024/25").period(5);

    @TempDir
    Path dir;

    /** Converts with LibreOffice, in a profile of its own that recalculates every formula on load. */
    private Path convert(Path workbook, String to, Path outDir) throws Exception {
        return LibreOffice.convert(workbook, to, outDir, dir).get(0);
    }

    /** The library's packs of the sample data, made in this process. */
    private List<Pack> libraryPacks(Path data) {
        BudgetBook book = BudgetBookFile.read(data.resolve("book.yaml")).orThrow();
        LineActualsFile.LineActuals a = LineActualsFile.read(data.resolve("actuals.json"), P5.year()).orThrow();
        MonitoringSnapshot p4 = SnapshotFile.read(data.resolve("p4.yaml")).orThrow();
        Map<String, Money> previous = new java.util.LinkedHashMap<>();
        p4.lines().forEach(l -> previous.put(l.line(), l.forecast()));
        Packs.Sources none = new Packs.Sources() {
            @Override
            public Trail.Step budget(String line, Money budget) {
                return new Trail.Step("net budget", budget, "book", "");
            }

            @Override
            public Trail.Step actuals(String line, Money ytd, FiscalPeriod upTo) {
                return new Trail.Step("actuals to date", ytd, "actuals", "");
            }
        };
        return Packs.of(new Packs.Inputs(book, P5, a.lines(), Map.of(), ForecastMethod.AUTO, Map.of(), previous, none));
    }

    private static BigDecimal number(String cell) {
        return new BigDecimal(cell.replace(",", "").strip());
    }

    /** The pack's flags; LibreOffice saves the very hidden record as hidden, which is still not shown. */
    private static void flags(XSSFWorkbook wb, int lines, SheetVisibility record) {
        XSSFSheet s = wb.getSheet(ForecastPackWorkbook.SHEET);
        assertThat(s.getProtect()).as("the sheet is protected").isTrue();
        int meta = wb.getSheetIndex(ForecastPackWorkbook.META_SHEET);
        assertThat(wb.getSheetVisibility(meta)).isEqualTo(record);
        assertThat(wb.getSheet(ForecastPackWorkbook.META_SHEET).getProtect()).as("the record is protected").isTrue();
        for (int r = 5; r < 5 + lines; r++) {
            for (int c = 0; c <= ForecastPackWorkbook.COMMENT_COL; c++) {
                var cell = s.getRow(r).getCell(c);
                boolean input = c >= ForecastPackWorkbook.FORECAST_COL;
                assertThat(cell.getCellStyle().getLocked()).as("row %d column %d locked", r + 1, c + 1).isEqualTo(!input);
            }
        }
        for (int c = 0; c < ForecastPackWorkbook.HEADINGS.size(); c++) {
            assertThat(s.getRow(5 + lines).getCell(c) == null || s.getRow(5 + lines).getCell(c).getCellStyle().getLocked())
                    .as("total row column %d locked", c + 1).isTrue();
        }
        List<? extends DataValidation> v = s.getDataValidations();
        assertThat(v).hasSize(1);
        assertThat(v.get(0).getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.DECIMAL);
        assertThat(v.get(0).getShowErrorBox()).isTrue();
        assertThat(v.get(0).getRegions().getCellRangeAddresses()).hasSize(1);
        assertThat(v.get(0).getRegions().getCellRangeAddresses()[0].formatAsString()).isEqualTo("H6:H" + (5 + lines));
    }

    @Test
    void libreOfficeRecalculatesThePacksTotalsToTheLibrarysAndKeepsItsLocksAndValidation() throws Exception {
        LibreOffice.require();
        Path data = dir.resolve("returns");
        ExamplesIT.copy(Paths.get("data/returns"), data);
        Cli.Run pack = Cli.run(dir, "forecast-pack", "--book", "returns/book.yaml", "--actuals", "returns/actuals.json",
                "--year", "2024/25", "--period", "P5", "--previous", "returns/p4.yaml", "--output", "packs");
        assertThat(pack.exit()).as(pack.err()).isZero();
        Pack lib = libraryPacks(data).stream().filter(p -> p.id().equals("CP")).findFirst().orElseThrow();
        Path written = dir.resolve("packs/CP.xlsx");
        try (InputStream in = Files.newInputStream(written); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            flags(wb, lib.lines().size(), SheetVisibility.VERY_HIDDEN);
        }
        // the holder types forecasts (one left blank); the total's cached result is left as the pack had it
        Path returned = Files.createDirectories(dir.resolve("returned")).resolve("CP.xlsx");
        long[] typed = {263_000_050L, 17_500_000L, 0, 130_000_000L};
        try (InputStream in = Files.newInputStream(written); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (int i = 0; i < typed.length; i++) {
                if (typed[i] != 0) {
                    wb.getSheet("Forecast").getRow(5 + i).getCell(7).setCellValue(typed[i] / 100.0);
                }
            }
            try (OutputStream out = Files.newOutputStream(returned)) {
                wb.write(out);
            }
        }
        Path csv = convert(returned, "csv", Files.createDirectories(dir.resolve("csv")));
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> total = LibreOffice.csvRow(rows.stream().filter(r -> r.startsWith("Total,")).findFirst().orElseThrow());
        assertThat(number(total.get(2))).as("budget total").isEqualByComparingTo(lib.budget().getAmount());
        assertThat(number(total.get(3))).as("actuals total").isEqualByComparingTo(lib.actualsToDate().getAmount());
        assertThat(number(total.get(4))).as("last period's total").isEqualByComparingTo(
                Gbp.sum(lib.lines().stream().map(l -> l.previousForecast().orElseThrow())).getAmount());
        assertThat(number(total.get(5))).as("suggested total").isEqualByComparingTo(lib.suggested().getAmount());
        assertThat(number(total.get(7))).as("the typed forecasts' total").isEqualByComparingTo(
                BigDecimal.valueOf(typed[0] + typed[1] + typed[3], 2));

        // saved by LibreOffice, as a holder who uses it would: the flags survive, and collect takes the return
        Path resaved = convert(returned, "xlsx", Files.createDirectories(dir.resolve("resaved")));
        try (InputStream in = Files.newInputStream(resaved); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            flags(wb, lib.lines().size(), SheetVisibility.HIDDEN);
        }
        Cli.Run c = Cli.run(dir, "forecast-collect", "resaved", "--book", "returns/book.yaml", "--actuals", "returns/actuals.json",
                "--year", "2024/25", "--period", "P5", "--output", "p5.yaml");
        assertThat(c.exit()).as(c.err()).isZero();
        MonitoringSnapshot p5 = SnapshotFile.read(dir.resolve("p5.yaml")).orThrow();
        for (int i = 0; i < typed.length; i++) {
            PackLine l = lib.lines().get(i);
            long want = typed[i] != 0 ? typed[i] : l.suggested().outturn().getAmountMinorLong();
            assertThat(p5.line(l.line()).orElseThrow().forecast().getAmountMinorLong()).as(l.line()).isEqualTo(want);
        }
    }
}
