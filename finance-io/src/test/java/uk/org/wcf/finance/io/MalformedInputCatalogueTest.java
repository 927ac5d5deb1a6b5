package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A catalogue of malformed inputs, each with the exact problems reported: file, line, column and the rule broken.
 * (Run {@code MalformedInputs.main} to print what the readers say, when adding a case.)
 */
class MalformedInputCatalogueTest {

    private static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("an empty file", List.of("lines.csv: the file is empty: it needs a header line naming the columns year,kind,ref,name"));
        EXPECTED.put("a wrong header", List.of("lines.csv, line 1, column 2 (type): unknown column 'type'; the columns are year,kind,ref,name,directorate,subjective_group,amount_gbp_thousands,amount_gbp",
                "lines.csv, line 1: the header has no column 'kind'; it needs year,kind,ref,name"));
        EXPECTED.put("a missing column", List.of("rows.csv, line 1: the header has no column 'variance_last_period'; it needs line,net_budget,forecast,variance_last_period"));
        EXPECTED.put("text in an amount", List.of("lines.csv, line 2, column 7 (amount_gbp_thousands): amount is 'twelve': not an amount; write it as 1234.56, 1,234.56, -975 or (975)"));
        EXPECTED.put("a negative budget", List.of("lines.csv, line 2, column 7 (amount_gbp_thousands): amount_gbp_thousands is -5000.00: a budget, income or funding line may not be negative"));
        EXPECTED.put("a duplicate line", List.of("lines.csv, line 3, column 6 (subjective_group): duplicate line: the same figure was given on line 2; give each line once, or add the amounts together"));
        EXPECTED.put("an unknown subjective group", List.of("lines.csv, line 2, column 6 (subjective_group): subjective group is 'salaries': unknown; a subjective group is one of staffing, premises, transport, other_non_staffing, not_analysed"));
        EXPECTED.put("an unknown funding source", List.of("lines.csv, line 2, column 3 (ref): funding source is 'lottery': not a known funding source; known: [dedicated_schools_grant, public_health_ring_fenced_grant, nhs_income, other_grants, other_income, funding_from_reserves, htst_income, capitalised_revenue] and funding_added_to_contract"));
        EXPECTED.put("a year not in the years file", List.of("lines.csv, line 2, column 1 (year): the year 2024/25 is not in years.csv; add it there first"));
        EXPECTED.put("a service with two names", List.of("lines.csv, line 3, column 4 (name): service A is 'Other' (R) here but 'R' (R) on an earlier line; a service has one name"));
        EXPECTED.put("too few cells", List.of("lines.csv, line 2: the line has 3 cells but the header has 7"));
        EXPECTED.put("too many cells", List.of("rows.csv, line 2: the line has 5 cells but the header has 4"));
        EXPECTED.put("a bad year", List.of("years.csv, line 2, column 1 (year): financial year is '2020/22': the second year must follow the first, as in 2020/21"));
        EXPECTED.put("months outside the year", List.of("years.csv, line 2, column 3 (last_month): the months 2020-04..2021-06 (15 months) are not all within 2020/21"));
        EXPECTED.put("an unknown status", List.of("years.csv, line 2, column 4 (status): status is 'draft'; it is agreed or indicative"));
        EXPECTED.put("a fraction of £000 in a rows file", List.of("rows.csv, line 2, column 2 (net_budget): net_budget is '10.5': GBP thousands are whole numbers here"));
        EXPECTED.put("the total's label typed as a row", List.of(
                "rows.csv, line 2, column 2 (net_budget): the total row 'Total' has net_budget 1 but the lines add to 0 (£000)",
                "rows.csv, line 2, column 3 (forecast): the total row 'Total' has forecast 1 but the lines add to 0 (£000)"));
        EXPECTED.put("a bad date", List.of("gl.csv, line 2, column 1 (date): date is '2020-02-30': not a date"));
        EXPECTED.put("a date outside the year", List.of("gl.csv, line 2, column 1 (date): '2021-04-01' is outside 2020/21 (2020-04-01 to 2021-03-31)"));
        EXPECTED.put("period 17", List.of("gl.csv, line 2, column 1 (period): period is 'P17': a period is P1 (April) to P12 (March)"));
        EXPECTED.put("an enormous number", List.of("gl.csv, line 2, column 4 (amount): amount is '12345678901234567.00': a trillion pounds or more, beyond what the library reads (less than £1,000,000,000,000); check the column and its unit"));
        EXPECTED.put("fractions of a penny", List.of("gl.csv, line 2, column 4 (amount): amount is '1.005': has more than two decimals (less than a penny)"));
        EXPECTED.put("a blank cost centre", List.of("gl.csv, line 2, column 2 (cost_centre): cost_centre is blank; a value is required"));
        EXPECTED.put("bytes that are not UTF-8", List.of("gl.csv, line 2: the line has bytes that are not UTF-8; save the file as UTF-8 (CSV UTF-8 in Excel)"));
        EXPECTED.put("a truncated file", List.of("gl.csv, line 2: a quoted cell is never closed: the file ends inside quotes (is it truncated?)"));
        EXPECTED.put("a ledger without a cost centre column", List.of("gl.csv, line 1: the header has no column cost_centre; the columns needed are date,cost_centre,subjective,amount"));
        EXPECTED.put("a budget month that is not the first", List.of("budget.csv, line 2, column 2 (month): month is '2020-04-15': write the first day of the month, 2020-04-01"));
        EXPECTED.put("a drawdown above the balance", List.of("reserves.csv, line 3, column 5 (amount_gbp_thousands): drawdown 'x' from 'P' is £11,000.00: is more than the reserve's balance of £10,000.00; a drawdown may not exceed the balance"));
        EXPECTED.put("a reserve movement without approval", List.of("reserves.csv, line 3, column 6 (route): route is blank; a value is required",
                "reserves.csv, line 3, column 7 (reference): reference is blank; a value is required",
                "reserves.csv, line 3, column 8 (date): date is blank; a value is required"));
        EXPECTED.put("malformed YAML", List.of("a.yaml, line 1, column 16: not valid YAML: while parsing a flow sequence"));
        EXPECTED.put("an unknown key", List.of("a.yaml, line 3, column 9 (colour): unknown key 'colour'; the keys here are assumptions, indicativeYears, name, schemaVersion, unit"));
        EXPECTED.put("a future schema version", List.of("a.json, line 1, column 19 (schemaVersion): schemaVersion is 9; this version of wcf-finance reads 1"));
        EXPECTED.put("an unknown assumption type", List.of("a.yaml, line 4, column 5 (type): type is 'pay_rise'; it is one of staffing_inflation, flat_cash_award, utilities_inflation, demand_growth, saving, investment, contract_variation, one_off_from_reserves, other_movement"));
        EXPECTED.put("a rate that is not a percentage", List.of("a.yaml, line 4, column 47 (rate): rate is lots: a rate is a percentage such as 2% or 18.6 (plain digits, at most 10 decimals, no exponent)"));
        EXPECTED.put("a DSG line outside the four blocks", List.of("s.yaml, line 5, column 22 (group): group is 'sixth_form': a DSG line belongs to a block: schools, central_school_services, high_needs or early_years"));
        EXPECTED.put("a positive grant", List.of("s.yaml, line 6, column 8 (grant): the grant is income: its netBudget and forecast are negative (or zero)"));
        EXPECTED.put("period 13 in a snapshot", List.of("s.yaml, line 2, column 9 (period): period is 'P13': a period is P1 (April) to P12 (March)"));
        EXPECTED.put("an unknown service in a budget book", List.of("b.yaml, line 6, column 15 (service): service is 'Z': unknown service; the services are [A]"));
        EXPECTED.put("a duplicate key", List.of("b.yaml, line 3, column 1 (year): the key 'year' appears twice"));
        EXPECTED.put("an empty JSON file", List.of("r.json: the file is empty"));
        EXPECTED.put("a DSG plan assumption with no basis", List.of("d.yaml, line 6, column 12 (source): source is missing: "
                + "name the published source, or write illustrative: and why the figure was chosen"));
        EXPECTED.put("a DSG workstream that raises cost", List.of("d.yaml, line 10, column 53 (change of 'M'): change of 'M' is "
                + "5%: a mitigation never raises cost: its change is a cut (negative) or 0%"));
        EXPECTED.put("an unknown unit in a reserve ledger", List.of("r.json, line 1, column 49 (unit): unit is 'pence': it is thousands or pounds"));
        EXPECTED.put("two amount columns", List.of("gl.csv, line 1, column 4 (amount_gbp_thousands): two amount columns, 'amount' (column 3) and 'amount_gbp_thousands' (column 4); keep the one you mean"));
        EXPECTED.put("the amount column twice", List.of("gl.csv, line 1, column 4 (amount): the column 'amount' appears twice, in columns 3 and 4; keep one"));
        EXPECTED.put("the date column twice", List.of("gl.csv, line 1, column 3 (date): the column 'date' appears twice, in columns 1 and 3; keep one"));
        EXPECTED.put("a date and a period column", List.of("gl.csv, line 1, column 3 (period): two columns give the month, 'date' (column 1) and 'period' (column 3); keep the one you mean"));
        EXPECTED.put("two code columns", List.of("gl.csv, line 1, column 4 (account): two code columns, 'subjective' (column 3) and 'account' (column 4); keep the one you mean"));
        EXPECTED.put("a header column twice in a budget", List.of("budget.csv, line 1, column 4 (budget): the column 'budget' appears twice, in columns 3 and 4; keep one"));
        EXPECTED.put("a thousands figure that would wrap a long", List.of("gl.csv, line 2, column 3 (amount_gbp_thousands): amount is '99999999999999': a trillion pounds or more, beyond what the library reads (less than £1,000,000,000,000); check the column and its unit"));
        EXPECTED.put("a total that would wrap a long", List.of("gl.csv, line 92235, column 4 (amount): amount is '999999999999.99': adding it makes a total pass £92,233,720,368,547,758.07, the most the library can add up; is the column in the wrong unit, or the file a concatenation of many?"));
        EXPECTED.put("a year column with another year", List.of("gl.csv, line 3, column 1 (year): year is 2019/20 but the file is read for 2020/21; one financial year per file (split it, or give --year for the one you mean)"));
        EXPECTED.put("a year column that is not a year", List.of("gl.csv, line 2, column 1 (year): financial year is '2020': write a financial year as 2020/21"));
        EXPECTED.put("a month-first date", List.of("gl.csv, line 2, column 1 (date): date is '04/14/2020': not a date"));
        EXPECTED.put("a date in year 0", List.of("gl.csv, line 2, column 1 (date): date is '0000-04-01': outside the financial years the library handles, 1900/01 to 2998/99 (1 April 1900 to 31 March 2999)"));
        EXPECTED.put("a date in 1899", List.of("gl.csv, line 2, column 1 (date): date is '01/04/1899': outside the financial years the library handles, 1900/01 to 2998/99 (1 April 1900 to 31 March 2999)"));
        EXPECTED.put("a date in 2999", List.of("gl.csv, line 2, column 1 (date): date is '01-Apr-2999': outside the financial years the library handles, 1900/01 to 2998/99 (1 April 1900 to 31 March 2999)"));
        EXPECTED.put("a month name that is not a month", List.of("gl.csv, line 2, column 1 (date): date is '14-Avr-2020': write a date as 2020-06-30, 30/06/2020 (day first) or 30-Jun-2020"));
        EXPECTED.put("a period month in year 0", List.of("gl.csv, line 2, column 1 (period): period is '0000-04': outside the financial years the library handles, 1900/01 to 2998/99 (1 April 1900 to 31 March 2999)"));
        EXPECTED.put("an amount with an exponent", List.of("gl.csv, line 2, column 4 (amount): amount is '1e5': not an amount; write it as 1234.56, 1,234.56, -975 or (975)"));
        EXPECTED.put("an amount with a space after the pound sign", List.of("gl.csv, line 2, column 4 (amount): amount is '£ 5': not an amount; write it as 1234.56, 1,234.56, -975 or (975)"));
        EXPECTED.put("a minus inside brackets", List.of("gl.csv, line 2, column 4 (amount): amount is '(-5)': not an amount; write it as 1234.56, 1,234.56, -975 or (975)"));
        EXPECTED.put("misplaced thousands separators", List.of("gl.csv, line 2, column 4 (amount): amount is '1,00,000': not an amount; write it as 1234.56, 1,234.56, -975 or (975)"));
        EXPECTED.put("a decimal point with no decimals", List.of("gl.csv, line 2, column 4 (amount): amount is '5.': not an amount; write it as 1234.56, 1,234.56, -975 or (975)"));
        EXPECTED.put("decimals with no whole part", List.of("gl.csv, line 2, column 4 (amount): amount is '.5': not an amount; write it as 1234.56, 1,234.56, -975 or (975)"));
        EXPECTED.put("a plus sign", List.of("gl.csv, line 2, column 4 (amount): amount is '+5': not an amount; write it as 1234.56, 1,234.56, -975 or (975)"));
        EXPECTED.put("a fraction of a penny in thousands", List.of("gl.csv, line 2, column 3 (amount_gbp_thousands): amount is '1.000001': has more than five decimals of £000 (less than a penny)"));
        EXPECTED.put("an exponent in a budget amount", List.of("lines.csv, line 2, column 7 (amount_gbp_thousands): amount is '1e3': not an amount; write it as 1234.56, 1,234.56, -975 or (975)"));
        EXPECTED.put("a huge budget amount", List.of("lines.csv, line 2, column 7 (amount_gbp_thousands): amount is '99999999999999': a trillion pounds or more, beyond what the library reads (less than £1,000,000,000,000); check the column and its unit"));
        EXPECTED.put("a huge exponent in a rate", List.of("a.yaml, line 4, column 49 (rate): rate is 1e999999999%: a rate is a percentage such as 2% or 18.6 (plain digits, at most 10 decimals, no exponent)"));
        EXPECTED.put("a tiny exponent in a rate", List.of("a.yaml, line 4, column 49 (rate): rate is 1e-3000000%: a rate is a percentage such as 2% or 18.6 (plain digits, at most 10 decimals, no exponent)"));
        EXPECTED.put("a rate with too many decimals", List.of("a.yaml, line 4, column 49 (rate): rate is 2.00000000001%: a rate is a percentage such as 2% or 18.6 (plain digits, at most 10 decimals, no exponent)"));
        EXPECTED.put("a rate above 1,000%", List.of("a.yaml, line 4, column 49 (rate): rate is 1001%: a rate must be between -100% and 1,000%"));
        EXPECTED.put("an exponent in an amount in a YAML file", List.of("a.yaml, line 4, column 49 (amount): amount is '1e9': not an amount; write it as 1234.56, 1,234.56, -975 or (975)"));
        EXPECTED.put("an exponent in an fte", List.of("a.yaml, line 4, column 66 (fte): fte 'A': fte is '1e999999': write a plain number such as 12.5 (at most 15 digits before the point and 10 after, no exponent)"));
        EXPECTED.put("a YAML alias", List.of("a.yaml, line 4, column 38: an alias (*t) stands for another value here; write the value itself (anchors and aliases are not read)",
                "a.yaml, line 4, column 38 (name): name is missing; it is required here"));
        EXPECTED.put("a YAML anchor", List.of("s.yaml, line 5, column 5: an anchor (&l); write each value where it is used (anchors and aliases are not read)"));
        EXPECTED.put("an alias of a mapping", List.of("s.yaml, line 5, column 5: an anchor (&l); write each value where it is used (anchors and aliases are not read)",
                "s.yaml, line 6, column 5: an alias (*l) stands for another value here; write the value itself (anchors and aliases are not read)",
                "s.yaml, line 6, column 5: expected a mapping of keys to values",
                "s.yaml, line 6, column 5 (line): line is missing; it is required here",
                "s.yaml, line 6, column 5 (netBudget): netBudget is missing; it is required here",
                "s.yaml, line 6, column 5 (forecast): forecast is missing; it is required here"));
        EXPECTED.put("a second YAML document", List.of("a.yaml, line 5, column 1: more content after the end of the first YAML document; a file holds one document (no second ---)"));
        EXPECTED.put("a second JSON value", List.of("r.json, line 1, column 57: more content after the end of the JSON value; a file holds one value"));
        EXPECTED.put("trailing text after JSON", List.of("b.json, line 1, column 30: not valid JSON: Unrecognized token 'trailing': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"));
        EXPECTED.put("a second YAML document in a snapshot", List.of("s.yaml, line 6, column 5: more content after the end of the first YAML document; a file holds one document (no second ---)"));
        EXPECTED.put("a risk flag of 1", List.of("kpi.csv, line 2, column 5 (risk_notified): risk_notified is '1': write yes or no"));
        EXPECTED.put("a risk flag of maybe", List.of("kpi.csv, line 2, column 5 (risk_notified): risk_notified is 'maybe': write yes or no"));
        EXPECTED.put("a risk flag of true", List.of("kpi.csv, line 2, column 5 (risk_notified): risk_notified is 'true': write yes or no"));
        EXPECTED.put("an exponent in a net budget", List.of("rows.csv, line 2, column 2 (net_budget): amount is '1e3': not an amount; write it as 1234.56, 1,234.56, -975 or (975)"));
        EXPECTED.put("an enormous tolerance-free number in rows", List.of("rows.csv, line 2, column 2 (net_budget): amount is '99999999999999999999': a trillion pounds or more, beyond what the library reads (less than £1,000,000,000,000); check the column and its unit"));
        EXPECTED.put("a column twice in rows", List.of("rows.csv, line 1, column 4 (forecast): the column 'forecast' appears twice"));
        EXPECTED.put("a column twice in reserves", List.of("reserves.csv, line 1, column 2 (year): the column 'year' appears twice"));
        EXPECTED.put("a column twice in KPI values", List.of("kpi.csv, line 1, column 3 (month): the column 'month' appears twice"));
        EXPECTED.put("CR-only line ends", List.of("gl.csv, line 1: the lines end with a carriage return only (CR, as old Mac programs save); save the file as CSV with Windows (CRLF) or Unix (LF) line ends"));
        EXPECTED.put("CR-only line ends in a big file", List.of("gl.csv, line 1: the lines end with a carriage return only (CR, as old Mac programs save); save the file as CSV with Windows (CRLF) or Unix (LF) line ends"));
        EXPECTED.put("an unterminated quote deep in a large ledger", List.of("gl.csv, line 100002: a quoted cell on this line is never closed: the rest of the file (more than 4194304 bytes) would be inside it; check the quotes on this line"));
        EXPECTED.put("a budget month twice for a cost centre", List.of("budget.csv, line 4, column 1 (cost_centre): cost centre cc1 already has a row for 2020-04 on line 2; give each cost centre and month once (add the amounts together)"));
        EXPECTED.put("an unnamed header cell with data is named in a note, not refused", List.of("gl.csv, line 4, column 3 (amount): amount is 'x': not an amount; write it as 1234.56, 1,234.56, -975 or (975)"));
    }

    static List<MalformedInputs.Case> cases() {
        return MalformedInputs.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachMalformedInputIsReportedAtItsCell(MalformedInputs.Case c) {
        List<String> problems = MalformedInputs.READERS.get(c.reader()).apply(c.input());
        assertThat(problems).as(c.name()).containsExactlyElementsOf(EXPECTED.get(c.name()));
    }

    @Test
    void theCatalogueHasAtLeastEightyCasesEachWithAnExpectation() {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(cases()).allMatch(c -> EXPECTED.containsKey(c.name()) && !EXPECTED.get(c.name()).isEmpty());
    }
}
