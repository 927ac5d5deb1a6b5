package uk.org.wcf.finance.io.export;

import java.util.ArrayList;
import java.util.List;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.io.AssumptionsFile;
import uk.org.wcf.finance.io.BudgetBookCsv;
import uk.org.wcf.finance.io.BudgetBookFile;
import uk.org.wcf.finance.io.BudgetBookXlsx;
import uk.org.wcf.finance.io.write.Csv;
import uk.org.wcf.finance.io.write.HtmlReport;
import uk.org.wcf.finance.io.MonitorRowsCsv;
import uk.org.wcf.finance.io.ReserveLedgerCsv;
import uk.org.wcf.finance.io.ReserveLedgerFile;
import uk.org.wcf.finance.io.SnapshotFile;
import uk.org.wcf.finance.io.write.XlsxWriter;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.monitor.MonitoringReport;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.monitor.MonitoringText;
import uk.org.wcf.finance.plan.AssumptionSet;
import uk.org.wcf.finance.plan.Plan;
import uk.org.wcf.finance.report.BusinessPlanTables;
import uk.org.wcf.finance.report.FigureFormat;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.report.TableText;
import uk.org.wcf.finance.reserve.ReserveLedger;

/**
 * The export matrix: what can be exported, each in the formats it has ({@link Export#write}). Figures for people
 * (Markdown, HTML) are rounded to £000 through {@link RoundingPolicy#THOUSANDS}, with any footing difference noted
 * under its table; the workbook keeps exact figures and totals as formulas.
 *
 * <table>
 * <caption>What is written in each format</caption>
 * <tr><th></th><th>xlsx</th><th>csv</th><th>json, yaml</th><th>md, html</th></tr>
 * <tr><td>budget</td><td>Tables 2 and 4</td><td>the budget book's lines file</td><td>the budget book</td>
 * <td>Tables 2 and 4</td></tr>
 * <tr><td>book</td><td>the budget book workbook ({@link BudgetBookXlsx})</td><td>the lines file</td>
 * <td>the budget book</td><td>refused</td></tr>
 * <tr><td>plan</td><td>Table 3 and each year's bridge</td><td>Table 3 at £000</td><td>the assumptions</td>
 * <td>Table 3 and each year's bridge</td></tr>
 * <tr><td>monitor</td><td>the report, with variance as a % of budget</td><td>the report's rows</td>
 * <td>the period's snapshot</td><td>the report</td></tr>
 * <tr><td>reserves</td><td>the ledger</td><td>the ledger</td><td>the ledger</td><td>the ledger</td></tr>
 * </table>
 */
public final class Exporter {

    private static final RoundingPolicy POLICY = RoundingPolicy.THOUSANDS;

    private Exporter() {
    }

    /**
     * A budget: its tables for workbook, Markdown and HTML; its book for CSV, JSON and YAML.
     *
     * @param book the budget book
     * @param title the title of the Markdown and HTML forms
     * @param tables the tables printed, as titled for the reader (Business Plan Tables 2 and 4 of the book)
     * @return the export
     */
    public static Export budget(BudgetBook book, String title, List<FigureTable> tables) {
        return new Export("budget", title, () -> BudgetBookCsv.writeLines(List.of(book)),
                f -> BudgetBookFile.write(book, f), out -> XlsxWriter.write(sheets(tables), out), sections(tables));
    }

    /**
     * A budget book itself, in a form the library reads back: the budget book workbook, the lines file, JSON or YAML;
     * Markdown and HTML are refused (the budget export prints it).
     *
     * @param book the budget book
     * @return the export
     */
    public static Export book(BudgetBook book) {
        return new Export("book", "Budget book " + book.year(), () -> BudgetBookCsv.writeLines(List.of(book)),
                f -> BudgetBookFile.write(book, f), out -> BudgetBookXlsx.write(book, out), List.of());
    }

