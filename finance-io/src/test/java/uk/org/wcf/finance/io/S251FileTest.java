package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.s251.BenchmarkResult;
import uk.org.wcf.finance.s251.CouncilReturn;
import uk.org.wcf.finance.s251.Figures;
import uk.org.wcf.finance.s251.Measure;
import uk.org.wcf.finance.s251.ReturnKind;
import uk.org.wcf.finance.s251.S251Benchmark;
import uk.org.wcf.finance.s251.S251Check;
import uk.org.wcf.finance.s251.S251Difference;
import uk.org.wcf.finance.s251.S251Return;
import uk.org.wcf.finance.s251.S251Rule;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * DfE's 2012-13 section 251 outturn for all 152 councils, read as published ({@code ../shared/s251}), and the
 * facts its README gives: Worcestershire's figures, rank and the median, the 8 rounding differences, blanks.
 */
class S251FileTest {

    static final Path FILE = Path.of(System.getProperty("wcf.shared", "../../shared"), "s251", "outturn_1213.csv");

    static S251File.Contents contents;

    @BeforeAll
    static void read() {
        assumeTrue(Files.exists(FILE), "the shared s251 data is not beside the project (" + FILE.toAbsolutePath()
                + "); CI has it");
        contents = S251File.read(FILE).orThrow();
    }

    static Figures worcestershire(int line) {
        return contents.returns().requireCouncil("885").figures(line).orElseThrow();
    }

    @Test
    void readsEveryCouncilInWindows1252WithTheYearFromTheFileName() {
        S251Return r = contents.returns();
        assertThat(contents.encoding()).isEqualTo("windows-1252");
        assertThat(contents.yearFrom()).isEqualTo("the file name");
        assertThat(r.year()).isEqualTo(FiscalYear.parse("2012/13"));
        assertThat(r.kind()).isEqualTo(ReturnKind.OUTTURN);
        assertThat(r.councils()).hasSize(152);
        assertThat(r.councils().stream().mapToInt(c -> c.lines().size()).sum()).isEqualTo(5320);
        assertThat(r.requireCouncil("885").name()).isEqualTo("Worcestershire");
    }

    @Test
    void theCp1252QuoteIsReadAsARightSingleQuote() {
        assertThat(contents.descriptions().get(2)).endsWith("Sure Start Children\u2019s Centres");
        assertThat(contents.descriptions().get(19)).isEqualTo("Local safeguarding childrens board");
    }

    @Test
    void worcestershireFiguresAsTheReadmeGivesThem() {
        assertThat(worcestershire(15).get(Measure.TOTAL_EXPENDITURE)).contains(Gbp.pounds(30_284_973));
        assertThat(worcestershire(15).get(Measure.LEA_NET_REVENUE_EXPENDITURE)).contains(Gbp.pounds(28_554_258));
        assertThat(worcestershire(30).get(Measure.OWN_PROVISION)).isEmpty();
        assertThat(worcestershire(30).isApplicable(Measure.OWN_PROVISION)).isFalse();
        assertThat(worcestershire(30).get(Measure.TOTAL_EXPENDITURE)).contains(Gbp.pounds(2_313_385));
        assertThat(worcestershire(16).get(Measure.OWN_PROVISION)).contains(Gbp.zero());
    }

    @Test
    void worcestershireRanksThirtiethForChildrenLookedAfterAndTheMedianIsAsPublished() {
        S251Return r = contents.returns();
        var line = r.catalogue().find("Total Children Looked After");
        assertThat(line.number()).isEqualTo(15);
        BenchmarkResult b = S251Benchmark.rank("all councils", r.requireCouncil("885"), line, Measure.TOTAL_EXPENDITURE,
                false, S251Benchmark.figures(r, line, Measure.TOTAL_EXPENDITURE), RoundingPolicy.PENCE);
        assertThat(b.rank()).hasValue(30);
        assertThat(b.councils()).isEqualTo(152);
        assertThat(b.median()).contains(Gbp.pounds(19_250_091));
        assertThat(b.lowerQuartile().orElseThrow()).isLessThan(b.median().orElseThrow());
        // 30th of 152 is above the upper quartile, which sits 38.75 places from the top
        assertThat(b.upperQuartile().orElseThrow()).isGreaterThan(b.median().orElseThrow())
                .isLessThan(Gbp.pounds(30_284_973));
    }

