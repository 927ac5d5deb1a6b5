package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.org.wcf.finance.io.internal.ledger.LedgerReader;
import uk.org.wcf.finance.io.internal.tree.TreeNode;
import uk.org.wcf.finance.ledger.Actuals;
import uk.org.wcf.finance.ledger.LedgerLines;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * Ledger extracts as finance systems write them: their own column names, only the rows asked for (the rest
 * counted), every posting in one period; names matched forgivingly, never ambiguously.
 */
class LedgerOptionsTest {

    @TempDir
    Path dir;

    private static final String SPEND = "Body Name,Organisational Unit,Expenditure Code,Paid Date,Amount,Type \n"
            + "Council,Housing,D1,06/04/2015,100.00,Revenue\n"
            + "Council,Housing,C1,07/04/2015,5000.00,Capital\n"
            + "Council,Parks,D2,12/05/2015,\"1,200.50\",revenue \n"
            + "Council,Parks,C1,13/05/2015,not a number,Capital\n";

    private static LedgerSummary read(String csv, LedgerOptions o, FiscalYear year, List<long[]> postings) {
        return LedgerReader.read("spend.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), year,
                LedgerReader.POSTINGS, DateFormat.AUTO, o, (cc, code, p, pence) -> postings.add(new long[] {cc, code, p, pence}));
    }

    private static LedgerOptions options(String columns, String... where) {
        return new LedgerOptions(LedgerOptions.parseColumns(columns.isEmpty() ? List.of() : List.of(columns)),
                LedgerOptions.parseWhere(List.of(where)), 0);
    }

    @Test
    void columnsNameTheExtractsOwnHeadersAndWhereLeavesOutRowsCountingThem() {
        List<long[]> got = new ArrayList<>();
        LedgerSummary r = read(SPEND, options("date=Paid Date,cost_centre=Organisational Unit,"
                + "subjective=Expenditure Code", "type=REVENUE"), null, got);
        assertThat(r.problems()).isEmpty();
        // the capital row with a bad amount is left out before it is read: not a problem of a revenue import
        assertThat(r.postings()).isEqualTo(2);
        assertThat(r.leftOut()).isEqualTo(2);
        assertThat(got).extracting(p -> p[3]).containsExactly(10000L, 120050L);
        assertThat(got).extracting(p -> p[2]).containsExactly(1L, 2L);
        assertThat(r.costCentres()).containsExactly("Housing", "Parks");
        assertThat(r.notes()).contains("spend.csv: 2 rows left out by --where type=REVENUE; 2 postings read")
                .contains("spend.csv: columns not read: body name");
    }

    @Test
    void whereOnDifferentColumnsIsAndOnTheSameColumnIsOr() {
        List<long[]> got = new ArrayList<>();
        LedgerSummary and = read(SPEND, options("date=Paid Date,cost_centre=Organisational Unit,"
                + "subjective=Expenditure Code", "Type=Revenue", "Organisational Unit=Parks"), null, got);
        assertThat(and.postings()).isEqualTo(1);
        assertThat(and.leftOut()).isEqualTo(3);
        got.clear();
        LedgerSummary or = read(SPEND.replace("not a number", "7"), options("date=Paid Date,"
                + "cost_centre=Organisational Unit,subjective=Expenditure Code", "Type=Revenue", "Type=capital"), null, got);
        assertThat(or.postings()).isEqualTo(4);
        assertThat(or.leftOut()).isZero();
        got.clear();
        LedgerSummary bar = read(SPEND.replace("not a number", "7"), options("date=Paid Date,"
                + "cost_centre=Organisational Unit,subjective=Expenditure Code", "Type=Revenue|Capital"), null, got);
        assertThat(bar.postings()).isEqualTo(4);
    }

    @Test
    void headersMatchIgnoringCaseSpacesAndUnderscoresButNeverTwoAtOnce() {
        List<long[]> got = new ArrayList<>();
        String snake = SPEND.replace("Organisational Unit", "organisational_unit").replace("Paid Date", "PAID  DATE");
        LedgerSummary r = read(snake, options("date=paid_date,cost_centre=Organisational Unit|Service Area,"
                + "subjective=Expenditure Code", "Type=Revenue"), null, got);
        assertThat(r.problems()).isEmpty();
        assertThat(r.postings()).isEqualTo(2);
        String both = SPEND.replace("Body Name", "Service Area");
        LedgerSummary two = read(both, options("date=Paid Date,cost_centre=Organisational Unit|Service Area",
                "Type=Revenue"), null, got);
        assertThat(two.problems()).extracting(Problem::toString).containsExactly("spend.csv, line 1, column 2 "
                + "(organisational unit): two cost centre columns, 'service area' (column 1) and 'organisational unit' "
                + "(column 2); keep the one you mean");
        String dup = SPEND.replace("Body Name", "paid_date");
        LedgerSummary same = read(dup, options("date=Paid Date,cost_centre=Organisational Unit", "Type=Revenue"),
                null, got);
        assertThat(same.problems()).extracting(Problem::toString).containsExactly("spend.csv, line 1, column 4 "
                + "(paid date): the columns 'paid_date' (column 1) and 'paid date' (column 4) are one name once case, "
                + "spaces and underscores are set aside; keep one");
    }

