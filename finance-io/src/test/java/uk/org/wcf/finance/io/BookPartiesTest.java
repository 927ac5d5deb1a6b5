package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.data.WcfData;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.report.BusinessPlanTables;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.structure.Directorate;
import uk.org.wcf.finance.structure.Service;
import uk.org.wcf.finance.structure.SubjectiveGroup;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * A book's tables are labelled with the organisation and commissioner it declares, in every format, and with
 * neutral labels when it declares none: never with WCF's names, which only the embedded dataset carries.
 */
class BookPartiesTest {

    private static final FiscalYear Y = FiscalYear.parse("2021/22");

    @TempDir
    Path dir;

    private static BudgetBook book(BudgetBook.Parties parties) {
        Service h = Service.of("H", "Housing Options", Directorate.named("Communities"));
        return BudgetBook.builder(Y).service(h).line(h, SubjectiveGroup.STAFFING, Gbp.pounds(1_840_000))
                .incomeOutsideContract("Fees", Gbp.pounds(100_000)).parties(parties).build();
    }

    private static List<String> labels(FigureTable t) {
        return t.rows().stream().map(FigureTable.Row::label).toList();
    }

    @Test
    void table4IsLabelledWithTheBooksOwnCommissionerOrNeutrally() {
        assertThat(labels(BusinessPlanTables.table4(book(new BudgetBook.Parties("Hartwell Homes", "HDC")))))
                .contains("Non-HDC Sales, Fees and Charges", "HDC Gross Contract Sum").noneMatch(l -> l.contains("WCC"));
        List<String> neutral = labels(BusinessPlanTables.table4(book(BudgetBook.Parties.NONE)));
        assertThat(neutral).contains("Other Sales, Fees and Charges", "Gross Contract Sum")
                .noneMatch(l -> l.contains("WCC") || l.contains("WCF"));
        assertThat(BusinessPlanTables.table1(List.of(book(BudgetBook.Parties.NONE))).title()).isEqualTo("Table 1: Agreed Contract Sums");
        assertThat(BusinessPlanTables.table2(book(BudgetBook.Parties.NONE)).title()).doesNotContain("WCF");
        // the book's summary table (what a notebook shows) labels its contract sum the same way
        assertThat(labels(uk.org.wcf.finance.report.BookSummary.of(book(BudgetBook.Parties.NONE))))
                .contains("Gross contract sum").noneMatch(l -> l.contains("WCC"));
        assertThat(labels(uk.org.wcf.finance.report.BookSummary.of(book(new BudgetBook.Parties("Hartwell Homes", "HDC")))))
                .contains("HDC gross contract sum");
        assertThat(labels(uk.org.wcf.finance.report.BookSummary.of(WcfData.businessPlan2020()))).contains("WCC gross contract sum");
        // the embedded dataset is WCF's, commissioned by WCC: its labels stay as published
        assertThat(labels(BusinessPlanTables.table4(WcfData.businessPlan2020())))
                .contains("Non-WCC Sales, Fees and Charges", "WCC Gross Contract Sum");
        assertThat(BusinessPlanTables.table2(WcfData.businessPlan2020()).title()).isEqualTo("Table 2: Recurrent operating costs WCF (2020/21)");
    }

    @Test
    void everyFormatWritesTheDeclaredNamesAndReadsThemBack() throws IOException {
        for (BudgetBook.Parties p : List.of(new BudgetBook.Parties("Hartwell Homes", "HDC"), new BudgetBook.Parties("", "HDC"),
                BudgetBook.Parties.NONE)) {
            BudgetBook b = book(p);
            Path yaml = dir.resolve("b.yaml");
            Files.writeString(yaml, BudgetBookFile.write(b, StructuredFormat.YAML), StandardCharsets.UTF_8);
            Path json = dir.resolve("b.json");
            Files.writeString(json, BudgetBookFile.write(b, StructuredFormat.JSON), StandardCharsets.UTF_8);
            Path csv = dir.resolve("b.csv");
            Files.writeString(csv, BudgetBookCsv.writeLines(List.of(b)), StandardCharsets.UTF_8);
            Path xlsx = dir.resolve("b.xlsx");
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                BudgetBookXlsx.write(b, out);
            }
            for (Path f : List.of(yaml, json, csv, xlsx)) {
                assertThat(BudgetBooks.read(f, Y).orThrow().parties()).as("%s %s", p, f).isEqualTo(p);
            }
            assertThat(Files.readString(yaml).contains("commissioner: HDC")).isEqualTo(!p.commissioner().isEmpty());
        }
    }

    @Test
    void aCsvDeclaresEachNameOnceAYearWithoutAnAmount() throws IOException {
        String head = "year,kind,ref,name,directorate,subjective_group,amount_gbp\n";
        Path ok = dir.resolve("ok.csv");
        Files.writeString(ok, head + "2021/22,organisation,,Hartwell Homes,,,\n2021/22,commissioner,,HDC,,,\n"
                + "2021/22,expenditure,H,Housing,Communities,staffing,100\n");
        assertThat(BudgetBooks.read(ok, Y).orThrow().parties()).isEqualTo(new BudgetBook.Parties("Hartwell Homes", "HDC"));
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, head + "2021/22,commissioner,,HDC,,,5\n2021/22,commissioner,,HDC,,,\n2021/22,commissioner,,XDC,,,\n"
                + "2021/22,expenditure,H,Housing,Communities,staffing,100\n");
        assertThat(BudgetBooks.read(bad, Y).problems()).extracting(Problem::toString).anySatisfy(s -> assertThat(s)
                .contains("line 2").contains("has no amount")).anySatisfy(s -> assertThat(s).contains("line 4")
                .contains("duplicate line"));
    }
}
