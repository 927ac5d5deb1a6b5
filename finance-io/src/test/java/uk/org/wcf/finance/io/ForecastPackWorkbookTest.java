package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

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
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.Trail;
import uk.org.wcf.finance.returns.Pack;
import uk.org.wcf.finance.returns.Packs;
import uk.org.wcf.finance.returns.Returns;
import uk.org.wcf.finance.structure.Directorate;
import uk.org.wcf.finance.structure.Service;
import uk.org.wcf.finance.structure.SubjectiveGroup;
import uk.org.wcf.finance.time.FiscalPeriod;
import uk.org.wcf.finance.time.FiscalYear;

/** A forecast pack as written, and returns read back as untrusted workbooks: what is taken and what is refused. */
class ForecastPackWorkbookTest {

    @TempDir
    Path dir;

    private static final FiscalPeriod P5 = FiscalYear.parse("2024/25").period(5);

    static List<Pack> packs(FiscalPeriod at) {
        Service a = Service.of("A", "Alpha", Directorate.named("People"));
        Service b = Service.of("B", "Beta", Directorate.named("People"));
        BudgetBook book = BudgetBook.builder(at.year()).service(a).service(b)
                .line(a, SubjectiveGroup.STAFFING, Gbp.pounds(120_000)).line(a, SubjectiveGroup.PREMISES, Gbp.pounds(24_000))
                .line(b, SubjectiveGroup.STAFFING, Gbp.pounds(60_000)).build();
        List<Money> months = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            months.add(Gbp.pounds("10000.50"));
        }
        Packs.Sources src = new Packs.Sources() {
            @Override
            public Trail.Step budget(String line, Money budget) {
                return new Trail.Step("net budget", budget, "book.yaml", "");
            }

            @Override
            public Trail.Step actuals(String line, Money ytd, FiscalPeriod upTo) {
                return new Trail.Step("actuals to date", ytd, "actuals.json", "");
            }
        };
        return Packs.of(new Packs.Inputs(book, at, Map.of("Alpha / Staffing", months), Map.of(), ForecastMethod.RUN_RATE,
                Map.of(), Map.of(), src));
    }

    private Path write(Pack p, String name) throws IOException {
        Path f = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(f)) {
            ForecastPackWorkbook.write(p, out);
        }
        return f;
    }

    private Path edited(Path pack, String name, Consumer<XSSFWorkbook> edit) throws IOException {
        Path f = dir.resolve(name);
        try (InputStream in = Files.newInputStream(pack); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            edit.accept(wb);
            try (OutputStream out = Files.newOutputStream(f)) {
                wb.write(out);
            }
        }
        return f;
    }

    /** A copy of a ZIP with one more entry. */
    private Path withEntry(Path zip, String name, String entry, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        try (ZipFile z = new ZipFile(zip.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(f))) {
            Enumeration<? extends ZipEntry> en = z.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream in = z.getInputStream(e)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(entry));
            out.write(content);
            out.closeEntry();
        }
        return f;
    }

    private static ForecastPackWorkbook.ReturnRead read(Path f, List<Pack> packs) {
        return ForecastPackWorkbook.read(f, f.getFileName().toString(), Map.of(packs.get(0).id(), packs.get(0),
                packs.get(1).id(), packs.get(1)), P5);
    }

    private static String refusal(ForecastPackWorkbook.ReturnRead r) {
        assertThat(r.returned()).as("refused").isEmpty();
        assertThat(r.problems()).isNotEmpty();
        return r.problems().get(0).toString();
    }

    @Test
    void onlyTheForecastAndCommentCellsAreUnlockedTheSheetIsProtectedAndForecastsTakeNumbersOnly() throws IOException {
        Pack a = packs(P5).get(0);
        Path f = write(a, "A.xlsx");
        try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet(ForecastPackWorkbook.SHEET);
            assertThat(s.getProtect()).isTrue();
            assertThat(wb.isStructureLocked()).isTrue();
            XSSFSheet meta = wb.getSheet(ForecastPackWorkbook.META_SHEET);
            assertThat(wb.getSheetVisibility(wb.getSheetIndex(meta))).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(meta.getProtect()).isTrue();
            for (int r = 0; r <= 5 + a.lines().size(); r++) {
                var row = s.getRow(r);
                for (int c = 0; row != null && c < ForecastPackWorkbook.HEADINGS.size(); c++) {
                    var cell = row.getCell(c);
                    boolean input = r >= 5 && r < 5 + a.lines().size() && c >= ForecastPackWorkbook.FORECAST_COL;
                    if (cell != null) {
                        assertThat(cell.getCellStyle().getLocked()).as("row %d col %d locked", r + 1, c + 1).isEqualTo(!input);
                    } else {
                        assertThat(input).as("an input cell exists at row %d col %d", r + 1, c + 1).isFalse();
                    }
                }
            }
            List<? extends DataValidation> v = s.getDataValidations();
            assertThat(v).hasSize(1);
            assertThat(v.get(0).getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.DECIMAL);
            assertThat(v.get(0).getShowErrorBox()).isTrue();
            assertThat(v.get(0).getRegions().getCellRangeAddresses()[0].formatAsString()).isEqualTo("H6:H7");
            assertThat(s.getRow(7).getCell(2).getCellFormula()).isEqualTo("SUM(C6:C7)");
            assertThat(s.getRow(7).getCell(7).getCellFormula()).isEqualTo("SUM(H6:H7)");
        }
    }

    @Test
    void aReturnGivesTheHoldersForecastsWithTheirCellsAndBlanksAsBlanks() throws IOException {
        List<Pack> packs = packs(P5);
        Path f = edited(write(packs.get(0), "A0.xlsx"), "A.xlsx", wb -> {
            wb.getSheet("Forecast").getRow(5).getCell(7).setCellValue(125000.25);
            wb.getSheet("Forecast").getRow(5).getCell(8).setCellValue("agency cover to March");
        });
        ForecastPackWorkbook.ReturnRead r = read(f, packs);
        assertThat(r.problems()).isEmpty();
        Returns.Returned ret = r.returned().orElseThrow();
        assertThat(ret.packId()).isEqualTo("A");
        Returns.Entry e = ret.lines().get("Alpha / Staffing");
        assertThat(e.forecast()).contains(Gbp.pounds("125000.25"));
        assertThat(e.location()).isEqualTo("sheet Forecast, cell H6");
        assertThat(e.comment()).isEqualTo("agency cover to March");
        assertThat(ret.lines().get("Alpha / Premises").forecast()).isEmpty();
    }

    @Test
    void aChangedBudgetOrActualsIsRefusedAtItsCell() throws IOException {
        List<Pack> packs = packs(P5);
        Path f = edited(write(packs.get(0), "A0.xlsx"), "A.xlsx", wb -> wb.getSheet("Forecast").getRow(5).getCell(3).setCellValue(1));
        assertThat(refusal(read(f, packs))).isEqualTo("A.xlsx, sheet Forecast, cell D6: is £1.00 but the pack held £50,002.50: "
                + "the actuals to date is not the holder's to change");
    }

    @Test
    void aFormulaOrTextWhereANumberBelongsIsRefusedAndNeverEvaluated() throws IOException {
        List<Pack> packs = packs(P5);
        Path pack = write(packs.get(0), "A0.xlsx");
        Path formula = edited(pack, "F.xlsx", wb -> wb.getSheet("Forecast").getRow(6).getCell(7).setCellFormula("C7*2"));
        assertThat(refusal(read(formula, packs))).startsWith("F.xlsx, sheet Forecast, cell H7: holds a formula ('=C7*2')");
        Path text = edited(pack, "T.xlsx", wb -> wb.getSheet("Forecast").getRow(6).getCell(7).setCellValue("12k"));
        assertThat(refusal(read(text, packs))).startsWith("T.xlsx, sheet Forecast, cell H7: '12k' is not an amount");
        Path pence = edited(pack, "P.xlsx", wb -> wb.getSheet("Forecast").getRow(6).getCell(7).setCellValue(10.125));
        assertThat(refusal(read(pence, packs))).startsWith("P.xlsx, sheet Forecast, cell H7: '10.125' is not an amount in pounds");
    }

    @Test
    void aWorkbookThatIsNotThePackIsRefused() throws IOException {
        List<Pack> packs = packs(P5);
        Path pack = write(packs.get(0), "A0.xlsx");
        Path other = dir.resolve("other.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(other)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("hello");
            wb.write(out);
        }
        assertThat(refusal(read(other, packs))).contains("other.xlsx: not the pack: it has no sheet 'Pack'");
        Path moved = edited(pack, "M.xlsx", wb -> wb.getSheet("Forecast").getRow(5).getCell(0).setCellValue("Alpha / Transport"));
        assertThat(refusal(read(moved, packs))).startsWith("M.xlsx, sheet Forecast, cell A6: is 'Alpha / Transport' but the pack had"
                + " 'Alpha / Staffing' here");
        Path heading = edited(pack, "H.xlsx", wb -> wb.getSheet("Forecast").getRow(4).getCell(7).setCellValue("Forecast"));
        assertThat(refusal(read(heading, packs))).startsWith("H.xlsx, sheet Forecast, cell H5: is 'Forecast' but the pack's heading");
        Path checksum = edited(pack, "C.xlsx", wb -> wb.getSheet("Pack").getRow(8).getCell(1).setCellValue("0"));
        assertThat(refusal(read(checksum, packs))).startsWith("C.xlsx, sheet Pack, cell B9: the pack's checksum is not");
        Path late = write(packs(FiscalYear.parse("2024/25").period(4)).get(0), "A-P4.xlsx");
        assertThat(refusal(read(late, packs))).isEqualTo("A-P4.xlsx, sheet Pack, cell B6: is the pack of 2024/25 P4; this collect is"
                + " of 2024/25 P5");
        Path notZip = Files.writeString(dir.resolve("N.xlsx"), "line,holder\n");
        assertThat(refusal(read(notZip, packs))).isEqualTo("N.xlsx: is not an Excel workbook (.xlsx) that can be read: not a"
                + " ZIP archive; save it as an Excel workbook (.xlsx)");
    }

    @Test
    void macrosExternalLinksDataConnectionsAndZipBombsAreRefusedBeforeAnythingIsParsed() throws IOException {
        List<Pack> packs = packs(P5);
        Path pack = write(packs.get(0), "A0.xlsx");
        Path xlsm = Files.copy(pack, dir.resolve("A.xlsm"));
        assertThat(refusal(read(xlsm, packs))).startsWith("A.xlsm: a macro-enabled workbook (.xlsm) is refused");
        Path vba = withEntry(pack, "V.xlsx", "xl/vbaProject.bin", new byte[] {1, 2, 3});
        assertThat(refusal(read(vba, packs))).startsWith("V.xlsx, part xl/vbaProject.bin: a macro project");
        Path link = withEntry(pack, "L.xlsx", "xl/externalLinks/externalLink1.xml", "<externalLink/>".getBytes(StandardCharsets.UTF_8));
        assertThat(refusal(read(link, packs))).startsWith("L.xlsx, part xl/externalLinks/externalLink1.xml: an external link is"
                + " refused");
        Path conn = withEntry(pack, "D.xlsx", "xl/connections.xml", "<connections/>".getBytes(StandardCharsets.UTF_8));
        assertThat(refusal(read(conn, packs))).startsWith("D.xlsx, part xl/connections.xml: a data connection is refused");
        // 30 MB of spaces: a ZIP entry that expands about a thousand times
        byte[] spaces = new byte[30 * 1024 * 1024];
        java.util.Arrays.fill(spaces, (byte) ' ');
        Path bomb = bombed(pack, "B.xlsx", spaces);
        assertThat(Files.size(bomb)).as("packed").isLessThan(64 * 1024);
        assertThat(refusal(read(bomb, packs))).startsWith("B.xlsx, part xl/worksheets/sheet1.xml: expands from ")
                .contains("more than 100 times its packed size (a zip bomb?): it is not opened");
    }

    @Test
    void aZipBombWhoseDirectoryLiesIsRefusedByCountingTheBytesItExpandsTo() throws IOException {
        List<Pack> packs = packs(P5);
        Path pack = write(packs.get(0), "A0.xlsx");
        // 60 MiB of spaces, packed to about 60 KiB, declared in the ZIP's directory as 20,000 bytes
        Path lie = HostileZips.lyingBomb(pack, dir.resolve("Lie.xlsx"), "xl/worksheets/sheet1.xml", 60, 20_000);
        assertThat(refusal(read(lie, packs))).isEqualTo("Lie.xlsx, part xl/worksheets/sheet1.xml: expands past "
                + ForecastPackWorkbook.MAX_ENTRY_BYTES + " bytes, the most a part may (a zip bomb?): it is not opened; save"
                + " the workbook as a plain Excel workbook (.xlsx) with the figures typed in as values");
        Path big = HostileZips.lyingBomb(pack, dir.resolve("Big.xlsx"), "xl/worksheets/sheet1.xml", 0, 60 << 20);
        assertThat(refusal(read(big, packs))).startsWith("Big.xlsx, part xl/worksheets/sheet1.xml: declares that it expands"
                + " to 62914560 bytes; a part is at most 52428800 bytes (a zip bomb?)");
    }

    @Test
    void tooManyPartsBinaryPartsAndLinksToOutsideTheWorkbookAreRefused() throws IOException {
        List<Pack> packs = packs(P5);
        Path pack = write(packs.get(0), "A0.xlsx");
        Path many = HostileZips.manyParts(pack, dir.resolve("Many.xlsx"), 1000);
        assertThat(refusal(read(many, packs))).startsWith("Many.xlsx: has 10").contains("parts; a workbook read here has at"
                + " most 1000");
        Path ole = HostileZips.withEntry(pack, dir.resolve("O.xlsx"), "xl/embeddings/oleObject1.bin", new byte[16]);
        assertThat(refusal(read(ole, packs))).startsWith("O.xlsx, part xl/embeddings/oleObject1.bin: a binary part");
        Path linked = edited(pack, "W.xlsx", wb -> {
            org.apache.poi.ss.usermodel.Hyperlink h = wb.getCreationHelper()
                    .createHyperlink(org.apache.poi.common.usermodel.HyperlinkType.URL);
            h.setAddress("https://example.org/forecast");
            wb.getSheet("Forecast").getRow(5).getCell(8).setHyperlink(h);
        });
        assertThat(refusal(read(linked, packs))).isEqualTo("W.xlsx, part xl/worksheets/sheet1.xml: a link to outside the"
                + " workbook (https://example.org/forecast) is refused; it is never followed: remove the link and type the"
                + " figures in as values");
        Path big = dir.resolve("Huge.xlsx");
        Files.copy(pack, big);
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(ForecastPackWorkbook.MAX_BYTES + 1);
        }
        assertThat(refusal(read(big, packs))).startsWith("Huge.xlsx: is 20971521 bytes; a workbook read here is at most"
                + " 20971520 bytes");
    }

    @Test
    void readingAReturnLeavesPoisGlobalZipLimitsAsTheEmbeddingServiceSetThem() throws IOException {
        List<Pack> packs = packs(P5);
        Path pack = write(packs.get(0), "A0.xlsx");
        double ratio = org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio();
        long entry = org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize();
        try {
            org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.005);
            org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(300L << 20);
            assertThat(read(pack, packs).problems()).isEmpty();
            assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio()).isEqualTo(0.005);
            assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize()).isEqualTo(300L << 20);
        } finally {
            org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(ratio);
            org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(entry);
        }
    }

    /** A copy of the pack whose first sheet's XML is padded with whitespace before its root element. */
    private Path bombed(Path zip, String name, byte[] padding) throws IOException {
        Path f = dir.resolve(name);
        try (ZipFile z = new ZipFile(zip.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(f))) {
            Enumeration<? extends ZipEntry> en = z.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream in = z.getInputStream(e)) {
                    byte[] b = in.readAllBytes();
                    if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                        String x = new String(b, StandardCharsets.UTF_8);
                        int root = x.indexOf("<worksheet");
                        out.write(x.substring(0, root).getBytes(StandardCharsets.UTF_8));
                        out.write(padding);
                        out.write(x.substring(root).getBytes(StandardCharsets.UTF_8));
                    } else {
                        out.write(b);
                    }
                }
                out.closeEntry();
            }
        }
        return f;
    }
}
