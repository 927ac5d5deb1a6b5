package uk.org.wcf.finance.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.joda.money.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.cash.Cashflow;
import uk.org.wcf.finance.data.WcfData;
import uk.org.wcf.finance.io.Amounts;
import uk.org.wcf.finance.io.MonthlyBudgetProfile;
import uk.org.wcf.finance.io.write.Csv;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.report.FigureFormat;
import uk.org.wcf.finance.report.RoundedTable;
import uk.org.wcf.finance.report.TableText;

/** {@code cashflow}: the monthly cashflow forecast of the 2020/21 budget. */
@Command(name = "cashflow", mixinStandardHelpOptions = true,
        description = {"Forecasts the 2020/21 cash balance month by month.",
                "Receipts and payments by month from the budget's monthly profile and its payment terms: contract "
                        + "receipts in twelve equal instalments, payroll in the month, suppliers paid 30 days after the "
                        + "month of spend (--supplier-days), support services quarterly in arrears (7.2m a year); opening "
                        + "and closing balance each month, creditors at 1 April and 31 March, and the average balance. "
                        + "Spending follows --profile, a monthly budget (cost_centre,month,budget in pounds, as actuals "
                        + "--budget reads), else even twelfths. Opens at the cash at bank on 31 March 2020 in the accounts "
                        + "unless --opening is given. CSV: one row per month, money in £000."},
        footer = {"", "Examples:", "  wcf-finance cashflow --profile examples/data/monthly-budget-2020-21.csv",
                "  wcf-finance cashflow --opening 5,000,000 --supplier-days 60 --format csv"})
final class CashflowCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private Output output;

    @Option(names = "--opening", paramLabel = "POUNDS", description = "the cash balance on 1 April, in pounds")
    private String opening;

    @Option(names = "--support-services", paramLabel = "POUNDS", description = "support services a year, in pounds (default 7,200,000)")
    private String support;

    @Option(names = "--profile", paramLabel = "FILE.csv", description = "the monthly budget whose month totals the "
            + "spending follows (default: even twelfths)")
    private Path profile;

    @Option(names = "--supplier-days", defaultValue = "30", paramLabel = "DAYS",
            description = "days after the month of spend that suppliers are paid: 0, 30, 60 or 90 (default: ${DEFAULT-VALUE})")
    private int supplierDays;

    @Option(names = "--opening-creditors", paramLabel = "POUNDS", description = "supplier spend unpaid at 1 April, in "
            + "pounds (default: what the year's own last months leave unpaid, as a steady year would)")
    private String openingCreditors;

    @Override
    public Integer call() throws Exception {
        Cashflow base = WcfData.cashflow2020();
        BudgetBook book = WcfData.businessPlan2020();
        Money o = opening == null ? base.months().get(0).opening() : Amounts.parse(opening, Amounts.Unit.POUNDS);
        Money s = support == null ? WcfData.SUPPORT_SERVICES_2020 : Amounts.parse(support, Amounts.Unit.POUNDS);
        Cashflow.PaymentTerms terms;
        try {
            terms = new Cashflow.PaymentTerms(supplierDays, s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--supplier-days " + supplierDays + ": " + e.getMessage(), e);
        }
        List<BigDecimal> weights = profile == null ? Cashflow.evenProfile()
                : MonthlyBudgetProfile.read(profile, book.year()).orThrow();
        Cashflow c = openingCreditors == null ? Cashflow.forecast(book, o, terms, weights)
                : Cashflow.forecast(book, o, terms, weights, Amounts.parse(openingCreditors, Amounts.Unit.POUNDS));
        RoundedTable t = c.table().round(RoundingPolicy.THOUSANDS);
        String text = switch (output.format()) {
            case CSV -> csv(t);
            // the rows are months: the label column says so
            case MARKDOWN -> TableText.markdown(t).replaceFirst("\\| Line ", "| Month ");
            default -> TableText.text(t).replaceFirst("\n(Ref +)?Line  ", "\n$1Month ");
        };
        if (output.format() != Output.Format.CSV) {
            String nl = output.format() == Output.Format.MARKDOWN ? "\n\n" : "\n";
            text += "Closing balance 31 March: " + k(c.closing()) + "; average month-end balance: " + k(c.averageBalance())
                    + " (£000)" + nl
                    + "Year: receipts " + k(c.receipts()) + ", payments " + k(c.payments()) + "; creditors at 1 April "
                    + k(c.openingCreditors()) + (openingCreditors == null && supplierDays > 0 ? " (the year's own last months' spend)" : "")
                    + ", at 31 March " + k(c.closingCreditors()) + " (£000)" + nl
                    + "Payment terms: " + terms + nl
                    + "Spending profile: " + (profile == null ? "even twelfths (the embedded budget has no monthly profile; "
                            + "give --profile with the monthly budget)" : "the month totals of " + profile) + nl;
        }
        output.emit(spec.commandLine().getOut(), text);
        return WcfFinance.OK;
    }

    private static String k(Money m) {
        return FigureFormat.PRINTED.format(RoundingPolicy.THOUSANDS.units(m));
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
