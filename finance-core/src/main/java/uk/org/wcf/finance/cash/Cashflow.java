package uk.org.wcf.finance.cash;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.joda.money.BigMoney;
import org.joda.money.Money;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.money.Allocation;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.report.Term;
import uk.org.wcf.finance.structure.SubjectiveGroup;

/**
 * A monthly cashflow forecast from a year's budget book:
 * <ul>
 *   <li>receipts: the contract sum from the council, and income outside the contract, in twelve equal monthly
 *   instalments;</li>
 *   <li>payroll: the staffing budget, monthly;</li>
 *   <li>support services bought back from the council (7.2m in the 2020/21 plan), paid quarterly at the end of
 *   each quarter (June, September, December, March);</li>
 *   <li>supplier payments: the rest of the budget, monthly.</li>
 * </ul>
 * Each stream is split with an {@link Allocation}, so the months add back to the year exactly; every month,
 * closing = opening + receipts - payments.
 *
 * @param months the months, April to March
 */
public record Cashflow(List<Month> months) {

    /**
     * One month.
     *
     * @param month the month
     * @param opening the opening balance
     * @param receipts contract and other receipts
     * @param payroll payroll
     * @param suppliers supplier payments
     * @param supportServices support services paid to the council
     */
    public record Month(YearMonth month, Money opening, Money receipts, Money payroll, Money suppliers, Money supportServices) {
        /** @return receipts - payroll - suppliers - support services */
        public Money net() {
            return receipts.minus(payroll).minus(suppliers).minus(supportServices);
        }

        /** @return opening + net */
        public Money closing() {
            return opening.plus(net());
        }
    }

    /**
     * Copies the months.
     *
     * @param months the months
     */
    public Cashflow {
        months = List.copyOf(months);
    }

    /**
     * Forecasts a year.
     *
     * @param book the year's budget book
     * @param opening the cash balance on 1 April
     * @param supportServices the support services bought back from the council in the year
     * @return the cashflow
     */
    public static Cashflow forecast(BudgetBook book, Money opening, Money supportServices) {
        Objects.requireNonNull(book, "book");
        Gbp.requireGbp(opening, "opening cash");
        Gbp.requireNonNegative(supportServices, "support services", "support services are a positive amount");
        Money staffing = book.grossOf(SubjectiveGroup.STAFFING);
        Money other = book.grossExpenditure().minus(staffing);
        if (supportServices.isGreaterThan(other)) {
            throw new FinanceRuleException("support services", supportServices, "are more than the non-staffing budget " + other);
        }
        List<Money> receipts = Allocation.evenly(book.contractSum().plus(book.incomeOutsideContractTotal()), 12);
        List<Money> payroll = Allocation.evenly(staffing, 12);
        List<Money> suppliers = Allocation.evenly(other.minus(supportServices), 12);
        List<Money> quarters = Allocation.evenly(supportServices, 4);
        List<Month> months = new ArrayList<>();
        Money balance = opening;
        for (int i = 0; i < 12; i++) {
            Money support = i % 3 == 2 ? quarters.get(i / 3) : Gbp.zero();
            Month m = new Month(book.year().period(i + 1).month(), balance, receipts.get(i), payroll.get(i), suppliers.get(i), support);
            months.add(m);
            balance = m.closing();
        }
        return new Cashflow(months);
    }

    /** @return the closing balance of March */
    public Money closing() {
        return months.get(months.size() - 1).closing();
    }

    /** @return the mean of the twelve closing balances, rounded once to the penny */
    public Money averageBalance() {
        BigDecimal sum = Gbp.sum(months.stream().map(Month::closing)).getAmount();
        return RoundingPolicy.PENCE.round(BigMoney.of(Gbp.GBP, sum.divide(BigDecimal.valueOf(months.size()), 20, RoundingMode.HALF_EVEN)));
    }

    /** @return the cashflow as a table, one row per month, closing = opening + receipts - payments checked */
    public FigureTable table() {
        FigureTable.Builder b = FigureTable.builder("cashflow", "Monthly cashflow forecast")
                .column("opening", "Opening").column("receipts", "Receipts").column("payroll", "Payroll")
                .column("suppliers", "Suppliers").column("support_services", "Support services")
                .totalColumn("closing", "Closing", Term.plus("opening"), Term.plus("receipts"), Term.minus("payroll"),
                        Term.minus("suppliers"), Term.minus("support_services"));
        for (Month m : months) {
            b.row(m.month().toString(), "", m.month().toString(), m.opening(), m.receipts(), m.payroll(), m.suppliers(),
                    m.supportServices());
        }
        return b.build();
    }
}
