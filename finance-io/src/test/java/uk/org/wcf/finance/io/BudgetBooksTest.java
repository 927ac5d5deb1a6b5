package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.budget.BudgetStatus;
import uk.org.wcf.finance.data.WcfData;
import uk.org.wcf.finance.io.internal.tree.TreeNode;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * A budget book from the user's own file, in any of the four formats, by ending; a workbook is untrusted and each
 * problem names workbook, sheet and cell.
 */
class BudgetBooksTest {

    @TempDir
    Path dir;

    private static final FiscalYear Y2020 = FiscalYear.parse("2020/21");

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Path xlsx(String name, XSSFWorkbook wb) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(p); wb) {
            wb.write(out);
        }
        return p;
    }

    @Test
    void everyFormatReadsBackTheSameBook() throws IOException {
        BudgetBook wcf = WcfData.budgetBook(Y2020);
        Path yaml = write("b.yaml", BudgetBookFile.write(wcf, StructuredFormat.YAML));
        Path json = write("b.json", BudgetBookFile.write(wcf, StructuredFormat.JSON));
        Path csv = write("b.csv", BudgetBookCsv.writeLines(List.of(wcf)));
        Path x = dir.resolve("b.xlsx");
        try (OutputStream out = Files.newOutputStream(x)) {
            BudgetBookXlsx.write(wcf, out);
        }
        for (Path p : List.of(yaml, json, csv, x)) {
            BudgetBook back = BudgetBooks.read(p).orThrow();
            assertThat(back).as(p.toString()).isEqualTo(wcf);
            assertThat(BudgetBooks.read(p, Y2020).orThrow()).isEqualTo(wcf);
        }
    }

    @Test
    void aYearTheFileDoesNotHoldIsNamedWithTheYearsItHolds() throws IOException {
        Path yaml = write("b.yaml", BudgetBookFile.write(WcfData.budgetBook(Y2020), StructuredFormat.YAML));
        assertThat(BudgetBooks.read(yaml, FiscalYear.parse("2013/14")).problems()).extracting(Problem::toString)
                .containsExactly(yaml + ": holds no budget for 2013/14; it holds 2020/21");
    }

    @Test
    void aCsvOfTwoYearsNeedsAYear() throws IOException {
        Path csv = write("b.csv", BudgetBookCsv.writeLines(WcfData.budgetBooks()));
        assertThat(BudgetBooks.read(csv).problems()).extracting(Problem::toString)
                .containsExactly(csv + ": holds the budgets of 2019/20, 2020/21; say which year with --year");
        BudgetBook b = BudgetBooks.read(csv, FiscalYear.parse("2019/20")).orThrow();
        // a lines file alone: the year is a full agreed year
        assertThat(b.span()).isEqualTo(FiscalYear.parse("2019/20").months());
        assertThat(b.grossExpenditure()).isEqualTo(WcfData.contract2019().grossExpenditure());
    }

    @Test
    void anUnknownEndingIsRefusedNamingTheFormats() throws IOException {
        Path t = write("b.txt", "x");
        assertThatThrownBy(() -> BudgetBooks.readAll(t)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(".yaml, .yml, .json, .csv or .xlsx");
    }

    /** A workbook as a finance team would type it: a title block, £000, names of groups, blank rows. */
    private static XSSFWorkbook teamWorkbook() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Budget");
        cells(s.createRow(0), "Year", "2021/22");
        cells(s.createRow(1), "Unit:", "£000");
        cells(s.createRow(2), "Status", "indicative");
        cells(s.createRow(4), "Service ref", "Service", "Subjective group", "Amount", "Directorate");
        Row r = s.createRow(5);
        cells(r, "H1", "Housing Options", "Staffing");
        r.createCell(3).setCellValue(1234.5);
        r.createCell(4).setCellValue("Housing");
        r = s.createRow(6);
        cells(r, "H1", "Housing Options", "Other non-staffing", "1,000", "Housing");
        r = s.createRow(8);
        cells(r, "P2", "Parks", "premises", "(0)");
        Sheet f = wb.createSheet("Funding");
        cells(f.createRow(0), "Kind", "Source", "Name", "Amount");
        cells(f.createRow(1), "income outside contract", "", "Rents", "200");
        cells(f.createRow(2), "pass-through", "other_grants", "", "100.25");
        wb.createSheet("Notes").createRow(0).createCell(0).setCellFormula("1+1");
        return wb;
    }

    private static void cells(Row r, String... values) {
        for (int i = 0; i < values.length; i++) {
            r.createCell(i).setCellValue(values[i]);
        }
    }

    @Test
    void readsAWorkbookAsAFinanceTeamKeepsIt() throws IOException {
        Path p = xlsx("team.xlsx", teamWorkbook());
        BudgetBook b = BudgetBooks.read(p).orThrow();
        assertThat(b.year()).isEqualTo(FiscalYear.parse("2021/22"));
        assertThat(b.status()).isEqualTo(BudgetStatus.INDICATIVE);
        assertThat(b.grossExpenditure()).isEqualTo(Gbp.pounds("2234500"));
        assertThat(b.services()).extracting(s -> s.directorate().name()).containsExactly("Housing", "Parks");
        assertThat(b.incomeOutsideContractTotal()).isEqualTo(Gbp.thousands(200));
        assertThat(b.passThroughTotal()).isEqualTo(Gbp.pounds("100250"));
    }

    @Test
    void eachBadCellIsNamedByWorkbookSheetAndCell() throws IOException {
        XSSFWorkbook wb = teamWorkbook();
        Sheet s = wb.getSheet("Budget");
        s.getRow(5).getCell(3).setCellValue("12k");
        s.getRow(6).createCell(3).setCellFormula("D6*2");
        s.getRow(8).getCell(2).setCellValue("salaries");
        cells(s.createRow(9), "P2", "Parks", "premises", "");
        cells(s.createRow(10), "P2", "Parks", "premises", "-4");
        wb.getSheet("Funding").getRow(1).getCell(0).setCellValue("grant");
        Path p = xlsx("budget.xlsx", wb);
        assertThat(BudgetBooks.read(p).problems()).extracting(Problem::toString).containsExactly(
                p + ", sheet Budget, cell D6: '12k' is not an amount; write it as 1234.56, 1,234.56, -975 or (975)",
                p + ", sheet Budget, cell D7: holds a formula (=D6*2); formulas are not evaluated and their saved "
                        + "results are not read: type the value",
                p + ", sheet Budget, cell C9: subjective group 'salaries' is unknown; it is one of staffing, premises, "
                        + "transport, other_non_staffing, not_analysed",
                p + ", sheet Budget, cell D10: the amount is empty; every line has one",
                p + ", sheet Budget, cell D11: the amount is -4000.00: a budget line may not be negative",
                p + ", sheet Funding, cell A2: kind is 'grant': it is income outside contract or pass-through");
    }

    @Test
    void theUnitMustBeDeclared() throws IOException {
        XSSFWorkbook wb = teamWorkbook();
        wb.getSheet("Budget").getRow(1).getCell(1).setCellValue("millions");
        Path p = xlsx("u.xlsx", wb);
        assertThat(BudgetBooks.read(p).problems()).extracting(Problem::toString)
                .containsExactly(p + ", sheet Budget, cell B2: unit is 'millions': it is £000 or pounds");
        XSSFWorkbook none = teamWorkbook();
        none.getSheet("Budget").removeRow(none.getSheet("Budget").getRow(1));
        Path q = xlsx("n.xlsx", none);
        assertThat(BudgetBooks.read(q).problems()).extracting(Problem::toString).containsExactly(q
                + ", sheet Budget, cell A1: no Unit declared: put 'Unit' in column A and £000 or pounds in column B, "
                + "above the lines");
    }

    @Test
    void aWorkbookWithoutTheBudgetSheetIsNamed() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("Sheet1");
        Path p = xlsx("s.xlsx", wb);
        assertThat(BudgetBooks.read(p).problems()).extracting(Problem::toString).containsExactly(p
                + ": has no sheet Budget (its sheets are [Sheet1]); the budget lines go on a sheet named Budget");
    }

    @Test
    void macroEnabledWorkbooksAreRefusedByEndingAndByContent() throws IOException {
        Path m = xlsx("book.xlsm", teamWorkbook());
        assertThatThrownBy(() -> BudgetBooks.readAll(m)).isInstanceOf(InvalidInputException.class)
                .hasMessage(m + ": a macro-enabled workbook is refused; save it as an Excel workbook (.xlsx)");
        // content: a .xlsx holding a VBA project part
        Path plain = xlsx("plain.xlsx", teamWorkbook());
        Path vba = rezip(plain, "vba.xlsx", "xl/vbaProject.bin", "application/vnd.ms-office.vbaProject");
        assertThatThrownBy(() -> BudgetBooks.readAll(vba)).isInstanceOf(InvalidInputException.class)
                .hasMessage(vba + ", part xl/vbaProject.bin: a macro project (VBA) is refused; it is never opened or run: "
                        + "save the workbook as a plain Excel workbook (.xlsx) with the figures typed in as values, without"
                        + " macros");
    }

    @Test
    void externalLinksAndDataConnectionsAreRefusedNeverFollowed() throws IOException {
        Path plain = xlsx("plain.xlsx", teamWorkbook());
        Path link = rezip(plain, "link.xlsx", "xl/externalLinks/externalLink1.xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml");
        assertThatThrownBy(() -> BudgetBooks.readAll(link)).isInstanceOf(InvalidInputException.class)
                .hasMessage(link + ", part xl/externalLinks/externalLink1.xml: an external link is refused (it is never"
                        + " followed): type the figures in, do not link them to another workbook");
        Path conn = rezip(plain, "conn.xlsx", "xl/connections.xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml");
        assertThatThrownBy(() -> BudgetBooks.readAll(conn)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(conn + ", part xl/connections.xml: a data connection is refused (it is never"
                        + " refreshed)");
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        Path plain = xlsx("plain.xlsx", teamWorkbook());
        // the Budget sheet padded with 20 MiB of spaces packs to about 20 KiB: far past the inflate ratio
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                byte[] b = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(b, StandardCharsets.UTF_8);
                    int at = xml.indexOf("?>") + 2;
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 20; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(b);
                }
                out.closeEntry();
            }
        }
        assertThat(Files.size(bomb)).as("packed").isLessThan(64 * 1024);
        assertThatThrownBy(() -> BudgetBooks.readAll(bomb)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(bomb + ", part xl/worksheets/sheet1.xml: expands from ")
                .hasMessageContaining("more than 100 times its packed size (a zip bomb?): it is not opened");
    }

    @Test
    void aZipBombWhoseDirectoryLiesIsRefusedByCountingTheBytesItExpandsTo() throws IOException {
        Path plain = xlsx("plain.xlsx", teamWorkbook());
        // 110 MiB of spaces, packed to about 110 KiB, declared in the ZIP's directory as 20,000 bytes
        Path lie = HostileZips.lyingBomb(plain, dir.resolve("lie.xlsx"), "xl/worksheets/sheet1.xml", 110, 20_000);
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(lie.toFile())) {
            assertThat(z.getEntry("xl/worksheets/sheet1.xml").getSize()).as("declared").isEqualTo(20_000);
        }
        assertThatThrownBy(() -> BudgetBooks.readAll(lie)).isInstanceOf(InvalidInputException.class)
                .hasMessage(lie + ", part xl/worksheets/sheet1.xml: expands past 104857600 bytes, the most a part may"
                        + " (a zip bomb?): it is not opened; save the workbook as a plain Excel workbook (.xlsx) with the"
                        + " figures typed in as values");
        // and one that declares more than the limit is refused from the directory alone
        Path big = HostileZips.lyingBomb(plain, dir.resolve("big.xlsx"), "xl/worksheets/sheet1.xml", 0, 200 << 20);
        assertThatThrownBy(() -> BudgetBooks.readAll(big)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(big + ", part xl/worksheets/sheet1.xml: declares that it expands to 209715200"
                        + " bytes; a part is at most 104857600 bytes (a zip bomb?)");
    }

    @Test
    void tooManyPartsAndBinaryPartsAreRefusedFromTheZipDirectory() throws IOException {
        Path plain = xlsx("plain.xlsx", teamWorkbook());
        Path many = HostileZips.manyParts(plain, dir.resolve("many.xlsx"), 1000);
        assertThatThrownBy(() -> BudgetBooks.readAll(many)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(many + ": has 10");
        Path activeX = HostileZips.withEntry(plain, dir.resolve("ax.xlsx"), "xl/activeX/activeX1.bin", new byte[16]);
        assertThatThrownBy(() -> BudgetBooks.readAll(activeX)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(activeX + ", part xl/activeX/activeX1.bin: a binary part (a macro project, an"
                        + " ActiveX control or an embedded object) is refused");
        // the printer settings Excel saves beside a sheet are never read, and do not stop a book being read
        Path printer = rezip(plain, "printer.xlsx", "xl/printerSettings/printerSettings1.bin",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings");
        assertThat(BudgetBooks.readAll(printer).problems()).isEmpty();
    }

    @Test
    void aLinkToOutsideTheWorkbookIsRefusedNeverFollowed() throws IOException {
        XSSFWorkbook wb = teamWorkbook();
        org.apache.poi.ss.usermodel.Hyperlink h = wb.getCreationHelper()
                .createHyperlink(org.apache.poi.common.usermodel.HyperlinkType.URL);
        h.setAddress("https://example.org/budget");
        wb.getSheet("Budget").getRow(0).getCell(0).setHyperlink(h);
        Path p = xlsx("linked.xlsx", wb);
        assertThatThrownBy(() -> BudgetBooks.readAll(p)).isInstanceOf(InvalidInputException.class)
                .hasMessage(p + ", part xl/worksheets/sheet1.xml: a link to outside the workbook (https://example.org/"
                        + "budget) is refused; it is never followed: remove the link and type the figures in as values");
    }

    @Test
    void readingABookLeavesPoisGlobalZipLimitsAsTheEmbeddingServiceSetThem() throws IOException {
        Path plain = xlsx("plain.xlsx", teamWorkbook());
        double ratio = org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio();
        long entry = org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize();
        try {
            org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.005);
            org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(300L << 20);
            assertThat(BudgetBooks.readAll(plain).problems()).isEmpty();
            assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio()).isEqualTo(0.005);
            assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize()).isEqualTo(300L << 20);
        } finally {
            org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(ratio);
            org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(entry);
        }
    }

    @Test
    void aFileThatIsNotAWorkbookIsNamed() throws IOException {
        Path p = write("b.xlsx", "year,kind\n");
        assertThatThrownBy(() -> BudgetBooks.readAll(p)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(p + ": is not an Excel workbook (.xlsx) that can be read");
    }

    /** A copy of a workbook with one more part (16 zero bytes) declared with a content type. */
    private Path rezip(Path from, String name, String part, String contentType) throws IOException {
        Path to = dir.resolve(name);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                byte[] b = in.readAllBytes();
                if (e.getName().equals("[Content_Types].xml")) {
                    b = new String(b, StandardCharsets.UTF_8).replace("</Types>", "<Override PartName=\"/" + part
                            + "\" ContentType=\"" + contentType + "\"/></Types>").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(b);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(part));
            out.write(new byte[16]);
            out.closeEntry();
        }
        return to;
    }

    @Test
    void optionalIsEmptyWhenThereAreProblems() throws IOException {
        Path yaml = write("bad.yaml", "schemaVersion: 1\nyear: 2020/21\nunit: pounds\nlines: 3\n");
        ReadResult<BudgetBook> r = BudgetBooks.read(yaml);
        assertThat(r.value()).isEmpty();
        assertThat(r.problems()).isNotEmpty();
    }
}
