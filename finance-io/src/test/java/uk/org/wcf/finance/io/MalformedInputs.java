package uk.org.wcf.finance.io;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import uk.org.wcf.finance.time.FiscalYear;

/** The catalogue of malformed inputs: each names the reader and the bytes given to it. */
final class MalformedInputs {

    private MalformedInputs() {
    }

    static final String YEARS = "year,first_month,last_month,status\n2020/21,2020-04,2021-03,agreed\n";
    static final String LINES = "year,kind,ref,name,directorate,subjective_group,amount_gbp_thousands\n";
    static final String ROWS = "line,net_budget,forecast,variance_last_period\n";
    static final String GL = "date,cost_centre,subjective,amount\n";
    static final String RESERVES = "year,reserve,kind,description,amount_gbp_thousands,route,reference,date,passported\n";

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Readers by name: each takes the file's bytes and returns the problems as text. */
    /** A small DSG management plan. */
    static final String DSG_PLAN = "schemaVersion: 1\nname: P\nfirstYear: 2020/21\nstatutoryOverrideEnd: 2023-03-31\n"
            + "opening: {amount: -10, source: s}\nhighNeeds: {allocation: 9, illustrative: t}\nprovisions:\n"
            + "  - {code: a, label: A, numbers: 1, unitCostPounds: 9000, growth: 2%, source: s}\nmitigations:\n"
            + "  - {name: M, provision: a, lever: numbers, change: -5%, from: 2021-04-01, source: s}\n";

    static final Map<String, Function<byte[], List<String>>> READERS = new LinkedHashMap<>();

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
        READERS.put("assumptions yaml", b -> strings(AssumptionsFile.read("a.yaml", new ByteArrayInputStream(b), TreeNode.Format.YAML).problems()));
        READERS.put("assumptions json", b -> strings(AssumptionsFile.read("a.json", new ByteArrayInputStream(b), TreeNode.Format.JSON).problems()));
        READERS.put("snapshot yaml", b -> strings(SnapshotFile.read("s.yaml", new ByteArrayInputStream(b), TreeNode.Format.YAML).problems()));
        READERS.put("budget book yaml", b -> strings(BudgetBookFile.read("b.yaml", new ByteArrayInputStream(b), TreeNode.Format.YAML).problems()));
        READERS.put("kpi values", b -> strings(KpiCsv.readValues("kpi.csv", new ByteArrayInputStream(b),
                uk.org.wcf.finance.data.WcfData.kpis()).problems()));
        READERS.put("budget book json", b -> strings(BudgetBookFile.read("b.json", new ByteArrayInputStream(b), TreeNode.Format.JSON).problems()));
        READERS.put("snapshot json", b -> strings(SnapshotFile.read("s.json", new ByteArrayInputStream(b), TreeNode.Format.JSON).problems()));
        READERS.put("reserve ledger json", b -> strings(ReserveLedgerFile.read("r.json", new ByteArrayInputStream(b), TreeNode.Format.JSON).problems()));
        READERS.put("dsg plan yaml", b -> strings(DsgPlanFile.read("d.yaml", new ByteArrayInputStream(b), TreeNode.Format.YAML).problems()));
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
    record Case(String name, String reader, byte[] input) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case c(String name, String reader, String text) {
        return new Case(name, reader, utf8(text));
    }

    static List<Case> cases() {
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
