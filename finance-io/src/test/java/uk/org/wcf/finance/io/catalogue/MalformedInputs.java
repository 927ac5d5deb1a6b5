package uk.org.wcf.finance.io.catalogue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import uk.org.wcf.finance.io.AssumptionsFile;
import uk.org.wcf.finance.io.BudgetBookCsv;
import uk.org.wcf.finance.io.BudgetBookFile;
import uk.org.wcf.finance.io.DsgPlanFile;
import uk.org.wcf.finance.io.KpiCsv;
import uk.org.wcf.finance.io.MonitorRowsCsv;
import uk.org.wcf.finance.io.Problem;
import uk.org.wcf.finance.io.PublishedTableCsv;
import uk.org.wcf.finance.io.ReserveLedgerCsv;
import uk.org.wcf.finance.io.ReserveLedgerFile;
import uk.org.wcf.finance.io.SnapshotFile;
import uk.org.wcf.finance.io.StructuredFormat;
import uk.org.wcf.finance.io.internal.ledger.LedgerReader;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * The catalogue of malformed inputs: each names the reader and the bytes given to it, with the problems it must
 * report. The CLI's catalogue ({@code HostileInputCatalogueIT}) runs the same cases through the commands that read
 * each kind of file.
 */
public final class MalformedInputs {

    private MalformedInputs() {
    }