    /**
     * A plan: Table 3 and the bridge into each later year; its CSV is Table 3 at £000 and its JSON and YAML the
     * assumptions it applies.
     *
     * @param plan the plan
     * @param title the title of the Markdown and HTML forms, such as "WCF three-year plan from 2020/21"
     * @param assumptions the plan's assumptions, named
     * @return the export
     */
    public static Export plan(Plan plan, String title, AssumptionSet assumptions) {
        List<FigureTable> tables = new ArrayList<>(List.of(BusinessPlanTables.table3(plan.years())));
        plan.years().subList(1, plan.years().size()).forEach(y -> tables.add(plan.bridgeTable(y.year())));
        return new Export("plan", title,
                () -> Csv.table(BusinessPlanTables.table3(plan.years()).round(POLICY)),
                f -> AssumptionsFile.write(assumptions, f), out -> XlsxWriter.write(sheets(tables), out),
                sections(tables));
    }

    /**
     * A monitoring report: its rows for CSV, workbook, Markdown and HTML, and the period's snapshot it was made from
     * for JSON and YAML.
     *
     * @param report the report
     * @param snapshot the snapshot of the report's period
     * @return the export
     */
    public static Export monitor(MonitoringReport report, MonitoringSnapshot snapshot) {
        String title = report.title() + ", " + report.period();
        List<String[]> cells = MonitoringText.cells(report, POLICY, FigureFormat.PRINTED);
        List<String> totals = report.rows().stream().filter(r -> r.kind() != MonitoringReport.RowKind.LINE
                && r.kind() != MonitoringReport.RowKind.GRANT).map(MonitoringReport.Row::label).toList();
        HtmlReport.Section section = new HtmlReport.Section(title + " (£000)", cells, 1,
                HtmlReport.totalRows(cells, 0, totals), report.notes());
        XlsxWriter.SheetSpec sheet = new XlsxWriter.SheetSpec(report.table(report.hasOtherAdjustments()),
                new XlsxWriter.Percent("variance_after_adjustments", "%", "variance_after_adjustments", "net_budget"));
        return new Export("monitor", title, () -> MonitorRowsCsv.write(report, POLICY), f -> SnapshotFile.write(snapshot, f),
                out -> XlsxWriter.write(List.of(sheet), out), List.of(section));
    }

    /**
     * A year's earmarked reserves.
     *
     * @param ledger the reserves ledger
     * @return the export
     */
    public static Export reserves(ReserveLedger ledger) {
        List<FigureTable> tables = List.of(ledger.table());
        return new Export("reserves", "Earmarked reserves " + ledger.year(), () -> ReserveLedgerCsv.write(List.of(ledger)),
                f -> ReserveLedgerFile.write(ledger, f), out -> XlsxWriter.write(sheets(tables), out), sections(tables));
    }

    private static List<XlsxWriter.SheetSpec> sheets(List<FigureTable> tables) {
        return tables.stream().map(XlsxWriter.SheetSpec::of).toList();
    }

    /** Each table at £000, its total rows marked and a note for each footing difference. */
    private static List<HtmlReport.Section> sections(List<FigureTable> tables) {
        List<HtmlReport.Section> sections = new ArrayList<>();
        for (FigureTable t : tables) {
            var rounded = t.round(POLICY);
            List<String[]> cells = TableText.cells(rounded, FigureFormat.PRINTED);
            List<Integer> totals = new ArrayList<>();
            for (int i = 0; i < t.rows().size(); i++) {
                if (t.rows().get(i).isTotal()) {
                    totals.add(i + 1);
                }
            }
            List<String> notes = rounded.footingDifferences().stream().map(d -> "Footing: " + t.row(d.row()).label()
                    + " / " + t.column(d.column()).heading() + ": total " + d.roundedTotal() + ", rounded parts add to "
                    + d.sumOfRoundedParts()).toList();
            sections.add(new HtmlReport.Section(t.title() + " (£000)", cells, 2, totals, notes));
        }
        return sections;
    }
}
