package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code s251 check}, {@code benchmark} and {@code statement}, run as a process, on DfE's real 2012-13 file. */
class S251IT {

    static final Path FILE = Path.of(System.getProperty("wcf.shared", "../../shared"), "s251", "outturn_1213.csv")
            .toAbsolutePath();

    @TempDir
    Path dir;

    static void needShared() {
        assumeTrue(Files.exists(FILE), "the shared s251 data is not beside the project (" + FILE + "); CI has it");
    }

    @Test
    void checkFindsOnlyRoundingInTheSourceAndExitsZero() throws Exception {
        needShared();
        Cli.Run r = Cli.run(dir, "s251", "check", FILE.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("s251 outturn 2012/13 (year from the file name; windows-1252): 152 councils\n")
                .contains("Checked 5,320 rows of 152 councils")
                .contains("15 differences: 15 rounding in the source (under £1), 0 errors")
                .contains("210 Southwark, line 32 CHILDREN AND YOUNG PEOPLE'S SERVICES BUDGET (Including CERA), net"
                        + " (NetCurrentExpenditure): computed 152,913,676.86, published 152,913,676.90, difference 0.04:"
                        + " rounding in the source");
        Cli.Run csv = Cli.run(dir, "s251", "check", FILE.toString(), "--format", "csv");
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("# s251 outturn 2012/13, outturn_1213.csv");
        // the columns in its order, then the measure: grand-total rows of one council and line differ in it
        assertThat(lines.get(1)).isEqualTo("la,line,rule,computed,published,difference,kind,measure");
        assertThat(lines.subList(2, lines.size())).hasSize(15).allMatch(l -> l.contains(",rounding,"));
        assertThat(lines.stream().filter(l -> l.contains(",net,"))).hasSize(8)
                .allMatch(l -> l.endsWith(",rounding,NetCurrentExpenditure"));
        assertThat(lines).contains("210,32,net,152913676.86,152913676.90,0.04,rounding,NetCurrentExpenditure");
        List<String> grand = lines.stream().filter(l -> l.contains(",grand_total,")).toList();
        assertThat(grand).hasSize(7);
        assertThat(grand.stream().map(l -> l.substring(0, l.indexOf(",grand_total,"))).distinct().count())
                .as("la and line alone do not tell the grand-total rows apart").isLessThan(7);
        assertThat(grand.stream().distinct().count()).isEqualTo(7);
        Cli.Run one = Cli.run(dir, "s251", "check", FILE.toString(), "--la", "885", "--format", "csv");
        assertThat(one.exit()).isZero();
        assertThat(one.out().lines()).hasSize(2);
    }

    @Test
    void anErrorInAFigureExitsOneAndAFileThatCannotBeReadExitsTwo() throws Exception {
        needShared();
        Charset cp1252 = Charset.forName("windows-1252");
        String text = new String(Files.readAllBytes(FILE), cp1252);
        String bad = text.replace("885,Worcestershire,15,15 Total Children Looked After,CHILDREN LOOKED AFTER,16199432,",
                "885,Worcestershire,15,15 Total Children Looked After,CHILDREN LOOKED AFTER,16199433,");
        assertThat(bad).isNotEqualTo(text);
        Files.write(dir.resolve("outturn_1213.csv"), bad.getBytes(cp1252));
        Cli.Run r = Cli.run(dir, "s251", "check", "outturn_1213.csv", "--la", "885", "--format", "csv");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines().skip(2)).containsExactly(
                "885,15,total,30284974.00,30284973.00,-1.00,error,TotalExpenditure",
                "885,15,section,16199432.00,16199433.00,1.00,error,OwnProvision");
        Cli.Run missing = Cli.run(dir, "s251", "check", "nothere_1213.csv");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("wcf-finance: nothere_1213.csv: no such file");
        Files.writeString(dir.resolve("x.csv"), "LA,LA Name\n");
        Cli.Run noYear = Cli.run(dir, "s251", "check", "x.csv");
        assertThat(noYear.exit()).isEqualTo(2);
        assertThat(noYear.err()).startsWith("wcf-finance: x.csv, line 1: the header has no column 'LineNumber'");
        assertThat(noYear.out()).isEmpty();
    }