    @Test
    void aColumnOrFilterTheHeaderHasNotIsNamedWithTheHeader() {
        List<long[]> got = new ArrayList<>();
        LedgerSummary r = read(SPEND, options("date=Paid On,cost_centre=Organisational Unit"), null, got);
        assertThat(r.problems()).extracting(Problem::toString).containsExactly("spend.csv, line 1: the header has no "
                + "column 'paid on' (--columns) or period; its columns are body name, organisational unit, expenditure code, "
                + "paid date, amount, type");
        LedgerSummary w = read(SPEND, options("date=Paid Date,cost_centre=Organisational Unit", "caporrev=Revenue"),
                null, got);
        assertThat(w.problems()).extracting(Problem::toString).containsExactly("spend.csv, line 1: --where "
                + "caporrev=Revenue: the header has no column 'caporrev'; its columns are body name, organisational unit, "
                + "expenditure code, paid date, amount, type");
    }

    @Test
    void aQuarterWithoutUsableDatesGoesIntoOnePeriodWithTheYearGiven() {
        String undated = SPEND.replaceAll("\\d\\d/\\d\\d/2015", "00:00:00");
        List<long[]> got = new ArrayList<>();
        LedgerOptions o = options("cost_centre=Organisational Unit", "Type=Revenue").withPeriod(3);
        LedgerSummary r = read(undated, o, FiscalYear.parse("2015/16"), got);
        assertThat(r.problems()).isEmpty();
        assertThat(got).extracting(p -> p[2]).containsExactly(3L, 3L);
        assertThat(r.ignoredColumns()).contains("paid date");
        LedgerSummary noYear = read(undated, o, null, got);
        assertThat(noYear.problems()).extracting(Problem::toString).containsExactly("spend.csv, line 1: every posting "
                + "is put in P3, so the year must be given (--year 2020/21)");
    }

    @Test
    void badOptionsAreRefusedNamingThePart() {
        assertThatThrownBy(() -> LedgerOptions.parseColumns(List.of("when=Paid Date")))
                .hasMessage("--columns 'when=Paid Date': 'when' is not a field; the fields are date, period, cost_centre, "
                        + "subjective, amount, year");
        assertThatThrownBy(() -> LedgerOptions.parseColumns(List.of("Paid Date")))
                .hasMessageStartingWith("--columns 'Paid Date': write field=COLUMN");
        assertThatThrownBy(() -> LedgerOptions.parseWhere(List.of("Revenue")))
                .hasMessage("--where 'Revenue': write COLUMN=VALUE, such as Type=Revenue");
    }

    @Test
    void theMappingFileCarriesTheColumnMapAndTheCommandLineWins() throws Exception {
        Path gl = dir.resolve("spend.csv");
        Files.writeString(gl, SPEND);
        Path map = dir.resolve("mapping.csv");
        Files.writeString(map, "# the council's spend extract\n# columns: date=Paid Date,cost_centre=Body Name\n"
                + "# where: Type=Revenue\ncost_centre,code,line\nHousing,*,Homes\nParks,*,Parks\n");
        List<String> notes = new ArrayList<>();
        LedgerSummary[] read = new LedgerSummary[1];
        Actuals a = LedgerImport.run(gl, map, DateFormat.AUTO, options("cost_centre=Organisational Unit"),
                Progress.NONE, notes::add, r -> read[0] = r).orThrow();
        assertThat(a.lines().get("Homes").get(0)).isEqualTo(Gbp.pounds("100.00"));
        assertThat(a.lines().get("Parks").get(1)).isEqualTo(Gbp.pounds("1200.50"));
        assertThat(read[0].leftOut()).isEqualTo(2);
        assertThat(notes).anyMatch(n -> n.contains("2 rows left out by --where Type=Revenue"));
    }

    @Test
    void theJsonWriterWritesWhatTheObjectMapperWrites() throws Exception {
        Actuals a = new Actuals(FiscalYear.of(2020), Map.of("Agency \"staff\", £ and \u00e9", Collections.nCopies(12,
                Gbp.pounds("-0.05"))), List.of(new Actuals.Unmapped("CC\\1", "E\u00012", 3, Gbp.pounds("12.34"))));
        String mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(LedgerImport.tree(a))
                + "\n";
        assertThat(LedgerImport.write(a, StructuredFormat.JSON)).isEqualTo(mapper);
        Map<String, List<Money>> two = new java.util.LinkedHashMap<>();
        two.put("Line\tone\b\f\n\r\u001f\u007f\u2028 \\ \"x\"", Collections.nCopies(12, Gbp.pounds("1234567.89")));
        two.put("Untraced", Collections.nCopies(12, Gbp.zero()));
        List<LedgerLines> some = new ArrayList<>(Collections.nCopies(12, LedgerLines.NONE));
        some.set(0, LedgerLines.parse("2, 5, 9-14; 40 more in 15-999"));
        some.set(11, LedgerLines.parse("1000"));
        Actuals traced = new Actuals(FiscalYear.of(2020), two, List.of(new Actuals.Unmapped("a", "", 1, Gbp.pounds("1.00")),
                new Actuals.Unmapped("b", "c", 2, Gbp.pounds("-2.00"))), new Actuals.Provenance("C:\\ledgers\\gl \"q1\".csv",
                Map.of(two.keySet().iterator().next(), some)));
        assertThat(LedgerImport.write(traced, StructuredFormat.JSON)).isEqualTo(new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(LedgerImport.tree(traced)) + "\n");
        Actuals none = new Actuals(FiscalYear.of(2020), Map.of(), List.of());
        assertThat(LedgerImport.write(none, StructuredFormat.JSON)).isEqualTo(new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(LedgerImport.tree(none)) + "\n");
    }
}