    @Test
    void theRowRulesFindExactlyTheEightRoundingDifferencesOfTheReadme() {
        List<S251Difference> all = S251Check.check(contents.returns());
        List<S251Difference> rows = all.stream().filter(d -> d.rule().ordinal() <= S251Rule.LEA_NET.ordinal()).toList();
        assertThat(rows).hasSize(8).allSatisfy(d -> {
            assertThat(d.rule()).isEqualTo(S251Rule.NET);
            assertThat(d.kind()).isEqualTo(S251Difference.Kind.ROUNDING);
            assertThat(d.line().number()).isIn(32, 33);
        });
        assertThat(rows.stream().map(d -> d.la() + "/" + d.line().number()).collect(Collectors.toSet()))
                .isEqualTo(Set.of("210/32", "210/33", "373/32", "373/33", "383/32", "383/33", "891/32", "891/33"));
        S251Difference first = rows.get(0);
        assertThat(first.computed()).isEqualTo(Gbp.pounds("152913676.86"));
        assertThat(first.published()).isEqualTo(Gbp.pounds("152913676.90"));
    }

    @Test
    void sectionTotalsHoldExactlyAndGrandTotalsBreakOnlyByPenniesInTheSameFourCouncils() {
        List<S251Difference> all = S251Check.check(contents.returns());
        assertThat(all.stream().filter(d -> d.rule() == S251Rule.SECTION)).isEmpty();
        List<S251Difference> grand = all.stream().filter(d -> d.rule() == S251Rule.GRAND_TOTAL).toList();
        assertThat(grand).hasSize(7).allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo(S251Difference.Kind.ROUNDING);
            assertThat(d.la()).isIn("210", "373", "383", "891");
        });
        assertThat(all).hasSize(15);
    }

    @Test
    void writesDfesLayoutAndReadsItBackWithBlanksStillBlank() {
        String csv = S251File.write(contents.returns());
        assertThat(csv).startsWith("# s251 outturn 2012/13\nLA,LA Name,LineNumber,CYPServiceDescription,ReportGroup,"
                + "OwnProvision,PrivateProvision,OtherPublic,Voluntary,TotalExpenditure,Income,NetCurrentExpenditure,"
                + "GovGrantsInsideAEF,GovGrantsOutsideAEF,LEANetRevenueExpenditure\n");
        assertThat(csv).contains("\n885,Worcestershire,30,30 Youth Justice,YOUTH JUSTICE,,,,,2313385,1705995,607390,,,\n");
        S251File.Contents back = S251File.read("written.csv", csv.getBytes(StandardCharsets.UTF_8))
                .orThrow();
        assertThat(back.yearFrom()).isEqualTo("the file's comment");
        assertThat(back.returns().councils()).isEqualTo(contents.returns().councils());
    }

    @Test
    void readsTheSameFileSavedAsUtf8WithOrWithoutAByteOrderMark() throws Exception {
        String text = new String(Files.readAllBytes(FILE), Charset.forName("windows-1252"));
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        for (byte[] b : List.of(utf8, bom)) {
            S251File.Contents c = S251File.read("outturn_1213.csv", b).orThrow();
            assertThat(c.encoding()).startsWith("UTF-8");
            assertThat(c.descriptions().get(2)).endsWith("Children\u2019s Centres");
            assertThat(c.returns().councils()).isEqualTo(contents.returns().councils());
        }
    }

    @Test
    void theYearComesFromTheOptionWhenTheNameHasNoneAndABadCellIsNamed() throws Exception {
        String text = new String(Files.readAllBytes(FILE), Charset.forName("windows-1252"));
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        assertThat(S251File.read("dfe.csv", b).problems()).singleElement().asString()
                .contains("dfe.csv: the file does not say its year");
        S251File.Contents c = S251File.read("dfe.csv", b, FiscalYear.of(2012)).orThrow();
        assertThat(c.yearFrom()).isEqualTo("the --year option");
        assertThat(c.returns().kind()).isEqualTo(ReturnKind.UNSTATED);
        // 2012-13's rows in a file named for 2013-14: one line, naming the first row that does not fit, and the year
        // whose lines they are
        assertThat(S251File.read("dfe_1314.csv", b).problems()).singleElement().asString()
                .isEqualTo("dfe_1314.csv: the year is 2013/14 (from the file name) but the file's lines are 2012/13's,"
                        + " every one (line 4, column 4 (CYPServiceDescription): the description is '3 Other early years"
                        + " funding' but 2013/14 line 3 is 'Spend on local authority management costs relating to sure"
                        + " Start Children's Centres'): give --year 2012/13");
        assertThat(S251File.read("dfe_1415.csv", b).problems()).singleElement().asString()
                .contains("the year is 2014/15 (from the file name) but the library's line catalogues are for 2012/13,"
                        + " 2013/14");
        String bad = text.replaceFirst("516305,0,516305", "516305,0,5163O5");
        assertThat(S251File.read("bad_1213.csv", bad.getBytes(StandardCharsets.UTF_8)).problems())
                .singleElement().asString().isEqualTo("bad_1213.csv, line 2, column 10 (TotalExpenditure): the figure is"
                        + " '5163O5': pounds as a plain number with at most two decimals (3475619.08), or blank");
        CouncilReturn london = c.returns().councils().get(0);
        assertThat(london.la()).isEqualTo("201");
    }
}
