package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.money.Gbp;

/** Budget book CSVs: good rows are read, every bad cell is named by file, line and column. */
class BudgetBookCsvTest {

    private static final String YEARS = "year,first_month,last_month,status\n2020/21,2020-04,2021-03,agreed\n";
    private static final String HEAD = "year,kind,ref,name,directorate,subjective_group,amount_gbp_thousands\n";

    private static ReadResult<List<BudgetBook>> read(String lines) {
        return BudgetBookCsv.read("years.csv", in(YEARS), "lines.csv", in(lines));
    }

    private static ByteArrayInputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsLinesWithSeparatorsBracketsBomAndCrlf() {
        ReadResult<List<BudgetBook>> r = read("\uFEFF" + HEAD.replace("\n", "\r\n")
                + "2020/21,expenditure,A,Resources,Resources,staffing,\"2,750\"\r\n"
                + "# a comment\r\n"
                + "2020/21,income_outside_contract,,Fees,,,407\r\n");
        assertThat(r.problems()).isEmpty();
        BudgetBook b = r.value().orElseThrow().get(0);
        assertThat(b.grossExpenditure()).isEqualTo(Gbp.thousands(2750));
        assertThat(b.contractSum()).isEqualTo(Gbp.thousands(2343));
    }

    @Test
    void eachBadCellIsReportedWithFileLineAndColumn() {
        ReadResult<List<BudgetBook>> r = read(HEAD
                + "2020/21,expenditure,A,Resources,Resources,staffing,12x\n"
                + "2020/21,expenditure,A,Resources,Resources,staffing,(5)\n"
                + "2020/21,expenditure,A,Resources,Resources,salaries,5\n"
                + "2020/21,expenditure,A,Resources,Resources,premises,1\n"
                + "2020/21,expenditure,A,Resources,Resources,premises,2\n"
                + "2021/22,expenditure,A,Resources,Resources,transport,2\n"
                + "2020/21,grant,A,Resources,Resources,transport,2\n"
                + "2020/21,pass_through,nhs,NHS,,,2\n"
                + "2020/21,expenditure,A,Resources\n");
        assertThat(r.problems()).extracting(Problem::toString).containsExactly(
                "lines.csv, line 2, column 7 (amount_gbp_thousands): amount is '12x': not an amount; write it as 1234.56, 1,234.56, -975 or (975)",
                "lines.csv, line 3, column 7 (amount_gbp_thousands): amount_gbp_thousands is -5000.00: a budget, income or funding line may not be negative",
                "lines.csv, line 4, column 6 (subjective_group): subjective group is 'salaries': unknown; a subjective group is one of staffing, premises, transport, other_non_staffing, not_analysed",
                "lines.csv, line 6, column 6 (subjective_group): duplicate line: the same figure was given on line 5; give each line once, or add the amounts together",
                "lines.csv, line 7, column 1 (year): the year 2021/22 is not in years.csv; add it there first",
                "lines.csv, line 8, column 2 (kind): unknown kind 'grant'; a line is expenditure, income_outside_contract, pass_through, organisation or commissioner",
                "lines.csv, line 9, column 3 (ref): funding source is 'nhs': not a known funding source; known: [dedicated_schools_grant, public_health_ring_fenced_grant, nhs_income, other_grants, other_income, funding_from_reserves, htst_income, capitalised_revenue] and funding_added_to_contract",
                "lines.csv, line 10: the line has 4 cells but the header has 7");
        assertThat(r.value().orElseThrow().get(0).lines()).hasSize(1);
    }

    @Test
    void anEmptyFileAndAMissingColumnAreReported() {
        assertThat(read("").problems()).extracting(Problem::toString).containsExactly(
                "lines.csv: the file is empty: it needs a header line naming the columns year,kind,ref,name");
        assertThat(read("year,kind,name,amount_gbp\n").problems()).extracting(Problem::toString).containsExactly(
                "lines.csv, line 1: the header has no column 'ref'; it needs year,kind,ref,name");
    }

    @Test
    void bytesThatAreNotUtf8AndATruncatedQuoteAreReported() {
        byte[] bad = (HEAD + "2020/21,expenditure,A,R\u00e9sources,R,staffing,1\n").getBytes(StandardCharsets.ISO_8859_1);
        ReadResult<List<BudgetBook>> r = BudgetBookCsv.read("years.csv", in(YEARS), "lines.csv", new ByteArrayInputStream(bad));
        assertThat(r.problems()).extracting(Problem::toString).containsExactly(
                "lines.csv, line 2: the file has bytes that are not UTF-8; save it as UTF-8 (CSV UTF-8 in Excel)");
        assertThat(read(HEAD + "2020/21,expenditure,A,\"Resources").problems()).extracting(Problem::toString)
                .containsExactly("lines.csv, line 2: a quoted cell is never closed: the file ends inside quotes (is it truncated?)");
    }
}
