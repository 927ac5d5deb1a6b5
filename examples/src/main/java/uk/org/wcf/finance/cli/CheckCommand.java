package uk.org.wcf.finance.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.joda.money.Money;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.org.wcf.finance.data.WcfData;
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
                "Prints each table at £000 in the published layout. Exits 0 only when every difference is a known "
                        + "difference in the source."},
        footer = {"", "Example:", "  wcf-finance check --format markdown --output check.md"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private Output output;

    /** Profit margin, corporation tax at 19% and the income summary, from the accounts. */
    private static String accountsNotes(boolean md) {
        String b = md ? "- " : "  ";
        StringBuilder sb = new StringBuilder(md ? "\n" : "");
        var years = WcfData.accounts();
        var last = years.get(years.size() - 1);
        sb.append(b).append("Profit margin ").append(last.year()).append(": ")
                .append(FigureFormat.PRINTED.format(last.profitForTheYear().getAmount().setScale(0))).append(" / ")
                .append(FigureFormat.PRINTED.format(last.turnover().getAmount().setScale(0))).append(" = ")
                .append(last.profitMargin(RoundingPolicy.POUNDS, 2)).append("%\n");
        for (var a : years) {
            var at19 = a.corporationTaxAt(Rate.percent("19"));
            sb.append(b).append("Corporation tax at 19% on ").append(a.year()).append(" profit before tax ")
                    .append(FigureFormat.PRINTED.format(a.profitBeforeTax().getAmount().setScale(0))).append(": ")
                    .append(FigureFormat.PRINTED.format(at19.getAmount())).append("; booked ")
                    .append(FigureFormat.PRINTED.format(a.tax().getAmount().setScale(0)))
                    .append(a.tax().minus(at19).abs().isLessThan(Money.of(Gbp.GBP, 1))
                            ? " (the same, to the pound)" : " (the accounts' adjustments, such as prior years and deferred tax, are not itemised in the summary)")
                    .append('\n');
        }
        var pub = WcfData.published(WcfData.ACCOUNTS);
        for (var a : years) {
            String col = "fy" + a.year().toString().replace('/', '_');
            var millions = RoundingPolicy.THOUSANDS.round(a.turnover().getAmount().movePointLeft(6), 1);
            sb.append(b).append("Income summary ").append(a.year()).append(" (£m, as published): WCC main contract ")
                    .append(pub.value("income_from_wcc_main_contract", col).orElseThrow()).append(" + other income ")
                    .append(pub.value("other_income", col).orElseThrow()).append(" = ")
                    .append(pub.value("total_turnover", col).orElseThrow()).append("; the model's turnover is ").append(millions)
                    .append(millions.compareTo(pub.value("total_turnover", col).orElseThrow()) == 0 ? "m: agrees" : "m: DIFFERS")
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
        List<TableCheck> checks = WcfData.checks(RoundingPolicy.THOUSANDS);
        StringBuilder sb = new StringBuilder();
        boolean md = output.format("check", Output.Format.text, Output.Format.markdown) == Output.Format.markdown;
        sb.append(md ? "# " : "").append("wcf-finance check: published tables regenerated from the model\n\n");
        int differences = 0;
        int unexplained = 0;
        for (TableCheck c : checks) {
            boolean dsg = c.published().id().equals(WcfData.DSG_P6);
            if (dsg) {
                var report = WcfData.dsgReport2019P6();
                sb.append(md ? MonitoringText.markdown(report, RoundingPolicy.THOUSANDS)
                        : MonitoringText.text(report, RoundingPolicy.THOUSANDS));
            } else {
                sb.append(md ? TableText.markdown(c.model()) : TableText.text(c.model()));
            }
            sb.append(md ? "\n" : "").append("Source: ").append(c.published().source()).append('\n');
            if (c.model().table().id().equals(BusinessPlanTables.TABLE_3)) {
                sb.append("Indicative years: the agreed 2020/21 budget with 2% staffing inflation a year, compounding;\n")
                        .append("the rest of each published change is shown as '").append(WcfData.NOT_ITEMISED).append("'.\n\n");
                sb.append(PlanReport.bridges(WcfData.plan2020(), md));
            }
            if (dsg) {
                sb.append('\n').append(DsgText.reserve(WcfData.dsgReserve2019(), md)).append('\n');
            }
            if (c.published().id().equals(WcfData.ACCOUNTS)) {
                sb.append(accountsNotes(md));
            }
            if (c.differences().isEmpty()) {
                sb.append("Differences from the published table: none\n\n");
                continue;
            }
            sb.append("Differences from the published table:\n");
            for (Difference d : c.differences()) {
                differences++;
                if (!d.cause().isKnown()) {
                    unexplained++;
                }
                sb.append(md ? "- " : "  ").append(d.rowLabel()).append(" / ")
                        .append(c.model().table().columns().stream().filter(col -> col.key().equals(d.column()))
                                .findFirst().map(col -> col.heading()).orElse(d.column()))
                        .append(": model ").append(FigureFormat.PRINTED.format(d.model()))
                        .append(", published ").append(d.published() == null ? "none" : FigureFormat.PRINTED.format(d.published()))
                        .append(d.published() == null ? "" : " (" + (d.size().signum() > 0 ? "+" : "") + FigureFormat.PLAIN.format(d.size()) + ")")
                        .append(" - ").append(d.cause().isKnown() ? "known: " : "NOT EXPLAINED: ")
                        .append(d.explanation()).append('\n');
            }
            sb.append('\n');
        }
        ReserveLedger ledger = WcfData.reserves(FiscalYear.of(2020));
        ReserveLedger.Passporting passporting = ledger.reconcile(WcfData.businessPlan2020());
        sb.append(reserves(ledger, passporting, md));
        if (!passporting.reconciles()) {
            unexplained++;
        }
        sb.append(md ? "**Result:** " : "Result: ").append(checks.size()).append(" tables checked, ")
                .append(differences).append(differences == 1 ? " difference" : " differences");
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
