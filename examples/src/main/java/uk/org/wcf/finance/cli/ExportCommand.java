package uk.org.wcf.finance.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.data.WcfData;
import uk.org.wcf.finance.io.AssumptionsFile;
import uk.org.wcf.finance.io.AtomicFiles;
import uk.org.wcf.finance.io.BudgetBookCsv;
import uk.org.wcf.finance.io.BudgetBookFile;
import uk.org.wcf.finance.io.BudgetBookXlsx;
import uk.org.wcf.finance.io.Csv;
import uk.org.wcf.finance.io.HtmlReport;
import uk.org.wcf.finance.io.MonitorRowsCsv;
import uk.org.wcf.finance.io.ReserveLedgerCsv;
import uk.org.wcf.finance.io.ReserveLedgerFile;
import uk.org.wcf.finance.io.SnapshotFile;
import uk.org.wcf.finance.io.TreeNode;
import uk.org.wcf.finance.io.XlsxWriter;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.monitor.MonitoringReport;
import uk.org.wcf.finance.monitor.MonitoringText;
import uk.org.wcf.finance.plan.AssumptionSet;
import uk.org.wcf.finance.plan.Plan;
import uk.org.wcf.finance.report.BusinessPlanTables;
import uk.org.wcf.finance.report.FigureFormat;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.report.TableText;
import uk.org.wcf.finance.reserve.ReserveLedger;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * {@code export}: the budget, plan, monitoring report or reserves of the embedded dataset, in a file format; the
 * budget (and the budget book itself) also of the user's own {@code --book}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the budget, plan, monitoring report or reserves of the embedded dataset to a file.",
                "As xlsx (one sheet per table, totals as formulas), csv, json, yaml, md (Markdown) or html (a printable "
                        + "page); without --format, the format follows the output's ending. json and yaml are the "
                        + "library's own formats, which it reads back; csv is the library's CSV format for budget and "
                        + "reserves, the report columns for monitor, Table 3 for plan. book writes the budget book "
                        + "itself in a form --book reads back: xlsx (sheets Budget and Funding, the layout of "
                        + "finance-io/README), csv (the lines file), json or yaml. budget and book take --book to "
                        + "export your own book. The file is written whole or not at all."},
        footer = {"", "Examples:", "  wcf-finance export budget --output budget.xlsx",
                "  wcf-finance export book --book examples/data/own-budget.yaml --output own-budget.xlsx",
                "  wcf-finance export monitor --format html --output p6.html"})
final class ExportCommand implements Callable<Integer> {

    /** What can be exported. */
    enum What { budget, plan, monitor, reserves, book }