    @Test
    void benchmarkRanksWorcestershireThirtiethAmongAllAndWithinAGroupAndPerHead() throws Exception {
        needShared();
        Files.writeString(dir.resolve("neighbours.csv"), "la\n916\n860\n855\n");
        Files.writeString(dir.resolve("population.csv"), "la,population_0_17\n885,115000\n916,130000\n860,170000\n855,155000\n");
        Cli.Run r = Cli.run(dir, "s251", "benchmark", FILE.toString(), "--la", "885", "--line", "15", "--group",
                "neighbours.csv", "--population", "population.csv", "--format", "csv", "--chart", "cla.png");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("# s251 outturn 2012/13, outturn_1213.csv; rows: all councils, all councils"
                + " per head, group neighbours.csv, group neighbours.csv per head");
        assertThat(lines.get(1)).isEqualTo("la,line,measure,value,rank,councils,median,lower_quartile,upper_quartile");
        assertThat(lines.get(2)).isEqualTo("885,Total Children Looked After,TotalExpenditure,30284973.00,30,152,19250091.00,"
                + "13039359.75,27314148.38");
        assertThat(lines.get(3)).startsWith("885,Total Children Looked After,TotalExpenditure per head 0-17,263.35,")
                .contains(",4,");
        assertThat(lines.get(4)).startsWith("885,Total Children Looked After,TotalExpenditure,30284973.00,").contains(",4,");
        assertThat(lines).hasSize(6);
        assertThat(new String(Files.readAllBytes(dir.resolve("cla.png")), 1, 3, StandardCharsets.ISO_8859_1)).isEqualTo("PNG");
        Cli.Run text = Cli.run(dir, "s251", "benchmark", FILE.toString(), "--la", "885", "--line",
                "Total Children Looked After");
        assertThat(text.out()).contains("885 Worcestershire: line 15 Total Children Looked After, TotalExpenditure, 2012/13"
                + " outturn").containsPattern("all councils\\s+TotalExpenditure\\s+30,284,973.00\\s+30\\s+152\\s+19,250,091.00");
    }

