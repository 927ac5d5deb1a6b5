package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team's own budget book through every command that uses one ({@code --book}), as a process: the same book in
 * YAML and in the workbook the tool writes gives the same tables; a bad cell exits 2 naming workbook, sheet and
 * cell and writes nothing; without {@code --book} the embedded dataset stays the default.
 */
class OwnBookIT {

    @TempDir
    Path dir;

    private static Path sample(String name) {
        return Path.of("data", name).toAbsolutePath();
    }

    @Test
    void theSameBookInYamlAndInTheWorkbookTheToolWritesPrintsTheSameTables() throws Exception {
        Path xlsx = dir.resolve("book.xlsx");
        Cli.Run w = Cli.run(dir, "export", "book", "--book", sample("own-budget.yaml").toString(), "--output", xlsx.toString());
        assertThat(w.exit()).as(w.err()).isZero();
        Cli.Run fromYaml = Cli.run(dir, "budget", "--book", sample("own-budget.yaml").toString(), "--format", "csv");
        Cli.Run fromXlsx = Cli.run(dir, "budget", "--book", xlsx.toString(), "--format", "csv");
        Cli.Run shipped = Cli.run(dir, "budget", "--book", sample("own-budget.xlsx").toString(), "--format", "csv");
        assertThat(fromYaml.exit()).as(fromYaml.err()).isZero();
        // the figures agree; only the title names the file
        assertThat(fromXlsx.out().replace("book.xlsx", "F")).isEqualTo(fromYaml.out().replace("own-budget.yaml", "F"));
        assertThat(shipped.out().replace("own-budget.xlsx", "F")).isEqualTo(fromYaml.out().replace("own-budget.yaml", "F"));
        // H 1,840 + 615.5 + 2,210 = 4,665.5, shown 4,666 at £000; gross 15,930.5; base budget 15,930.5 - 1,025 - 410
        assertThat(fromYaml.out()).contains("Housing Options").contains("4666").contains("15931").contains("14496")
                .doesNotContain("Resources Directorate");
    }

    @Test
    void aYearTheEmbeddedDatasetHasNotPointsAtBookAndABookOfThatYearWorks() throws Exception {
        Cli.Run none = Cli.run(dir, "budget", "--year", "2013/14");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("the embedded dataset has no budget for 2013/14").contains("--book FILE");
        Path mine = dir.resolve("mine.yaml");
        Files.writeString(mine, Files.readString(sample("own-budget.yaml")).replace("year: 2021/22", "year: 2013/14"));
        Cli.Run r = Cli.run(dir, "budget", "--year", "2013/14", "--book", mine.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Table 2: Recurrent operating costs (2013/14), mine.yaml");
        Cli.Run other = Cli.run(dir, "budget", "--year", "2020/21", "--book", mine.toString());
        assertThat(other.exit()).isEqualTo(2);
        assertThat(other.err().strip()).isEqualTo("wcf-finance: " + mine + ": holds no budget for 2020/21; it holds 2013/14");
    }

    @Test
    void planAssumptionsWorkOnTheGivenBook() throws Exception {
        Cli.Run r = Cli.run(dir, "plan", "--book", sample("own-budget.xlsx").toString(), "--assumptions",
                sample("own-plan.yaml").toString(), "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        // Waste: 5,875.75 + staffing 3,105 x 2.5% - 120 saving = 5,833.375 in 2022/23
        assertThat(r.out()).contains("Waste and Recycling").contains("5833");
        Cli.Run alone = Cli.run(dir, "plan", "--book", sample("own-budget.xlsx").toString());
        assertThat(alone.exit()).isEqualTo(2);
        assertThat(alone.err()).contains("needs --assumptions FILE or --compare A B");
    }

    @Test
    void aBadCellExitsTwoNamingWorkbookSheetAndCellAndWritesNothing() throws Exception {
        Path bad = dir.resolve("budget.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(sample("own-budget.xlsx")));
                OutputStream out = Files.newOutputStream(bad)) {
            Sheet s = wb.getSheet("Budget");
            s.getRow(13).getCell(5).setCellValue("12k");
            s.getRow(14).getCell(5).setCellFormula("F14*2");
            wb.write(out);
        }
        Path output = dir.resolve("out.csv");
        Cli.Run r = Cli.run(dir, "budget", "--book", bad.toString(), "--output", output.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ", sheet Budget, cell F14: '12k' is not an amount")
                .contains(bad + ", sheet Budget, cell F15: holds a formula (=F14*2)").doesNotContain("Exception");
        assertThat(output).doesNotExist();
        Cli.Run check = Cli.run(dir, "check", "--book", bad.toString());
        assertThat(check.exit()).isEqualTo(2);
        Cli.Run good = Cli.run(dir, "check", "--book", sample("own-budget.xlsx").toString());
        assertThat(good.exit()).as(good.err()).isZero();
        assertThat(good.out()).contains("4 services, 11 lines").contains("Council base budget").contains("PASS");
    }

    @Test
    void withoutBookTheEmbeddedDatasetStaysTheDefault() throws Exception {
        Cli.Run r = Cli.run(dir, "budget");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Table 2: Recurrent operating costs WCF (2020/21)").contains("Resources Directorate");
    }

    /**
     * Another organisation's book is labelled with the names it declares, or neutrally when it declares none, in
     * every command that prints its tables; {@code export book} writes the names back. WCF's names stay on the
     * embedded dataset's tables only.
     */
    @Test
    void anotherOrganisationsBookIsLabelledWithItsOwnNamesNeverWcfs() throws Exception {
        String own = Files.readString(sample("own-budget.yaml"));
        Path named = dir.resolve("named.yaml");
        Files.writeString(named, own.replace("unit: thousands\n", "unit: thousands\norganisation: Hartwell Homes\ncommissioner: HDC\n"));
        for (String format : java.util.List.of("text", "csv", "markdown")) {
            Cli.Run plain = Cli.run(dir, "budget", "--book", sample("own-budget.yaml").toString(), "--format", format);
            assertThat(plain.exit()).as(plain.err()).isZero();
            assertThat(plain.out()).as(format).contains("Gross Contract Sum").doesNotContain("WCC").doesNotContain("WCF");
            Cli.Run r = Cli.run(dir, "budget", "--book", named.toString(), "--format", format);
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).as(format).contains("HDC Gross Contract Sum").contains("Non-HDC Sales, Fees and Charges")
                    .doesNotContain("WCC").doesNotContain("WCF");
        }
        Cli.Run check = Cli.run(dir, "check", "--book", named.toString());
        assertThat(check.out() + check.err()).doesNotContain("WCC Gross").doesNotContain("Non-WCC");
        Path xlsx = dir.resolve("named.xlsx");
        Cli.Run w = Cli.run(dir, "export", "book", "--book", named.toString(), "--output", xlsx.toString());
        assertThat(w.exit()).as(w.err()).isZero();
        Cli.Run back = Cli.run(dir, "export", "book", "--book", xlsx.toString(), "--output", dir.resolve("back.yaml").toString());
        assertThat(back.exit()).as(back.err()).isZero();
        assertThat(Files.readString(dir.resolve("back.yaml"))).contains("organisation: Hartwell Homes\n").contains("commissioner: HDC\n");
        Cli.Run wcf = Cli.run(dir, "budget", "--format", "csv");
        assertThat(wcf.out()).contains("WCC Gross Contract Sum").contains("Non-WCC Sales, Fees and Charges");
    }
}