    /** Each case's problems, exactly as the reader reports them. */
    public static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

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
        EXPECTED.put("a YAML alias", List.of("a.yaml, line 2, column 7: an anchor (&t); write each value where it is used (anchors and aliases are not read)",
                "a.yaml, line 4, column 38: an alias (*t) stands for another value here; write the value itself (anchors and aliases are not read)",
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

        // issue 14: cause 7, anchors and tags, one cause one line, and more of the same kind
        EXPECTED.put("an escape character in a cost centre", List.of("gl.csv, line 2, column 2 (cost_centre): cost_centre is 'cc<U+001B>[31m1': it has U+001B (escape) at character 3; text is read as plain characters on one line (no tabs, line breaks, control, invisible or direction-override characters): retype the value"));
        EXPECTED.put("a direction override in a code", List.of("gl.csv, line 2, column 3 (subjective): subjective is 'E<U+202E>1': it has U+202E (a direction override) at character 2; text is read as plain characters on one line (no tabs, line breaks, control, invisible or direction-override characters): retype the value"));
        EXPECTED.put("a NUL in a cost centre", List.of("gl.csv, line 2, column 2 (cost_centre): cost_centre is 'cc<U+0000>1': it has U+0000 (NUL) at character 3; text is read as plain characters on one line (no tabs, line breaks, control, invisible or direction-override characters): retype the value"));
        EXPECTED.put("a tab inside a cost centre", List.of("gl.csv, line 2, column 2 (cost_centre): cost_centre is 'cc<U+0009>1': it has U+0009 (a tab) at character 3; text is read as plain characters on one line (no tabs, line breaks, control, invisible or direction-override characters): retype the value"));
        EXPECTED.put("a line break inside a quoted cost centre", List.of("gl.csv, line 2, column 2 (cost_centre): cost_centre is 'cc<U+000A>1': it has U+000A (a line feed) at character 3; text is read as plain characters on one line (no tabs, line breaks, control, invisible or direction-override characters): retype the value"));
        EXPECTED.put("a tab inside a budget's cost centre", List.of("budget.csv, line 2, column 1 (cost_centre): cost_centre is 'cc<U+0009>1': it has U+0009 (a tab) at character 3; text is read as plain characters on one line (no tabs, line breaks, control, invisible or direction-override characters): retype the value"));
        EXPECTED.put("a line break inside a quoted label", List.of("rows.csv, line 2, column 1 (line): line is 'Place<U+000A>ments': it has U+000A (a line feed) at character 6; text is read as plain characters on one line (no tabs, line breaks, control, invisible or direction-override characters): retype the value"));
        EXPECTED.put("a direction override in a label", List.of("rows.csv, line 2, column 1 (line): line is '<U+202E>A': it has U+202E (a direction override) at character 1; text is read as plain characters on one line (no tabs, line breaks, control, invisible or direction-override characters): retype the value"));
        EXPECTED.put("an escape character in a KPI code", List.of("kpi.csv, line 2, column 1 (kpi): kpi is 'KPI<U+001B>-SC1': it has U+001B (escape) at character 4; text is read as plain characters on one line (no tabs, line breaks, control, invisible or direction-override characters): retype the value"));
        EXPECTED.put("a line break in a service name", List.of("lines.csv, line 2, column 4 (name): name is 'Re<U+000A>sources': it has U+000A (a line feed) at character 3; text is read as plain characters on one line (no tabs, line breaks, control, invisible or direction-override characters): retype the value"));
        EXPECTED.put("a C1 control in a directorate", List.of("lines.csv, line 2, column 5 (directorate): directorate is 'R<U+0085>x': it has U+0085 (a control character) at character 2; text is read as plain characters on one line (no tabs, line breaks, control, invisible or direction-override characters): retype the value"));
        EXPECTED.put("a byte-order mark inside a cell", List.of("lines.csv, line 2, column 4 (name): name is 'R<U+FEFF>R': it has U+FEFF (a byte-order mark) at character 2; text is read as plain characters on one line (no tabs, line breaks, control, invisible or direction-override characters): retype the value"));
        EXPECTED.put("an escape character in a year", List.of("years.csv, line 2, column 1 (year): year is '2020<U+001B>/21': it has U+001B (escape) at character 5; text is read as plain characters on one line (no tabs, line breaks, control, invisible or direction-override characters): retype the value"));
        EXPECTED.put("a line separator in a reserve's description", List.of("reserves.csv, line 2, column 4 (description): description is 'Open<U+2028>ing': it has U+2028 (a line separator) at character 5; text is read as plain characters on one line (no tabs, line breaks, control, invisible or direction-override characters): retype the value"));
        EXPECTED.put("an escape character in a scenario's name", List.of("a.yaml, line 2, column 7 (name): name is 'S<U+001B>[2J': it has U+001B (escape) at character 2; text is read as plain characters on one line (no tabs, line breaks, control, invisible or direction-override characters): retype the value"));
        EXPECTED.put("a direction override in a key", List.of("a.yaml, line 3, column 1: the key is 'assump<U+202E>tions': it has U+202E (a direction override) at character 7; text is read as plain characters on one line (no tabs, line breaks, control, invisible or direction-override characters): retype the value",
                "a.yaml, line 3, column 22 (assump<U+202E>tions): unknown key 'assump<U+202E>tions'; the keys here are assumptions, indicativeYears, name, schemaVersion, unit",
                "a.yaml, line 1, column 1 (assumptions): assumptions must be a list of assumptions"));
        EXPECTED.put("a direction override in a JSON name", List.of("a.json, line 1, column 30 (name): name is 'S<U+202E>X': it has U+202E (a direction override) at character 2; text is read as plain characters on one line (no tabs, line breaks, control, invisible or direction-override characters): retype the value"));
        EXPECTED.put("a line break in a snapshot's line", List.of("s.yaml, line 5, column 12 (line): line is 'X<U+000A>Y': it has U+000A (a line feed) at character 2; text is read as plain characters on one line (no tabs, line breaks, control, invisible or direction-override characters): retype the value"));
        EXPECTED.put("a tab in a snapshot's title", List.of("s.yaml, line 2, column 8 (title): title is 'A<U+0009>B': it has U+0009 (a tab) at character 2; text is read as plain characters on one line (no tabs, line breaks, control, invisible or direction-override characters): retype the value"));
        EXPECTED.put("a delete character in a provision's label", List.of("d.yaml, line 8, column 22 (label): label is 'A<U+007F>': it has U+007F (delete) at character 2; text is read as plain characters on one line (no tabs, line breaks, control, invisible or direction-override characters): retype the value"));
        EXPECTED.put("a NUL in a reserve's name", List.of("r.json, line 1, column 63 (name): name is 'P<U+0000>': it has U+0000 (NUL) at character 2; text is read as plain characters on one line (no tabs, line breaks, control, invisible or direction-override characters): retype the value"));
        EXPECTED.put("an escape character in a service's name", List.of("b.yaml, line 4, column 20 (name): name is 'R<U+001B>': it has U+001B (escape) at character 2; text is read as plain characters on one line (no tabs, line breaks, control, invisible or direction-override characters): retype the value"));
        EXPECTED.put("an anchor on a plain value", List.of("a.yaml, line 2, column 7: an anchor (&a); write each value where it is used (anchors and aliases are not read)"));
        EXPECTED.put("an anchor on a value in a list", List.of("s.yaml, line 5, column 12: an anchor (&x); write each value where it is used (anchors and aliases are not read)"));
        EXPECTED.put("a !!str tag", List.of("a.yaml, line 2, column 7: a tag (!!str) decides the value's type here; write the value plainly (tags are not read)"));
        EXPECTED.put("a !!float tag on a rate", List.of("a.yaml, line 4, column 47: a tag (!!float) decides the value's type here; write the value plainly (tags are not read)"));
        EXPECTED.put("a local tag on a mapping", List.of("s.yaml, line 5, column 5: a tag (!line) decides the value's type here; write the value plainly (tags are not read)"));
        EXPECTED.put("a !!binary tag", List.of("d.yaml, line 2, column 7: a tag (!!binary) decides the value's type here; write the value plainly (tags are not read)"));
        EXPECTED.put("an anchor on a DSG plan's mapping", List.of("d.yaml, line 5, column 10: an anchor (&o); write each value where it is used (anchors and aliases are not read)"));
        EXPECTED.put("a merge key with an alias", List.of("a.yaml, line 3, column 7: an anchor (&b); write each value where it is used (anchors and aliases are not read)",
                "a.yaml, line 5, column 10: an alias (*b) stands for another value here; write the value itself (anchors and aliases are not read)",
                "a.yaml, line 3, column 7 (base): unknown key 'base'; the keys here are assumptions, indicativeYears, name, schemaVersion, unit",
                "a.yaml, line 5, column 5 (type): type is ''; it is one of staffing_inflation, flat_cash_award, utilities_inflation, demand_growth, saving, investment, contract_variation, one_off_from_reserves, other_movement"));
        EXPECTED.put("an alias as a key", List.of("s.yaml, line 2, column 9: an anchor (&p); write each value where it is used (anchors and aliases are not read)",
                "s.yaml, line 5, column 6: an alias (*p) stands for another value here; write the value itself (anchors and aliases are not read)"));
        EXPECTED.put("an anchor on a list", List.of("a.yaml, line 3, column 14: an anchor (&l); write each value where it is used (anchors and aliases are not read)"));
        EXPECTED.put("a tag on a list", List.of("a.yaml, line 3, column 14: a tag (!!seq) decides the value's type here; write the value plainly (tags are not read)"));
        EXPECTED.put("an anchor on a key", List.of("a.yaml, line 2, column 1: an anchor (&k); write each value where it is used (anchors and aliases are not read)"));
        EXPECTED.put("a tag on the first key of a mapping", List.of("s.yaml, line 5, column 6: a tag (!k) decides the value's type here; write the value plainly (tags are not read)"));
        EXPECTED.put("an anchor and a tag on one value", List.of("a.yaml, line 2, column 7: an anchor (&a); write each value where it is used (anchors and aliases are not read)",
                "a.yaml, line 2, column 7: a tag (!!str) decides the value's type here; write the value plainly (tags are not read)"));
        EXPECTED.put("an anchor in a second YAML document", List.of("a.yaml, line 5, column 7: an anchor (&a); write each value where it is used (anchors and aliases are not read)",
                "a.yaml, line 5, column 1: more content after the end of the first YAML document; a file holds one document (no second ---)"));
        EXPECTED.put("a tag after an alias as a key", List.of("s.yaml, line 2, column 9: an anchor (&p); write each value where it is used (anchors and aliases are not read)",
                "s.yaml, line 5, column 6: an alias (*p) stands for another value here; write the value itself (anchors and aliases are not read)",
                "s.yaml, line 6, column 8: a tag (!!str) decides the value's type here; write the value plainly (tags are not read)"));
        EXPECTED.put("5,000 rows with the same bad amount", List.of("rows.csv, line 2, column 2 (net_budget): amount is 'x': not an amount; write it as 1234.56, 1,234.56, -975 or (975); the same on the next 4,999 lines, to line 5,001"));
        EXPECTED.put("3,000 ledger lines with a bad date and a bad amount", List.of("gl.csv, line 2, column 1 (date): date is '2020-13-01': not a date; the same on the next 2,999 lines, to line 3,001",
                "gl.csv, line 2, column 4 (amount): amount is 'x': not an amount; write it as 1234.56, 1,234.56, -975 or (975); the same on the next 2,999 lines, to line 3,001"));
        EXPECTED.put("3,000 KPI months in year 0", List.of("kpi.csv, line 2, column 2 (month): month is '0000-06': outside the financial years the library handles, 1900/01 to 2998/99 (1 April 1900 to 31 March 2999); the same on the next 2,999 lines, to line 3,001"));
        EXPECTED.put("2,000 lines with an unknown subjective group", List.of("lines.csv, line 2, column 6 (subjective_group): subjective group is 'salaries': unknown; a subjective group is one of staffing, premises, transport, other_non_staffing, not_analysed; the same on the next 1,999 lines, to line 2,001"));
        EXPECTED.put("2,000 budget months that are not the first", List.of("budget.csv, line 2, column 2 (month): month is '2020-04-15': write the first day of the month, 2020-04-01; the same on the next 1,999 lines, to line 2,001"));
        EXPECTED.put("underscores in an amount", List.of("gl.csv, line 2, column 4 (amount): amount is '1_000': not an amount; write it as 1234.56, 1,234.56, -975 or (975)"));
        EXPECTED.put("a non-breaking space in an amount", List.of("gl.csv, line 2, column 4 (amount): amount is '1\u00a0000': not an amount; write it as 1234.56, 1,234.56, -975 or (975)"));
        EXPECTED.put("a Unicode minus in an amount", List.of("gl.csv, line 2, column 4 (amount): amount is '\u22125': not an amount; write it as 1234.56, 1,234.56, -975 or (975)"));
        EXPECTED.put("full-width digits in an amount", List.of("gl.csv, line 2, column 4 (amount): amount is '\uff15': not an amount; write it as 1234.56, 1,234.56, -975 or (975)"));
        EXPECTED.put("Arabic-Indic digits in a budget amount", List.of("lines.csv, line 2, column 7 (amount_gbp_thousands): amount is '\u0665': not an amount; write it as 1234.56, 1,234.56, -975 or (975)"));
        EXPECTED.put("Arabic-Indic digits in a rows amount", List.of("rows.csv, line 2, column 2 (net_budget): amount is '\u0665': not an amount; write it as 1234.56, 1,234.56, -975 or (975)"));
        EXPECTED.put("full-width digits in a KPI numerator", List.of("kpi.csv, line 2, column 3 (numerator): numerator is '\uff11': write a whole number such as 12 (digits 0-9 only, at most 15)"));
        EXPECTED.put("Devanagari digits in a rate", List.of("a.yaml, line 4, column 47 (rate): rate is \u0968%: a rate is a percentage such as 2% or 18.6 (plain digits, at most 10 decimals, no exponent)"));
        EXPECTED.put("Arabic-Indic digits in a snapshot amount", List.of("s.yaml, line 5, column 26 (netBudget): amount is '\u0665': not an amount; write it as 1234.56, 1,234.56, -975 or (975)"));
        EXPECTED.put("a base-60 amount in a snapshot", List.of("s.yaml, line 5, column 26 (netBudget): amount is '1:30': not an amount; write it as 1234.56, 1,234.56, -975 or (975)"));
        EXPECTED.put("an infinite rate", List.of("a.yaml, line 4, column 47 (rate): rate is .inf: a rate is a percentage such as 2% or 18.6 (plain digits, at most 10 decimals, no exponent)"));
        EXPECTED.put("a hexadecimal amount in rows", List.of("rows.csv, line 2, column 2 (net_budget): amount is '0x10': not an amount; write it as 1234.56, 1,234.56, -975 or (975)"));
        EXPECTED.put("a date with a time", List.of("gl.csv, line 2, column 1 (date): date is '2020-04-01T10:00': write a date as 2020-06-30, 30/06/2020 (day first) or 30-Jun-2020"));
        EXPECTED.put("Arabic-Indic digits in a date", List.of("gl.csv, line 2, column 1 (date): date is '\u0662\u0660\u0662\u0660-04-01': write a date as 2020-06-30, 30/06/2020 (day first) or 30-Jun-2020"));
        EXPECTED.put("full-width digits in a KPI month", List.of("kpi.csv, line 2, column 2 (month): month is '\uff12\uff10\uff12\uff10-06': write a month as 2020-06"));
        EXPECTED.put("Arabic-Indic digits in a years file", List.of("years.csv, line 2, column 1 (year): financial year is '\u0662\u0660\u0662\u0660/21': write a financial year as 2020/21"));
        EXPECTED.put("a column twice in a published table", List.of("t.csv, line 1, column 4 (2020_21): the column '2020_21' appears twice, in columns 3 and 4; keep one"));
        EXPECTED.put("an escape character in a published label", List.of("t.csv, line 2, column 2 (service): service is 'Re<U+001B>sources': it has U+001B (escape) at character 3; text is read as plain characters on one line (no tabs, line breaks, control, invisible or direction-override characters): retype the value"));
        EXPECTED.put("a non-breaking space after a cost centre", List.of("gl.csv, line 2, column 2 (cost_centre): cost_centre is 'cc1<U+00A0>': it has U+00A0 (a non-breaking space) at character 4; text is read as plain characters on one line (no tabs, line breaks, control, invisible or direction-override characters): retype the value"));
        EXPECTED.put("a zero-width space inside a budget's cost centre", List.of("budget.csv, line 2, column 1 (cost_centre): cost_centre is 'cc<U+200B>1': it has U+200B (a zero-width space) at character 3; text is read as plain characters on one line (no tabs, line breaks, control, invisible or direction-override characters): retype the value"));
        EXPECTED.put("a non-breaking space before a label", List.of("rows.csv, line 2, column 1 (line): line is '<U+00A0>A': it has U+00A0 (a non-breaking space) at character 1; text is read as plain characters on one line (no tabs, line breaks, control, invisible or direction-override characters): retype the value"));
        List<String> capped = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            capped.add("rows.csv, line " + (2 + 2 * i) + ", column 2 (net_budget): amount is 'x': not an amount; write it as"
                    + " 1234.56, 1,234.56, -975 or (975)");
        }
        capped.add("rows.csv: and 500 more problems");
        EXPECTED.put("1,500 problems on alternate lines are capped at 1,000", capped);
    }