    /** The file formats. */
    enum Format { xlsx, csv, json, yaml, md, html }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "budget, plan, monitor, reserves or book")
    private What what;

    @Option(names = "--format", description = "xlsx, csv, json, yaml, md or html (default: from the output file's ending)")
    private Format format;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "the file to write")
    private Path output;

    @Option(names = "--year", converter = YearConverter.class,
            description = "the year of the budget or reserves (default: 2020/21, or the --book file's one year); the plan and the monitoring report "
                    + "are of their one year")
    private FiscalYear year;

    @Option(names = "--verbose", description = "show a stack trace on errors")
    private boolean verbose;

    @picocli.CommandLine.Mixin
    private BookOption book;

    @Override
    public Integer call() throws Exception {
        format = format(format, output);
        FiscalYear only = switch (what) {
            case plan -> WcfData.plan2020().base().year();
            case monitor -> WcfData.dsgReport2019P6().period().year();
            default -> null;
        };
        if (only != null && year != null && !year.equals(only)) {
            throw new IllegalArgumentException("the embedded " + (what == What.plan ? "plan starts from " : "monitoring report is of ")
                    + only + "; there is no " + what + " for --year " + year);
        }
        if (book.given() && what != What.budget && what != What.book) {
            throw new IllegalArgumentException("--book goes with export budget or export book: the " + what
                    + " export is of the embedded dataset");
        }
        if (what == What.book && (format == Format.md || format == Format.html)) {
            throw new IllegalArgumentException("export book writes xlsx, csv, json or yaml, which --book reads back; for "
                    + "a printable " + format + " use export budget");
        }
        BudgetBook given = what == What.budget || what == What.book ? book.book(year) : null;
        if (year == null) {
            year = given == null ? BookOption.EMBEDDED_DEFAULT : given.year();
        }
        RoundingPolicy policy = RoundingPolicy.THOUSANDS;
        List<XlsxWriter.SheetSpec> sheets = new ArrayList<>();
        List<HtmlReport.Section> sections = new ArrayList<>();
        String title;
        String text = null;
        switch (what) {
            case budget, book -> {
                title = (book.given() ? "Budget book " + year + ", " + book.file.getFileName() : "WCF budget book " + year);
                // the embedded dataset's book is written as it always was: its names (WCF, WCC) are the dataset's,
                // not declared in a file; a given book's declared names are written back
                BudgetBook written = book.given() ? given : given.withParties(BudgetBook.Parties.NONE);
                text = switch (format) {
                    case csv -> BudgetBookCsv.writeLines(List.of(written));
                    case json, yaml -> BudgetBookFile.write(written, tree());
                    default -> null;
                };
                tables(List.of(book.titled(BusinessPlanTables.table2(given)),
                        book.titled(BusinessPlanTables.table4(given))), sheets, sections);
            }
            case plan -> {
                Plan plan = WcfData.plan2020();
                title = "WCF three-year plan from " + plan.base().year();
                text = switch (format) {
                    case csv -> Csv.table(BusinessPlanTables.table3(plan.years()).round(policy));
                    case json, yaml -> AssumptionsFile.write(new AssumptionSet("Business Plan 2020/21",
                            plan.indicativeYears(), plan.assumptions()), tree());
                    default -> null;
                };
                List<FigureTable> t = new ArrayList<>(List.of(BusinessPlanTables.table3(plan.years())));
                plan.years().subList(1, plan.years().size()).forEach(y -> t.add(plan.bridgeTable(y.year())));
                tables(t, sheets, sections);
            }
            case monitor -> {
                MonitoringReport report = WcfData.dsgReport2019P6();
                title = report.title() + ", " + report.period();
                text = switch (format) {
                    case csv -> MonitorRowsCsv.write(report, policy);
                    case json, yaml -> SnapshotFile.write(WcfData.dsgSnapshot2019(6), tree());
                    default -> null;
                };
                sheets.add(new XlsxWriter.SheetSpec(report.table(report.hasOtherAdjustments()), new XlsxWriter.Percent(
                        "variance_after_adjustments", "%", "variance_after_adjustments", "net_budget")));
                List<String[]> cells = MonitoringText.cells(report, policy, FigureFormat.PRINTED);
                sections.add(new HtmlReport.Section(title + " (£000)", cells, 1, HtmlReport.totalRows(cells, 0,
                        report.rows().stream().filter(r -> r.kind() != MonitoringReport.RowKind.LINE
                                && r.kind() != MonitoringReport.RowKind.GRANT).map(MonitoringReport.Row::label).toList()),
                        report.notes()));
            }
            default -> {
                ReserveLedger ledger = WcfData.reserves(year);
                title = "Earmarked reserves " + year;
                text = switch (format) {
                    case csv -> ReserveLedgerCsv.write(List.of(ledger));
                    case json, yaml -> ReserveLedgerFile.write(ledger, tree());
                    default -> null;
                };
                tables(List.of(ledger.table()), sheets, sections);
            }
        }
        if (format == Format.xlsx && what == What.book) {
            write(out -> BudgetBookXlsx.write(book.given() ? given : given.withParties(BudgetBook.Parties.NONE), out));
        } else if (format == Format.xlsx) {
            write(out -> XlsxWriter.write(sheets, out));
        } else if (format == Format.html) {
            String page = HtmlReport.page(title, "wcf-finance, figures in GBP thousands", sections);
            write(out -> out.write(page.getBytes(StandardCharsets.UTF_8)));
        } else if (format == Format.md) {
            StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
            for (HtmlReport.Section s : sections) {
                md.append(TableText.markdownGrid(s.title(), s.cells(), s.textColumns()));
                s.notes().forEach(n -> md.append("\n").append(n).append('\n'));
                md.append('\n');
            }
            String body = md.toString();
            write(out -> out.write(body.getBytes(StandardCharsets.UTF_8)));
        } else {
            String body = text;
            write(out -> {
                if (format == Format.csv) {
                    out.write(Output.BOM);
                }
                out.write(body.getBytes(StandardCharsets.UTF_8));
            });
        }
        spec.commandLine().getOut().println("wrote " + output + " (" + what + ", " + format + ")");
        return WcfFinance.OK;
    }

    /**
     * The format: {@code --format} when given, else the one the file's ending names; a format that contradicts the
     * ending is refused.
     */
    static Format format(Format given, Path output) {
        String n = output.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        int dot = n.lastIndexOf('.');
        String ending = dot < 0 ? "" : n.substring(dot + 1);
        Format byName = switch (ending) {
            case "xlsx" -> Format.xlsx;
            case "csv" -> Format.csv;
            case "json" -> Format.json;
            case "yaml", "yml" -> Format.yaml;
            case "md", "markdown" -> Format.md;
            case "html", "htm" -> Format.html;
            default -> null;
        };
        if (given == null && byName == null) {
            throw new IllegalArgumentException("cannot tell the format from " + output.getFileName()
                    + ": give --format, or name the file .xlsx, .csv, .json, .yaml, .md or .html");
        }
        if (given != null && byName != null && given != byName) {
            throw new IllegalArgumentException("--format " + given + " does not match the output file " + output.getFileName()
                    + ": name it ." + given + ", or leave --format out");
        }
        return given != null ? given : byName;
    }

    private TreeNode.Format tree() {
        return format == Format.json ? TreeNode.Format.JSON : TreeNode.Format.YAML;
    }

    private void tables(List<FigureTable> tables, List<XlsxWriter.SheetSpec> sheets, List<HtmlReport.Section> sections) {
        for (FigureTable t : tables) {
            sheets.add(XlsxWriter.SheetSpec.of(t));
            var rounded = t.round(RoundingPolicy.THOUSANDS);
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
    }

    private void write(AtomicFiles.Content content) throws IOException {
        Output.write(output, content);
    }
}
