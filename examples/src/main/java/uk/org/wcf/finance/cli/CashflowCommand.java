package uk.org.wcf.finance.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.joda.money.Money;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.org.wcf.finance.cash.Cashflow;
import uk.org.wcf.finance.data.WcfData;
import uk.org.wcf.finance.io.Amounts;
import uk.org.wcf.finance.io.Csv;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.report.FigureFormat;
import uk.org.wcf.finance.report.RoundedTable;
import uk.org.wcf.finance.report.TableText;

/** {@code cashflow}: the monthly cashflow forecast of the 2020/21 budget. */
@Command(name = "cashflow", mixinStandardHelpOptions = true,
        description = {"Forecasts the 2020/21 cash balance month by month.",
                "Contract receipts, payroll, suppliers and support services paid quarterly (7.2m a year), opening and "
                        + "closing balances and the average balance. Opens at the cash at bank on 31 March 2020 in the "
                        + "accounts unless --opening is given."},
        footer = {"", "Example:", "  wcf-finance cashflow --opening 5,000,000 --format csv"})
final class CashflowCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private Output output;

    @Option(names = "--opening", paramLabel = "POUNDS", description = "the cash balance on 1 April, in pounds")
    private String opening;

    @Option(names = "--support-services", paramLabel = "POUNDS", description = "support services a year, in pounds (default 7,200,000)")
    private String support;

    @Override
    public Integer call() throws Exception {
        Cashflow c = WcfData.cashflow2020();
        if (opening != null || support != null) {
            Money o = opening == null ? c.months().get(0).opening() : Amounts.parse(opening, Amounts.Unit.POUNDS);
            Money s = support == null ? WcfData.SUPPORT_SERVICES_2020 : Amounts.parse(support, Amounts.Unit.POUNDS);
            c = Cashflow.forecast(WcfData.businessPlan2020(), o, s);
        }
        RoundedTable t = c.table().round(RoundingPolicy.THOUSANDS);
        String text = switch (output.format()) {
            case csv -> csv(t);
            // the rows are months: the label column says so
            case markdown -> TableText.markdown(t).replaceFirst("\\| Line ", "| Month ");
            default -> TableText.text(t).replaceFirst("\n(Ref +)?Line  ", "\n$1Month ");
        };
        if (output.format() != Output.Format.csv) {
            text += "Closing balance 31 March: " + FigureFormat.PRINTED.format(RoundingPolicy.THOUSANDS.units(c.closing()))
                    + "; average month-end balance: " + FigureFormat.PRINTED.format(RoundingPolicy.THOUSANDS.units(c.averageBalance()))
                    + " (£000)\n";
        }
        output.emit(spec.commandLine().getOut(), text);
        return WcfFinance.OK;
    }

    /** One row per month, every money column named with its unit; no reference column (months have none). */
    private static String csv(RoundedTable t) {
        List<String> head = new ArrayList<>(List.of("month"));
        t.table().columns().forEach(c -> head.add(c.key() + "_gbp_thousands"));
        StringBuilder sb = new StringBuilder(Csv.line(head));
        for (var row : t.table().rows()) {
            List<String> cells = new ArrayList<>(List.of(Csv.text(row.label())));
            t.table().columns().forEach(c -> cells.add(Long.toString(t.cell(row.key(), c.key()))));
            sb.append(Csv.rawLine(cells));
        }
        return sb.toString();
    }
}