    @Test
    void aBlankStaysNotApplicableInTheBenchmark() throws Exception {
        needShared();
        Cli.Run r = Cli.run(dir, "s251", "benchmark", FILE.toString(), "--la", "885", "--line", "30", "--measure",
                "OwnProvision", "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().toList().get(2)).isEqualTo("885,Youth Justice,OwnProvision,,,0,,,");
        Cli.Run t = Cli.run(dir, "s251", "benchmark", FILE.toString(), "--la", "885", "--line", "30", "--measure",
                "OwnProvision");
        assertThat(t.out()).contains("n/a: Worcestershire has no OwnProvision on line 30 (a blank in the file: not applicable)");
        Cli.Run unknown = Cli.run(dir, "s251", "benchmark", FILE.toString(), "--la", "999", "--line", "15");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("wcf-finance: council code (LA) is '999': no council in the 2012/13"
                + " outturn has it (152 councils)");
    }

    @Test
    void statementFromABudgetBookKeepsEveryRuleAndReadsBack() throws Exception {
        Files.writeString(dir.resolve("book.yaml"), """
                schemaVersion: 1
                year: 2012/13
                firstMonth: 2012-04
                lastMonth: 2013-03
                status: agreed
                unit: pounds
                services:
                - ref: F
                  name: Fostering
                  directorate: Social Care
                  directorateCode: social_care
                - ref: Y
                  name: Youth Offending
                  directorate: Youth
                  directorateCode: youth
                lines:
                - service: F
                  group: staffing
                  amount: 1000000.00
                - service: F
                  group: other_non_staffing
                  amount: 250000.50
                - service: Y
                  group: staffing
                  amount: 400000.00
                incomeOutsideContract:
                - name: Fees
                  amount: 20000.00
                passThrough: []
                """);
        Files.writeString(dir.resolve("map.csv"), """
                book_line,s251_line,measure
                Fostering / Staffing,Fostering services,
                Fostering / Other Non Staffing,6,PrivateProvision
                Youth Offending,30,
                Fees,6,
                """);
        Cli.Run r = Cli.run(dir, "s251", "statement", "--book", "book.yaml", "--mapping", "map.csv", "--year", "2012/13");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("# s251 budget 2012/13\nLA,LA Name,LineNumber,CYPServiceDescription,ReportGroup,")
                .contains("\n885,Worcestershire,6,6 Fostering services,CHILDREN LOOKED AFTER,1000000,250000.50,0,0,"
                        + "1250000.50,20000,1230000.50,0,0,1230000.50\n")
                .contains("\n885,Worcestershire,15,15 Total Children Looked After,CHILDREN LOOKED AFTER,1000000,250000.50,0,0,"
                        + "1250000.50,20000,1230000.50,0,0,1230000.50\n")
                .contains("\n885,Worcestershire,30,30 Youth Justice,YOUTH JUSTICE,,,,,400000,0,400000,,,\n")
                .contains(",33,33 CHILDREN AND YOUNG PEOPLE'S SERVICES BUDGET (excluding CERA),CHILDREN AND YOUNG PEOPLE'S"
                        + " SERVICES,,,,,1650000.50,20000,1630000.50,,,\n");
        Cli.Run csv = Cli.run(dir, "s251", "statement", "--book", "book.yaml", "--mapping", "map.csv", "--year", "2012/13",
                "--output", "s251.csv");
        assertThat(csv.exit()).as(csv.err()).isZero();
        Cli.Run back = Cli.run(dir, "s251", "check", "s251.csv");
        assertThat(back.exit()).as(back.err()).isZero();
        assertThat(back.out()).startsWith("s251 budget 2012/13 (year from the file's comment; UTF-8): 1 council")
                .contains("0 differences");
        Cli.Run xlsx = Cli.run(dir, "s251", "statement", "--book", "book.yaml", "--mapping", "map.csv", "--year", "2012/13",
                "--output", "s251.xlsx");
        assertThat(xlsx.exit()).as(xlsx.err()).isZero();
        assertThat(new String(Files.readAllBytes(dir.resolve("s251.xlsx")), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        // opened as a user opens it: the year in the sheet's name, totals as formulas that give the statement's
        // figures, a measure not applicable a blank cell (row n is line n; TotalExpenditure is column J)
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(dir.resolve("s251.xlsx").toFile())) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("s251 budget 2012-13");
            var ev = wb.getCreationHelper().createFormulaEvaluator();
            assertThat(sheet.getRow(6).getCell(9).getCellFormula()).isEqualTo("SUM(F7:I7)");
            assertThat(sheet.getRow(15).getCell(9).getCellFormula()).isEqualTo("J6+J7+J8+J9+J10+J11+J12+J13+J14+J15");
            assertThat(ev.evaluate(sheet.getRow(15).getCell(9)).getNumberValue()).isEqualTo(1250000.50);
            assertThat(ev.evaluate(sheet.getRow(33).getCell(9)).getNumberValue()).isEqualTo(1650000.50);
            assertThat(sheet.getRow(30).getCell(5)).as("Youth Justice has no OwnProvision: a blank cell").isNull();
            assertThat(sheet.getRow(30).getCell(9).getNumericCellValue()).isEqualTo(400000.0);
        }
        Cli.Run wrongYear = Cli.run(dir, "s251", "statement", "--book", "book.yaml", "--mapping", "map.csv", "--year",
                "2013/14");
        assertThat(wrongYear.exit()).isEqualTo(2);
        Files.writeString(dir.resolve("short.csv"), "book_line,s251_line\nFostering,6\n");
        Cli.Run unmapped = Cli.run(dir, "s251", "statement", "--book", "book.yaml", "--mapping", "short.csv", "--year",
                "2012/13", "--output", "s251.csv");
        assertThat(unmapped.exit()).isEqualTo(2);
        assertThat(unmapped.err()).contains("Youth Offending").contains("Fees");
        assertThat(unmapped.out()).isEmpty();
        assertThat(Files.readString(dir.resolve("s251.csv"))).as("the earlier output is intact").contains("1250000.50");
    }

    @Test
    void anOutturnStatementFromTheYearsLedger() throws Exception {
        Files.writeString(dir.resolve("gl.csv"), "date,cost_centre,subjective,amount\n2012-04-14,CC1,E1,\"12,500.00\"\n"
                + "2013-03-02,CC1,E1,500.25\n2012-06-30,CC2,I1,(300.00)\n");
        Files.writeString(dir.resolve("glmap.csv"), "cost_centre,code,line\nCC1,*,Fostering\nCC2,*,Fees\n");
        Files.writeString(dir.resolve("map.csv"), "book_line,s251_line,measure\nFostering,6,\nFees,6,Income\n");
        Cli.Run r = Cli.run(dir, "s251", "statement", "--ledger", "gl.csv", "--ledger-mapping", "glmap.csv", "--mapping",
                "map.csv", "--year", "2012/13");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("# s251 outturn 2012/13\n")
                .contains("\n885,Worcestershire,6,6 Fostering services,CHILDREN LOOKED AFTER,13000.25,0,0,0,13000.25,300,"
                        + "12700.25,0,0,12700.25\n");
        Cli.Run both = Cli.run(dir, "s251", "statement", "--ledger", "gl.csv", "--mapping", "map.csv", "--year", "2012/13");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("--ledger and --ledger-mapping go together");
    }

    @Test
    void linesShowsAYearsCatalogueAndEveryLineMatchedToAnotherYearsWithHowItWasMatched() throws Exception {
        Cli.Run r = Cli.run(dir, "s251", "lines", "--year", "2012/13", "--match", "2013/14");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("s251 lines 2012/13 matched to 2013/14 (built in, from DfE's published 2012/13"
                + " outturn file)\n35 lines: 3 by number and description, 25 by description (25 moved), 7 by similar"
                + " description (7 moved), 0 not matched\n")
                .contains("  15  Total Children Looked After\n      -> 2013/14 line 16 Total Children Looked After"
                        + " (moved; by description)\n")
                .contains("   1  Spend by individual Sure Start Children's Centres\n      -> 2013/14 line 1 Spend by"
                        + " individual Sure Start Children's Centres (by number and description)\n")
                .contains("   3  Other early years funding\n      -> 2013/14 line 4 Other early years expenditure"
                        + " (moved; by similar description)\n")
                .endsWith("1 line of 2013/14 matched by no line of 2012/13:\n   3  Spend on local authority management"
                        + " costs relating to sure Start Children's Centres\n");
        Cli.Run csv = Cli.run(dir, "s251", "lines", "--year", "2012-13", "--match", "2013/14", "--format", "csv");
        List<String> rows = csv.out().lines().toList();
        assertThat(rows.get(0)).startsWith("# s251 lines 2012/13 matched to 2013/14");
        assertThat(rows.get(1)).isEqualTo("from_year,from_line,from_description,to_year,to_line,to_description,matched_by,"
                + "moved");
        assertThat(rows).hasSize(2 + 35 + 1)
                .contains("2012/13,15,Total Children Looked After,2013/14,16,Total Children Looked After,description,true")
                .contains("2012/13,33,CHILDREN AND YOUNG PEOPLE'S SERVICES BUDGET (excluding CERA),2013/14,33,CHILDREN"
                        + " AND YOUNG PEOPLE'S SERVICES BUDGET (excluding CERA),number_and_description,false");
        assertThat(rows.get(rows.size() - 1)).isEqualTo("2012/13,,,2013/14,3,Spend on local authority management costs"
                + " relating to sure Start Children's Centres,none,");
        Cli.Run cat = Cli.run(dir, "s251", "lines", "--year", "2013/14", "--format", "csv");
        assertThat(cat.out().lines()).hasSize(2 + 36).contains("year,line,kind,parts,section,description,measures",
                "2013/14,16,section_total,6 7 8 9 10 11 12 13 14 15,Children Looked After,Total Children Looked After,all",
                "2013/14,31,item,,Youth Justice,Youth Justice,TotalExpenditure Income NetCurrentExpenditure",
                "2013/14,36,memo,,Memorandum,Teenage pregnancy services(included in lines 27 and 28 above),"
                        + "TotalExpenditure");
        Cli.Run text = Cli.run(dir, "s251", "lines", "--year", "2012/13");
        assertThat(text.out()).startsWith("s251 line catalogue 2012/13: 35 lines (built in")
                .contains("  15  Total Children Looked After  [section total of lines 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 +"
                        + " 13 + 14]\n      Children Looked After; all 10 measures\n")
                .contains("  35  Teenage pregnancy services  [memo, in no sum]\n      Memorandum; TotalExpenditure only\n");
        // refused: no year at all, a year with no catalogue, a match with the same year, a match that is neither
        assertThat(Cli.run(dir, "s251", "lines").exit()).isEqualTo(2);
        Cli.Run none = Cli.run(dir, "s251", "lines", "--year", "2014/15");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("--year 2014/15: the library's line catalogues are for 2012/13 and 2013/14");
        assertThat(Cli.run(dir, "s251", "lines", "--year", "2012/13", "--match", "2012/13").err())
                .contains("the same year");
        assertThat(Cli.run(dir, "s251", "lines", "--year", "2012/13", "--match", "nonsense.csv").err())
                .contains("--match nonsense.csv is neither a file nor a year such as 2013/14");
    }

    @Test
    void linesOfDfEsFileAreItsYearsAndMatchToTheNextYear() throws Exception {
        needShared();
        Cli.Run r = Cli.run(dir, "s251", "lines", FILE.toString(), "--match", "2013/14");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("s251 lines 2012/13 matched to 2013/14 (the year of outturn_1213.csv: s251 outturn"
                + " 2012/13 (year from the file name; windows-1252): 152 councils)\n");
        // the file read for 2013-14 is refused in one line that says whose lines it has
        Cli.Run wrong = Cli.run(dir, "s251", "check", FILE.toString(), "--year", "2013/14");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err().lines()).singleElement().asString().contains("the file's lines are 2012/13's")
                .endsWith("give --year 2012/13");
    }
}
