package uk.org.wcf.finance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.joda.money.Money;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.org.wcf.finance.data.CheckRules;
import uk.org.wcf.finance.data.WcfData;
import uk.org.wcf.finance.data.WcfDataset;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.monitor.MonitoringText;
import uk.org.wcf.finance.report.BusinessPlanTables;
import uk.org.wcf.finance.report.Difference;
import uk.org.wcf.finance.report.FigureFormat;
import uk.org.wcf.finance.report.TableCheck;
import uk.org.wcf.finance.report.TableText;
import uk.org.wcf.finance.reserve.ReserveLedger;
import uk.org.wcf.finance.time.FiscalYear;

/** {@code check}: regenerate every published table from the model and compare it with the source. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Regenerates every published table from the model and lists each difference with its cause.",
                "Prints each table at £000 in the published layout. A difference is known only where the published "
                        + "figures themselves show it: a total that differs from its own published parts by no more than "
                        + "their rounding, or a sign that the source's own totals contradict. Anything else is NOT "
                        + "EXPLAINED. Exits 0 only when every difference is known, 1 otherwise."},
        footer = {"", "Examples:", "  wcf-finance check --format markdown --output check.md",
                "  wcf-finance check --data examples/data/check-3pc",
                "  wcf-finance check --book examples/data/own-budget.xlsx",
                "The second replaces the dataset's wcf-plan-2020.yaml with a copy that states 3%%. The third checks "
                        + "your own budget book: the published tables are WCF's, so there is nothing published to "
                        + "compare it with; instead every problem in the file is listed (exit 2), and its totals and "
                        + "the £000 footing of its tables are printed."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private Output output;

    @Option(names = "--data", paramLabel = "DIR", description = "A folder of files that replace the embedded dataset's files "
            + "of the same name (wcf-budget-lines.csv, wcf-plan-2020.yaml, published/TABLE.csv and the rest); a file the "
            + "dataset has not is refused.")
    private Path data;

    @picocli.CommandLine.Mixin
    private BookOption book;

    @Option(names = "--year", converter = YearConverter.class,
            description = "with --book: the year of a book file that holds several (a CSV lines file)")
    private FiscalYear year;

    /** How each table is computed: the library's rules, unless a test gives another. */
    private final CheckRules rules;

    CheckCommand() {
        this(CheckRules.standard());
    }

    /** @param rules how each table is computed (a seam for tests that prove a wrong rule is caught) */
    CheckCommand(CheckRules rules) {
        this.rules = rules;
    }

    /** {@code check --book}: the book reads with no problems (else exit 2, every problem listed) and foots at £000. */
    private int checkBook() throws IOException {
        uk.org.wcf.finance.budget.BudgetBook b = book.book(year);
        boolean md = output.format("check", Output.Format.TEXT, Output.Format.MARKDOWN) == Output.Format.MARKDOWN;
        RoundingPolicy k = RoundingPolicy.THOUSANDS;
        StringBuilder sb = new StringBuilder();
        sb.append(md ? "# " : "").append("wcf-finance check: budget book ").append(book.file).append("\n\n");
        sb.append("Read with no problems: ").append(b.year()).append(", ")
                .append(b.status().name().toLowerCase(java.util.Locale.ROOT)).append(", ").append(b.span()).append(", ")
                .append(b.services().size()).append(b.services().size() == 1 ? " service, " : " services, ")
                .append(b.lines().size()).append(b.lines().size() == 1 ? " line" : " lines").append(".\n\n");
        String[][] totals = {
            {"Gross expenditure", k.units(b.grossExpenditure()) + "", uk.org.wcf.finance.money.Gbp.readable(b.grossExpenditure())},
            {"less income outside the contract", k.units(b.incomeOutsideContractTotal()) + "",
                uk.org.wcf.finance.money.Gbp.readable(b.incomeOutsideContractTotal())},
            {"Gross contract sum", k.units(b.contractSum()) + "", uk.org.wcf.finance.money.Gbp.readable(b.contractSum())},
            {"less funding passed through", k.units(b.passThroughTotal()) + "", uk.org.wcf.finance.money.Gbp.readable(b.passThroughTotal())},
            {"Council base budget", k.units(b.councilBaseBudget()) + "", uk.org.wcf.finance.money.Gbp.readable(b.councilBaseBudget())}};
        for (String[] t : totals) {
            sb.append(md ? "- " : "  ").append(String.format(java.util.Locale.UK, "%-34s %,10d  (%s)",
                    t[0], Long.parseLong(t[1]), t[2])).append('\n');
        }
        sb.append('\n');
        int footing = 0;
        for (var t : List.of(BusinessPlanTables.table2(b), BusinessPlanTables.table4(b))) {
            var diffs = t.round(k).footingDifferences();
            footing += diffs.size();
            for (var d : diffs) {
                sb.append(md ? "- " : "  ").append("Footing at £000: ").append(t.title()).append(": ")
                        .append(t.row(d.row()).label()).append(" / ").append(t.column(d.column()).heading())
                        .append(": total ").append(d.roundedTotal()).append(", rounded parts add to ")
                        .append(d.sumOfRoundedParts()).append('\n');
            }
        }
        sb.append(md ? "**Result:** " : "Result: ").append("the book reads clean; ").append(footing)
                .append(footing == 1 ? " footing difference" : " footing differences")
                .append(" at £000 (totals are rounded from exact values, not added from rounded parts). PASS\n");
        output.emit(spec.commandLine().getOut(), sb.toString());
        return WcfFinance.OK;
    }

    /** The UK corporation tax rate in the accounts' years (the plan expected 17% from April 2020; the cut did not happen). */
    private static final Rate CORPORATION_TAX = Rate.percent("19");

    /** Profit margin, corporation tax at the main rate and the income summary, from the accounts. */
    private static String accountsNotes(WcfDataset dataset, boolean md) {
        String b = md ? "- " : "  ";
        StringBuilder sb = new StringBuilder(md ? "\n" : "");
        var years = dataset.accounts();
        var last = years.get(years.size() - 1);
        sb.append(b).append("Profit margin ").append(last.year()).append(": ")
                .append(FigureFormat.PRINTED.format(last.profitForTheYear().getAmount().setScale(0))).append(" / ")
                .append(FigureFormat.PRINTED.format(last.turnover().getAmount().setScale(0))).append(" = ")
                .append(last.profitMargin(RoundingPolicy.POUNDS, 2)).append("%\n");
        for (var a : years) {
            var at19 = a.corporationTaxAt(CORPORATION_TAX);
            sb.append(b).append("Corporation tax at ").append(CORPORATION_TAX).append(" on ").append(a.year()).append(" profit before tax ")
                    .append(FigureFormat.PRINTED.format(a.profitBeforeTax().getAmount().setScale(0))).append(": ")
                    .append(FigureFormat.PRINTED.format(at19.getAmount())).append("; booked ")
                    .append(FigureFormat.PRINTED.format(a.tax().getAmount().setScale(0)))
                    .append(a.tax().minus(at19).abs().isLessThan(Money.of(Gbp.GBP, 1))
                            ? " (the same, to the pound)" : " (the accounts' adjustments, such as prior years and deferred tax, are not itemised in the summary)")
                    .append('\n');
        }
        var pub = dataset.published(WcfData.ACCOUNTS);
        for (var a : years) {
            String col = "fy" + a.year().toString().replace('/', '_');
            var millions = RoundingPolicy.THOUSANDS.round(a.turnover().getAmount().movePointLeft(6), 1);
            sb.append(b).append("Income summary ").append(a.year()).append(" (£m, as published): WCC main contract ")
                    .append(pub.value("income_from_wcc_main_contract", col).orElseThrow()).append(" + other income ")
                    .append(pub.value("other_income", col).orElseThrow()).append(" = ")
                    .append(pub.value("total_turnover", col).orElseThrow()).append("; the model's turnover is ").append(millions)
                    .append(millions.compareTo(pub.value("total_turnover", col).orElseThrow()) == 0 ? "m: agrees"
                            : "m: NOT EXPLAINED: the model's turnover differs from the published income summary")
                    .append('\n');
        }
        return sb.append('\n').toString();
    }

    /** The reserves ledger and the passporting reconciliation of 2020/21. */
    private static String reserves(ReserveLedger ledger, ReserveLedger.Passporting p, boolean md) {
        var table = ledger.table().round(RoundingPolicy.THOUSANDS);
        StringBuilder sb = new StringBuilder(md ? TableText.markdown(table) : TableText.text(table));
        sb.append(md ? "\n" : "").append("Reserves passporting ").append(p.year()).append(": company \"Funding from Reserves\" ")
                .append(FigureFormat.PRINTED.format(RoundingPolicy.THOUSANDS.units(p.companyIncome())))
                .append(", council drawdowns passported ")
                .append(FigureFormat.PRINTED.format(RoundingPolicy.THOUSANDS.units(p.councilPassported())))
                .append(p.reconciles() ? ": reconciles (no money created or lost)" : ": DOES NOT RECONCILE, difference "
                        + FigureFormat.PRINTED.format(RoundingPolicy.THOUSANDS.units(p.difference())))
                .append("\n\n");
        return sb.toString();
    }

    @Override
    public Integer call() throws Exception {
        if (book.given()) {
            if (data != null) {
                throw new IllegalArgumentException("--book and --data are two different checks: --data checks the WCF "
                        + "dataset against its published tables, --book checks your own budget book; give one");
            }
            return checkBook();
        }
        if (year != null) {
            throw new IllegalArgumentException("--year goes with --book: the published tables are of their own years");
        }
        WcfDataset dataset = data == null ? WcfDataset.embedded() : WcfDataset.embedded().overriddenBy(data);
        List<TableCheck> checks = dataset.checks(RoundingPolicy.THOUSANDS, rules);
        StringBuilder sb = new StringBuilder();
        boolean md = output.format("check", Output.Format.TEXT, Output.Format.MARKDOWN) == Output.Format.MARKDOWN;
        sb.append(md ? "# " : "").append("wcf-finance check: published tables regenerated from the model\n\n");
        if (!dataset.overrides().isEmpty()) {
            sb.append("Dataset: the embedded WCF dataset with these files replaced:\n");
            dataset.overrides().forEach((name, file) -> sb.append(md ? "- " : "  ").append(name).append(" <- ").append(file).append('\n'));
            sb.append('\n');
        }
        int differences = 0;
        int unexplained = 0;
        int reproduced = 0;
        for (TableCheck c : checks) {
            boolean dsg = c.published().id().equals(WcfData.DSG_P6);
            if (dsg) {
                var report = dataset.dsgReport2019P6();
                sb.append(md ? MonitoringText.markdown(report, RoundingPolicy.THOUSANDS)
                        : MonitoringText.text(report, RoundingPolicy.THOUSANDS));
            } else {
                sb.append(md ? TableText.markdown(c.model()) : TableText.text(c.model()));
            }
            sb.append(md ? "\n" : "").append("Source: ").append(c.published().source()).append('\n');
            if (!c.fittedColumns().isEmpty()) {
                var stated = dataset.statedAssumptions2020();
                sb.append("Reproduced from the model: ").append(String.join(", ", c.reproducedHeadings())).append(".\n")
                        .append("Fitted to the published figures, not reproduced: ").append(String.join(", ", c.fittedHeadings()))
                        .append(".\nThe fitted years are the agreed budget with the plan's stated assumptions (")
                        .append(stated.inWords()).append(")\nplus '").append(WcfData.NOT_ITEMISED)
                        .append("' sized to reach each published figure, so they agree\nwhatever the assumptions: what is checked there is the bridge below,")
                        .append(" how much of each\npublished change the stated assumptions explain and what is left.\n\n");
                sb.append(PlanReport.bridges(dataset.plan2020(), md));
            }
            if (dsg) {
                sb.append('\n').append(DsgText.reserve(dataset.dsgReserve2019(), md)).append('\n');
            }
            if (c.published().id().equals(WcfData.ACCOUNTS)) {
                String notes = accountsNotes(dataset, md);
                sb.append(notes);
                unexplained += (int) notes.lines().filter(l -> l.contains("NOT EXPLAINED")).count();
            }
            reproduced += c.fittedColumns().isEmpty() ? 1 : 0;
            String heading = c.fittedColumns().isEmpty() ? "Differences from the published table"
                    : "Differences from the published table (reproduced columns; the fitted ones agree by construction)";
            if (c.differences().isEmpty()) {
                sb.append(heading).append(": none\n\n");
                continue;
            }
            sb.append(heading).append(":\n");
            for (Difference d : c.differences()) {
                differences++;
                if (!d.cause().isKnown()) {
                    unexplained++;
                }
                sb.append(md ? "- " : "  ").append(d.rowLabel()).append(" / ")
                        .append(c.model().table().columns().stream().filter(col -> col.key().equals(d.column()))
                                .findFirst().map(col -> col.heading()).orElse(d.column()))
                        .append(": model ").append(FigureFormat.PRINTED.format(d.model()))
                        .append(", published ").append(d.published().map(p -> FigureFormat.PRINTED.format(p)).orElse("none"))
                        .append(d.published().isEmpty() ? "" : " (" + (d.size().signum() > 0 ? "+" : "") + FigureFormat.PLAIN.format(d.size()) + ")")
                        .append(" - ").append(d.cause().isKnown() ? "known: " : "NOT EXPLAINED: ")
                        .append(d.explanation()).append('\n');
            }
            sb.append('\n');
        }
        ReserveLedger ledger = dataset.reserves(FiscalYear.of(2020));
        ReserveLedger.Passporting passporting = ledger.reconcile(dataset.businessPlan2020());
        sb.append(reserves(ledger, passporting, md));
        if (!passporting.reconciles()) {
            unexplained++;
        }
        int fitted = checks.size() - reproduced;
        sb.append(md ? "**Result:** " : "Result: ").append(checks.size()).append(" tables checked")
                .append(fitted == 0 ? "" : " (" + fitted + (fitted == 1 ? " with fitted columns" : " with fitted columns") + ")")
                .append(", ").append(differences).append(differences == 1 ? " difference" : " differences");
        if (unexplained == 0) {
            sb.append(", all known differences in the source (rounding, or the sign it prints). PASS\n");
        } else {
            sb.append(", ").append(unexplained).append(" not explained. FAIL\n");
        }
        PrintWriter out = spec.commandLine().getOut();
        output.emit(out, sb.toString());
        return unexplained == 0 ? WcfFinance.OK : WcfFinance.CHECK_FAILED;
    }
}