    public static final String YEARS = "year,first_month,last_month,status\n2020/21,2020-04,2021-03,agreed\n";
    public static final String LINES = "year,kind,ref,name,directorate,subjective_group,amount_gbp_thousands\n";
    public static final String ROWS = "line,net_budget,forecast,variance_last_period\n";
    public static final String GL = "date,cost_centre,subjective,amount\n";
    public static final String RESERVES = "year,reserve,kind,description,amount_gbp_thousands,route,reference,date,passported\n";

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A small DSG management plan. */
    public static final String DSG_PLAN = "schemaVersion: 1\nname: P\nfirstYear: 2020/21\nstatutoryOverrideEnd: 2023-03-31\n"
            + "opening: {amount: -10, source: s}\nhighNeeds: {allocation: 9, illustrative: t}\nprovisions:\n"
            + "  - {code: a, label: A, numbers: 1, unitCostPounds: 9000, growth: 2%, source: s}\nmitigations:\n"
            + "  - {name: M, provision: a, lever: numbers, change: -5%, from: 2021-04-01, source: s}\n";

    /** Readers by name: each takes the file's bytes and returns the problems as text. */
    public static final Map<String, Function<byte[], List<String>>> READERS = new LinkedHashMap<>();

    static {
        READERS.put("budget lines", b -> strings(BudgetBookCsv.read("years.csv", new ByteArrayInputStream(utf8(YEARS)),
                "lines.csv", new ByteArrayInputStream(b)).problems()));
        READERS.put("budget years", b -> strings(BudgetBookCsv.read("years.csv", new ByteArrayInputStream(b),
                "lines.csv", new ByteArrayInputStream(utf8(LINES))).problems()));
        READERS.put("monitor rows", b -> strings(MonitorRowsCsv.read("rows.csv", new ByteArrayInputStream(b),
                FiscalYear.of(2020).period(6), "Total").problems()));
        READERS.put("ledger", b -> {
            uk.org.wcf.finance.ledger.PeriodTotals totals = uk.org.wcf.finance.ledger.PeriodTotals.create();
            return strings(LedgerReader.read("gl.csv", new ByteArrayInputStream(b), FiscalYear.of(2020),
                    (cc, code, p, pence) -> totals.add(cc, p, pence)).problems());
        });
        READERS.put("monthly budget", b -> strings(LedgerReader.read("budget.csv", new ByteArrayInputStream(b), FiscalYear.of(2020),
                LedgerReader.MONTHLY_BUDGET, (cc, code, p, pence) -> { }).problems()));
        READERS.put("reserves", b -> strings(ReserveLedgerCsv.read("reserves.csv", new ByteArrayInputStream(b)).problems()));
        READERS.put("assumptions yaml", b -> strings(AssumptionsFile.read("a.yaml", new ByteArrayInputStream(b), StructuredFormat.YAML).problems()));
        READERS.put("assumptions json", b -> strings(AssumptionsFile.read("a.json", new ByteArrayInputStream(b), StructuredFormat.JSON).problems()));
        READERS.put("snapshot yaml", b -> strings(SnapshotFile.read("s.yaml", new ByteArrayInputStream(b), StructuredFormat.YAML).problems()));
        READERS.put("budget book yaml", b -> strings(BudgetBookFile.read("b.yaml", new ByteArrayInputStream(b), StructuredFormat.YAML).problems()));
        READERS.put("kpi values", b -> strings(KpiCsv.readValues("kpi.csv", new ByteArrayInputStream(b),
                uk.org.wcf.finance.data.WcfData.kpis()).problems()));
        READERS.put("budget book json", b -> strings(BudgetBookFile.read("b.json", new ByteArrayInputStream(b), StructuredFormat.JSON).problems()));
        READERS.put("snapshot json", b -> strings(SnapshotFile.read("s.json", new ByteArrayInputStream(b), StructuredFormat.JSON).problems()));
        READERS.put("reserve ledger json", b -> strings(ReserveLedgerFile.read("r.json", new ByteArrayInputStream(b), StructuredFormat.JSON).problems()));
        READERS.put("published table", b -> strings(PublishedTableCsv.read("t", "t.csv", new ByteArrayInputStream(b)).problems()));
        READERS.put("dsg plan yaml", b -> strings(DsgPlanFile.read("d.yaml", new ByteArrayInputStream(b), StructuredFormat.YAML).problems()));
    }

    private static List<String> strings(List<Problem> problems) {
        List<String> out = new ArrayList<>();
        problems.forEach(p -> out.add(p.toString()));
        return out;
    }

    /**
     * A case.
     *
     * @param name what is wrong
     * @param reader the reader's name
     * @param input the file's bytes
     */
    public record Case(String name, String reader, byte[] input) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case c(String name, String reader, String text) {
        return new Case(name, reader, utf8(text));
    }

    /** @return every case, in order */
    public static List<Case> cases() {
        List<Case> cs = new ArrayList<>();
        cs.add(c("an empty file", "budget lines", ""));
        cs.add(c("a wrong header", "budget lines", "year,type,ref,name,amount_gbp_thousands\n2020/21,expenditure,A,R,1\n"));
        cs.add(c("a missing column", "monitor rows", "line,net_budget,forecast\nA,1,1\n"));
        cs.add(c("text in an amount", "budget lines", LINES + "2020/21,expenditure,A,R,R,staffing,twelve\n"));
        cs.add(c("a negative budget", "budget lines", LINES + "2020/21,expenditure,A,R,R,staffing,-5\n"));
        cs.add(c("a duplicate line", "budget lines", LINES + "2020/21,expenditure,A,R,R,staffing,5\n2020/21,expenditure,A,R,R,staffing,6\n"));
        cs.add(c("an unknown subjective group", "budget lines", LINES + "2020/21,expenditure,A,R,R,salaries,5\n"));
        cs.add(c("an unknown funding source", "budget lines", LINES + "2020/21,pass_through,lottery,Lottery,,,5\n"));
        cs.add(c("a year not in the years file", "budget lines", LINES + "2024/25,expenditure,A,R,R,staffing,5\n"));
        cs.add(c("a service with two names", "budget lines", LINES + "2020/21,expenditure,A,R,R,staffing,5\n2020/21,expenditure,A,Other,R,premises,5\n"));
        cs.add(c("too few cells", "budget lines", LINES + "2020/21,expenditure,A\n"));
        cs.add(c("too many cells", "monitor rows", ROWS + "A,1,1,0,9\n"));
        cs.add(c("a bad year", "budget years", "year,first_month,last_month,status\n2020/22,2020-04,2021-03,agreed\n"));
        cs.add(c("months outside the year", "budget years", "year,first_month,last_month,status\n2020/21,2020-04,2021-06,agreed\n"));
        cs.add(c("an unknown status", "budget years", "year,first_month,last_month,status\n2020/21,2020-04,2021-03,draft\n"));
        cs.add(c("a fraction of £000 in a rows file", "monitor rows", ROWS + "A,10.5,10,0\n"));
        cs.add(c("the total's label typed as a row", "monitor rows", ROWS + "Total,1,1,0\n"));
        cs.add(c("a bad date", "ledger", GL + "2020-02-30,cc1,E1,1.00\n"));
        cs.add(c("a date outside the year", "ledger", GL + "2021-04-01,cc1,E1,1.00\n"));
        cs.add(c("period 17", "ledger", "period,cost_centre,code,amount\nP17,cc1,E1,1.00\n"));
        cs.add(c("an enormous number", "ledger", GL + "2020-04-01,cc1,E1,12345678901234567.00\n"));
        cs.add(c("fractions of a penny", "ledger", GL + "2020-04-01,cc1,E1,1.005\n"));
        cs.add(c("a blank cost centre", "ledger", GL + "2020-04-01, ,E1,1.00\n"));
        cs.add(new Case("bytes that are not UTF-8", "ledger", concat(utf8(GL + "2020-04-01,cc"), new byte[] {(byte) 0xE9}, utf8(",E1,1.00\n"))));
        cs.add(c("a truncated file", "ledger", GL + "2020-04-01,\"cc1,E1,1.00"));
        cs.add(c("a ledger without a cost centre column", "ledger", "date,subjective,amount\n2020-04-01,E1,1.00\n"));
        cs.add(c("a budget month that is not the first", "monthly budget", "cost_centre,month,budget\ncc1,2020-04-15,100.00\n"));
        cs.add(c("a drawdown above the balance", "reserves", RESERVES + "2020/21,P,opening,,10,,,,\n2020/21,P,drawdown,x,11,change_request,CR-1,2020-06-01,no\n"));
        cs.add(c("a reserve movement without approval", "reserves", RESERVES + "2020/21,P,opening,,10,,,,\n2020/21,P,drawdown,x,1,,,,no\n"));
        cs.add(c("malformed YAML", "assumptions yaml", "name: [unclosed\n"));
        cs.add(c("an unknown key", "assumptions yaml", "schemaVersion: 1\nname: X\ncolour: red\nassumptions: []\n"));
        cs.add(c("a future schema version", "assumptions json", "{\"schemaVersion\": 9, \"name\": \"X\", \"assumptions\": []}"));
        cs.add(c("an unknown assumption type", "assumptions yaml", "schemaVersion: 1\nname: X\nassumptions:\n  - {type: pay_rise, name: P}\n"));
        cs.add(c("a rate that is not a percentage", "assumptions yaml", "schemaVersion: 1\nname: X\nassumptions:\n  - {type: staffing_inflation, name: P, rate: lots}\n"));
        cs.add(c("a DSG line outside the four blocks", "snapshot yaml", "schemaVersion: 1\nperiod: 2019/20 P6\nscope: dsg\nlines:\n  - {line: X, group: sixth_form, netBudget: 1, forecast: 1}\ngrant: {line: G, netBudget: -1, forecast: -1}\n"));
        cs.add(c("a positive grant", "snapshot yaml", "schemaVersion: 1\nperiod: 2019/20 P6\nscope: dsg\nlines:\n  - {line: X, group: schools, netBudget: 1, forecast: 1}\ngrant: {line: G, netBudget: 1, forecast: 1}\n"));
        cs.add(c("period 13 in a snapshot", "snapshot yaml", "schemaVersion: 1\nperiod: 2019/20 P13\nscope: non_dsg\nlines:\n  - {line: X, netBudget: 1, forecast: 1}\n"));
        cs.add(c("an unknown service in a budget book", "budget book yaml", "schemaVersion: 1\nyear: 2020/21\nservices:\n  - {ref: A, name: R}\nlines:\n  - {service: Z, group: staffing, amount: 1}\n"));
        cs.add(c("a duplicate key", "budget book yaml", "schemaVersion: 1\nyear: 2020/21\nyear: 2021/22\n"));
        cs.add(c("an empty JSON file", "reserve ledger json", ""));
        cs.add(c("an unknown unit in a reserve ledger", "reserve ledger json", "{\"schemaVersion\": 1, \"year\": \"2020/21\", \"unit\": \"pence\", \"reserves\": []}"));
        cs.add(c("a DSG plan assumption with no basis", "dsg plan yaml", DSG_PLAN.replace(", illustrative: t}", "}")));
        cs.add(c("a DSG workstream that raises cost", "dsg plan yaml", DSG_PLAN.replace("change: -5%", "change: 5%")));

        // issue 14: the causes of wrong money, each at its cell
        cs.add(c("two amount columns", "ledger", "date,cost_centre,amount,amount_gbp_thousands\n2020-04-01,cc1,12.34,12.34\n"));
        cs.add(c("the amount column twice", "ledger", "date,cost_centre,amount,amount\n2020-04-01,cc1,1,2\n"));
        cs.add(c("the date column twice", "ledger", "date,cost_centre,date,amount\n2020-04-01,cc1,2020-05-01,1\n"));
        cs.add(c("a date and a period column", "ledger", "date,cost_centre,period,amount\n2020-04-01,cc1,P2,1\n"));
        cs.add(c("two code columns", "ledger", "date,cost_centre,subjective,account,amount\n2020-04-01,cc1,E1,A1,1\n"));
        cs.add(c("a header column twice in a budget", "monthly budget", "cost_centre,month,budget,budget\ncc1,2020-04-01,1,2\n"));
        cs.add(c("a thousands figure that would wrap a long", "ledger", "date,cost_centre,amount_gbp_thousands\n2020-04-01,cc1,99999999999999\n"));
        cs.add(c("a total that would wrap a long", "ledger", GL + "2020-04-01,cc1,E1,999999999999.99\n".repeat(92_234)));
        cs.add(c("a year column with another year", "ledger", "year,period,cost_centre,amount\n2020/21,P1,cc1,1\n2019/20,P1,cc1,1\n"));
        cs.add(c("a year column that is not a year", "ledger", "year,period,cost_centre,amount\n2020,P1,cc1,1\n"));
        cs.add(c("a month-first date", "ledger", GL + "04/14/2020,cc1,E1,1\n"));
        cs.add(c("a date in year 0", "ledger", GL + "0000-04-01,cc1,E1,1\n"));
        cs.add(c("a date in 1899", "ledger", GL + "01/04/1899,cc1,E1,1\n"));
        cs.add(c("a date in 2999", "ledger", GL + "01-Apr-2999,cc1,E1,1\n"));
        cs.add(c("a month name that is not a month", "ledger", GL + "14-Avr-2020,cc1,E1,1\n"));
        cs.add(c("a period month in year 0", "ledger", "period,cost_centre,amount\n0000-04,cc1,1\n"));
        cs.add(c("an amount with an exponent", "ledger", GL + "2020-04-01,cc1,E1,1e5\n"));
        cs.add(c("an amount with a space after the pound sign", "ledger", GL + "2020-04-01,cc1,E1,£ 5\n"));
        cs.add(c("a minus inside brackets", "ledger", GL + "2020-04-01,cc1,E1,(-5)\n"));
        cs.add(c("misplaced thousands separators", "ledger", GL + "2020-04-01,cc1,E1,\"1,00,000\"\n"));
        cs.add(c("a decimal point with no decimals", "ledger", GL + "2020-04-01,cc1,E1,5.\n"));
        cs.add(c("decimals with no whole part", "ledger", GL + "2020-04-01,cc1,E1,.5\n"));
        cs.add(c("a plus sign", "ledger", GL + "2020-04-01,cc1,E1,+5\n"));
        cs.add(c("a fraction of a penny in thousands", "ledger", "date,cost_centre,amount_gbp_thousands\n2020-04-01,cc1,1.000001\n"));
        cs.add(c("an exponent in a budget amount", "budget lines", LINES + "2020/21,expenditure,A,R,R,staffing,1e3\n"));
        cs.add(c("a huge budget amount", "budget lines", LINES + "2020/21,expenditure,A,R,R,staffing,99999999999999\n"));
        cs.add(c("a huge exponent in a rate", "assumptions yaml", String.format("schemaVersion: 1\nname: S\nassumptions:\n  - {type: staffing_inflation, name: Pay, rate: %s}\n", "1e999999999%")));
        cs.add(c("a tiny exponent in a rate", "assumptions yaml", String.format("schemaVersion: 1\nname: S\nassumptions:\n  - {type: staffing_inflation, name: Pay, rate: %s}\n", "1e-3000000%")));
        cs.add(c("a rate with too many decimals", "assumptions yaml", String.format("schemaVersion: 1\nname: S\nassumptions:\n  - {type: staffing_inflation, name: Pay, rate: %s}\n", "2.00000000001%")));
        cs.add(c("a rate above 1,000%", "assumptions yaml", String.format("schemaVersion: 1\nname: S\nassumptions:\n  - {type: staffing_inflation, name: Pay, rate: %s}\n", "1001%")));
        cs.add(c("an exponent in an amount in a YAML file", "assumptions yaml", "schemaVersion: 1\nname: S\nassumptions:\n  - {type: saving, name: S, service: A, amount: 1e9, year: 2021/22, status: deliverable}\n"));
        cs.add(c("an exponent in an fte", "assumptions yaml", "schemaVersion: 1\nname: S\nassumptions:\n  - {type: flat_cash_award, name: F, perFtePounds: 250, fte: {A: 1e999999}, years: [2021/22]}\n"));
        cs.add(c("a YAML alias", "assumptions yaml", "schemaVersion: 1\nname: &t Scenario\nassumptions:\n  - {type: staffing_inflation, name: *t, rate: 2%}\n"));
        cs.add(c("a YAML anchor", "snapshot yaml", "schemaVersion: 1\nperiod: 2019/20 P6\nscope: non_dsg\nlines:\n  - &l {line: X, netBudget: 1, forecast: 1}\n"));
        cs.add(c("an alias of a mapping", "snapshot yaml", "schemaVersion: 1\nperiod: 2019/20 P6\nscope: non_dsg\nlines:\n  - &l {line: X, netBudget: 1, forecast: 1}\n  - *l\n"));
        cs.add(c("a second YAML document", "assumptions yaml", "schemaVersion: 1\nname: S\nassumptions: []\n---\nschemaVersion: 1\nname: T\n"));
        cs.add(c("a second JSON value", "reserve ledger json", "{\"schemaVersion\": 1, \"year\": \"2020/21\", \"reserves\": []} {\"x\": 1}"));
        cs.add(c("trailing text after JSON", "budget book json", "{\"schemaVersion\": 1} trailing"));
        cs.add(c("a second YAML document in a snapshot", "snapshot yaml", "schemaVersion: 1\nperiod: 2019/20 P6\nscope: non_dsg\nlines:\n  - {line: X, netBudget: 1, forecast: 1}\n--- {x: 1}\n"));
        cs.add(c("a risk flag of 1", "kpi values", "kpi,month,numerator,denominator,risk_notified\nKPI-SC1,2020-06,1,2,1\n"));
        cs.add(c("a risk flag of maybe", "kpi values", "kpi,month,numerator,denominator,risk_notified\nKPI-SC1,2020-06,1,2,maybe\n"));
        cs.add(c("a risk flag of true", "kpi values", "kpi,month,numerator,denominator,risk_notified\nKPI-SC1,2020-06,1,2,true\n"));
        cs.add(c("an exponent in a net budget", "monitor rows", ROWS + "A,1e3,1,0\n"));
        cs.add(c("an enormous tolerance-free number in rows", "monitor rows", ROWS + "A,99999999999999999999,1,0\n"));
        cs.add(c("a column twice in rows", "monitor rows", "line,net_budget,forecast,forecast,variance_last_period\nA,1,1,1,0\n"));
        cs.add(c("a column twice in reserves", "reserves", "year,year,reserve,kind,description,amount_gbp_thousands,route,reference,date,passported\n"));
        cs.add(c("a column twice in KPI values", "kpi values", "kpi,month,month,numerator,denominator\nKPI-SC1,2020-06,2020-06,1,2\n"));
        cs.add(c("CR-only line ends", "ledger", "date,cost_centre,amount\r2020-04-01,cc1,1\r"));
        cs.add(c("CR-only line ends in a big file", "ledger", "date,cost_centre,amount\r" + "2020-04-01,cc1,1\r".repeat(300_000)));
        cs.add(c("an unterminated quote deep in a large ledger", "ledger", GL + "2020-04-01,cc1,E1,1\n".repeat(100_000)
                + "2020-04-01,\"cc1,E1,1\n" + "2020-04-01,cc1,E1,1\n".repeat(250_000)));
        cs.add(c("a budget month twice for a cost centre", "monthly budget", "cost_centre,month,budget\ncc1,2020-04-01,1\ncc2,2020-04-01,1\ncc1,01/04/2020,2\n"));
        cs.add(c("an unnamed header cell with data is named in a note, not refused", "ledger", "date,cost_centre,amount,\n2020-04-01,cc1,1,x\n2020-04-01,cc1,1,\n2020-04-01,cc1,x,\n"));

        // issue 14, cause 7: control and direction-override characters, refused at their cell in every reader
        cs.add(c("an escape character in a cost centre", "ledger", GL + "2020-04-01,cc\u001b[31m1,E1,1\n"));
        cs.add(c("a direction override in a code", "ledger", GL + "2020-04-01,cc1,E\u202e1,1\n"));
        cs.add(c("a NUL in a cost centre", "ledger", GL + "2020-04-01,cc\u00001,E1,1\n"));
        cs.add(c("a tab inside a cost centre", "ledger", GL + "2020-04-01,cc\t1,E1,1\n"));
        cs.add(c("a line break inside a quoted cost centre", "ledger", GL + "2020-04-01,\"cc\n1\",E1,1\n"));
        cs.add(c("a tab inside a budget's cost centre", "monthly budget", "cost_centre,month,budget\ncc\t1,2020-04-01,1\n"));
        cs.add(c("a line break inside a quoted label", "monitor rows", ROWS + "\"Place\nments\",1,1,0\n"));
        cs.add(c("a direction override in a label", "monitor rows", ROWS + "\u202eA,1,1,0\n"));
        cs.add(c("an escape character in a KPI code", "kpi values", "kpi,month,numerator,denominator\nKPI\u001b-SC1,2020-06,1,2\n"));
        cs.add(c("a line break in a service name", "budget lines", LINES + "2020/21,expenditure,A,\"Re\nsources\",R,staffing,5\n"));
        cs.add(c("a C1 control in a directorate", "budget lines", LINES + "2020/21,expenditure,A,R,R\u0085x,staffing,5\n"));
        cs.add(c("a byte-order mark inside a cell", "budget lines", LINES + "2020/21,expenditure,A,R\ufeffR,R,staffing,5\n"));
        cs.add(c("an escape character in a year", "budget years", "year,first_month,last_month,status\n2020\u001b/21,2020-04,2021-03,agreed\n"));
        cs.add(c("a line separator in a reserve's description", "reserves", RESERVES + "2020/21,P,opening,Open\u2028ing,10,,,,\n"));
        cs.add(c("an escape character in a scenario's name", "assumptions yaml", "schemaVersion: 1\nname: \"S\\e[2J\"\nassumptions: []\n"));
        cs.add(c("a direction override in a key", "assumptions yaml", "schemaVersion: 1\nname: S\n\"assump\\u202etions\": []\n"));
        cs.add(c("a direction override in a JSON name", "assumptions json", "{\"schemaVersion\": 1, \"name\": \"S\\u202eX\", \"assumptions\": []}"));
        cs.add(c("a line break in a snapshot's line", "snapshot yaml", "schemaVersion: 1\nperiod: 2019/20 P6\nscope: non_dsg\nlines:\n  - {line: \"X\\nY\", netBudget: 1, forecast: 1}\n"));
        cs.add(c("a tab in a snapshot's title", "snapshot yaml", "schemaVersion: 1\ntitle: \"A\\tB\"\nperiod: 2019/20 P6\nscope: non_dsg\nlines:\n  - {line: X, netBudget: 1, forecast: 1}\n"));
        cs.add(c("a delete character in a provision's label", "dsg plan yaml", DSG_PLAN.replace("label: A", "label: \"A\\x7f\"")));
        cs.add(c("a NUL in a reserve's name", "reserve ledger json", "{\"schemaVersion\": 1, \"year\": \"2020/21\", \"reserves\": [{\"name\": \"P\\u0000\", \"opening\": \"1\"}]}"));
        cs.add(c("an escape character in a service's name", "budget book yaml", "schemaVersion: 1\nyear: 2020/21\nservices:\n  - {ref: A, name: \"R\\e\"}\nlines: []\n"));

        // issue 14: anchors on plain values and tags, refused at their line and column
        cs.add(c("an anchor on a plain value", "assumptions yaml", "schemaVersion: 1\nname: &a Foo\nassumptions: []\n"));
        cs.add(c("an anchor on a value in a list", "snapshot yaml", "schemaVersion: 1\nperiod: 2019/20 P6\nscope: non_dsg\nlines:\n  - {line: &x X, netBudget: 1, forecast: 1}\n"));
        cs.add(c("a !!str tag", "assumptions yaml", "schemaVersion: 1\nname: !!str Foo\nassumptions: []\n"));
        cs.add(c("a !!float tag on a rate", "assumptions yaml", "schemaVersion: 1\nname: S\nassumptions:\n  - {type: staffing_inflation, name: P, rate: !!float 2}\n"));
        cs.add(c("a local tag on a mapping", "snapshot yaml", "schemaVersion: 1\nperiod: 2019/20 P6\nscope: non_dsg\nlines:\n  - !line {line: X, netBudget: 1, forecast: 1}\n"));
        cs.add(c("a !!binary tag", "dsg plan yaml", DSG_PLAN.replace("name: P\n", "name: !!binary UA==\n")));
        cs.add(c("an anchor on a DSG plan's mapping", "dsg plan yaml", DSG_PLAN.replace("opening: {", "opening: &o {")));
        cs.add(c("a merge key with an alias", "assumptions yaml", "schemaVersion: 1\nname: S\nbase: &b {type: saving}\nassumptions:\n  - {<<: *b, name: P}\n"));
        cs.add(c("an alias as a key", "snapshot yaml", "schemaVersion: 1\nperiod: &p 2019/20 P6\nscope: non_dsg\nlines:\n  - {*p : X}\n"));
        // issue 16: the marks are found as the document is read, and after where the read stops
        cs.add(c("an anchor on a list", "assumptions yaml", "schemaVersion: 1\nname: S\nassumptions: &l []\n"));
        cs.add(c("a tag on a list", "assumptions yaml", "schemaVersion: 1\nname: S\nassumptions: !!seq []\n"));
        cs.add(c("an anchor on a key", "assumptions yaml", "schemaVersion: 1\n&k name: S\nassumptions: []\n"));
        cs.add(c("a tag on the first key of a mapping", "snapshot yaml", "schemaVersion: 1\nperiod: 2019/20 P6\nscope: non_dsg\nlines:\n  - {!k line: X, netBudget: 1, forecast: 1}\n"));
        cs.add(c("an anchor and a tag on one value", "assumptions yaml", "schemaVersion: 1\nname: &a !!str S\nassumptions: []\n"));
        cs.add(c("an anchor in a second YAML document", "assumptions yaml", "schemaVersion: 1\nname: S\nassumptions: []\n---\nname: &a T\n"));
        cs.add(c("a tag after an alias as a key", "snapshot yaml", "schemaVersion: 1\nperiod: &p 2019/20 P6\nscope: non_dsg\nlines:\n  - {*p : X}\ntitle: !!str T\n"));

        // issue 14, cause 10: one cause, one line; the cap
        cs.add(c("5,000 rows with the same bad amount", "monitor rows", ROWS + "A,x,1,0\n".repeat(5000)));
        cs.add(c("3,000 ledger lines with a bad date and a bad amount", "ledger", GL + "2020-13-01,cc1,E1,x\n".repeat(3000)));
        cs.add(c("3,000 KPI months in year 0", "kpi values", "kpi,month,numerator,denominator\n" + "KPI-SC1,0000-06,1,2\n".repeat(3000)));
        cs.add(c("2,000 lines with an unknown subjective group", "budget lines", LINES + "2020/21,expenditure,A,R,R,salaries,5\n".repeat(2000)));
        cs.add(c("2,000 budget months that are not the first", "monthly budget", "cost_centre,month,budget\n" + "cc1,2020-04-15,1\n".repeat(2000)));
        StringBuilder alternate = new StringBuilder(ROWS);
        for (int i = 0; i < 3000; i++) {
            alternate.append("L").append(i).append(i % 2 == 0 ? ",x,1,0\n" : ",1,1,0\n");
        }
        cs.add(c("1,500 problems on alternate lines are capped at 1,000", "monitor rows", alternate.toString()));

        // more of the same kind, found while building the catalogue
        cs.add(c("underscores in an amount", "ledger", GL + "2020-04-01,cc1,E1,1_000\n"));
        cs.add(c("a non-breaking space in an amount", "ledger", GL + "2020-04-01,cc1,E1,1\u00a0000\n"));
        cs.add(c("a Unicode minus in an amount", "ledger", GL + "2020-04-01,cc1,E1,\u22125\n"));
        cs.add(c("full-width digits in an amount", "ledger", GL + "2020-04-01,cc1,E1,\uff15\n"));
        cs.add(c("Arabic-Indic digits in a budget amount", "budget lines", LINES + "2020/21,expenditure,A,R,R,staffing,\u0665\n"));
        cs.add(c("Arabic-Indic digits in a rows amount", "monitor rows", ROWS + "A,\u0665,1,0\n"));
        cs.add(c("full-width digits in a KPI numerator", "kpi values", "kpi,month,numerator,denominator\nKPI-SC1,2020-06,\uff11,2\n"));
        cs.add(c("Devanagari digits in a rate", "assumptions yaml", "schemaVersion: 1\nname: S\nassumptions:\n  - {type: staffing_inflation, name: P, rate: \u0968%}\n"));
        cs.add(c("Arabic-Indic digits in a snapshot amount", "snapshot yaml", "schemaVersion: 1\nperiod: 2019/20 P6\nscope: non_dsg\nlines:\n  - {line: X, netBudget: \u0665, forecast: 1}\n"));
        cs.add(c("a base-60 amount in a snapshot", "snapshot yaml", "schemaVersion: 1\nperiod: 2019/20 P6\nscope: non_dsg\nlines:\n  - {line: X, netBudget: 1:30, forecast: 1}\n"));
        cs.add(c("an infinite rate", "assumptions yaml", "schemaVersion: 1\nname: S\nassumptions:\n  - {type: staffing_inflation, name: P, rate: .inf}\n"));
        cs.add(c("a hexadecimal amount in rows", "monitor rows", ROWS + "A,0x10,1,0\n"));
        cs.add(c("a date with a time", "ledger", GL + "2020-04-01T10:00,cc1,E1,1\n"));
        cs.add(c("Arabic-Indic digits in a date", "ledger", GL + "\u0662\u0660\u0662\u0660-04-01,cc1,E1,1\n"));
        cs.add(c("full-width digits in a KPI month", "kpi values", "kpi,month,numerator,denominator\nKPI-SC1,\uff12\uff10\uff12\uff10-06,1,2\n"));
        cs.add(c("Arabic-Indic digits in a years file", "budget years", "year,first_month,last_month,status\n\u0662\u0660\u0662\u0660/21,2020-04,2021-03,agreed\n"));
        cs.add(c("a column twice in a published table", "published table", "ref,service,2020_21,2020_21\nA,Resources,1,2\n"));
        cs.add(c("an escape character in a published label", "published table", "ref,service,2020_21\nA,Re\u001bsources,1\n"));
        cs.add(c("a non-breaking space after a cost centre", "ledger", GL + "2020-04-01,cc1\u00a0,E1,1\n"));
        cs.add(c("a zero-width space inside a budget's cost centre", "monthly budget", "cost_centre,month,budget\ncc\u200b1,2020-04-01,1\n"));
        cs.add(c("a non-breaking space before a label", "monitor rows", ROWS + "\u00a0A,1,1,0\n"));
        return cs;
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int i = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }

    /** Prints every case's problems, to review them before they are written into the expectations. */
    public static void main(String[] args) {
        for (Case c : cases()) {
            System.out.println("## " + c.name());
            READERS.get(c.reader()).apply(c.input()).forEach(p -> System.out.println("   " + p));
        }
    }
}
