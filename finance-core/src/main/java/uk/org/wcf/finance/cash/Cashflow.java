package uk.org.wcf.finance.cash;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * A monthly cashflow forecast from a year's budget book, its monthly spending profile and its payment terms:
 * <ul>
 *   <li>receipts: the contract sum from the council, and income outside the contract, in twelve equal monthly
 *   instalments in the month (the contract's payment schedule);</li>
 *   <li>spending follows the budget's monthly profile (twelve shares of the year, from the monthly budget; even
 *   twelfths when the budget has none): payroll is paid in the month it is spent;</li>
 *   <li>suppliers are paid after the month of spend by the terms' delay (30 days: the next month), so April pays
 *   the creditors at 1 April and the last month's spend is owed at 31 March;</li>
 *   <li>support services bought back from the council (7.2m in the 2020/21 plan) are paid quarterly in arrears,
 *   at the end of each quarter (June, September, December, March).</li>
 * </ul>
 * Each stream is split with an {@link Allocation}, so the months add back to the year exactly; every month,
 * closing = opening + receipts - payments; over the year, supplier payments = supplier spend + creditors at
 * 1 April - creditors at 31 March.
 *
 * @param months the months, April to March
 * @param terms the payment terms the payments follow
 * @param profile the spending profile: twelve shares of the year, April to March, adding to one
 * @param openingCreditors supplier spend unpaid at 1 April, paid in the first months
 * @param closingCreditors supplier spend unpaid at 31 March
 */
public record Cashflow(List<Month> months, PaymentTerms terms, List<BigDecimal> profile, Money openingCreditors,
        Money closingCreditors) {

    /**
     * The payment terms of a cashflow.
     *
     * @param supplierDays days after the month of spend that suppliers are paid: 0, 30, 60 or 90 (whole months)
     * @param supportServices the support services bought back from the council in the year, paid quarterly in arrears
     */
    public record PaymentTerms(int supplierDays, Money supportServices) {
        /**
         * Validates the terms.
         *
         * @param supplierDays 0 to 90, a multiple of 30
         * @param supportServices not negative
         */
        public PaymentTerms {
            if (supplierDays < 0 || supplierDays > 90 || supplierDays % 30 != 0) {
                throw new FinanceRuleException("supplier payment terms", supplierDays + " days",
                        "are 0, 30, 60 or 90 days after the month of spend");
            }
            Gbp.requireNonNegative(supportServices, "support services", "support services are a positive amount");
        }

        /**
         * Suppliers paid 30 days after the month of spend; support services quarterly in arrears.
         *
         * @param supportServices the support services a year
         * @return the terms
         */
        public static PaymentTerms of(Money supportServices) {
            return new PaymentTerms(30, supportServices);
        }

        /** @return the delay in whole months */
        public int supplierMonths() {
            return supplierDays / 30;
        }

        /** @return the terms in words, as a finance officer states them */
        @Override
        public String toString() {
            return "suppliers paid " + (supplierDays == 0 ? "in the month of spend" : supplierDays + " days after the month of spend")
                    + "; support services (" + Gbp.readable(supportServices) + " a year) paid quarterly in arrears; payroll in the month; "
                    + "contract receipts in twelve equal monthly instalments";
        }
    }

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
        /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
        @Override
        public String toString() {
            return uk.org.wcf.finance.money.Readable.of(this);
        }

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
     * Validates the cashflow.
     *
     * @param months twelve months
     * @param terms not null
     * @param profile twelve shares
     * @param openingCreditors not null
     * @param closingCreditors not null
     */
    public Cashflow {
        months = List.copyOf(months);
        profile = List.copyOf(profile);
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(openingCreditors, "openingCreditors");
        Objects.requireNonNull(closingCreditors, "closingCreditors");
    }

    /**
     * The even profile: twelve equal shares, for a budget that has no monthly profile.
     *
     * @return twelve weights of one
     */
    public static List<BigDecimal> evenProfile() {
        return java.util.Collections.nCopies(12, BigDecimal.ONE);
    }

    /**
     * Forecasts a year with an even spending profile, suppliers paid 30 days after the month and creditors at
     * 1 April equal to a month's supplier spend (as a steady year leaves them).
     *
     * @param book the year's budget book
     * @param opening the cash balance on 1 April
     * @param supportServices the support services bought back from the council in the year
     * @return the cashflow
     */
    public static Cashflow forecast(BudgetBook book, Money opening, Money supportServices) {
        return forecast(book, opening, PaymentTerms.of(supportServices), evenProfile());
    }

    /**
     * Forecasts a year.
     *
     * @param book the year's budget book
     * @param opening the cash balance on 1 April
     * @param terms the payment terms
     * @param weights the spending profile: twelve weights, April to March, not negative, not all zero (for example
     *     each month's total of the monthly budget); spending is split in proportion to them
     * @param openingCreditors supplier spend unpaid at 1 April
     * @return the cashflow
     */
    public static Cashflow forecast(BudgetBook book, Money opening, PaymentTerms terms, List<BigDecimal> weights,
            Money openingCreditors) {
        Objects.requireNonNull(openingCreditors, "openingCreditors");
        return forecast(book, opening, terms, weights, Optional.of(openingCreditors));
    }

    /**
     * Forecasts a year whose creditors at 1 April are what this year's profile leaves unpaid at its end (the last
     * months of spend within the terms), as a steady year would.
     *
     * @param book the year's budget book
     * @param opening the cash balance on 1 April
     * @param terms the payment terms
     * @param weights the spending profile: twelve weights, April to March, not negative, not all zero (for example
     *     each month's total of the monthly budget); spending is split in proportion to them
     * @return the cashflow
     */
    public static Cashflow forecast(BudgetBook book, Money opening, PaymentTerms terms, List<BigDecimal> weights) {
        return forecast(book, opening, terms, weights, Optional.empty());
    }

    private static Cashflow forecast(BudgetBook book, Money opening, PaymentTerms terms, List<BigDecimal> weights,
            Optional<Money> openingCreditors) {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(terms, "terms");
        Gbp.requireGbp(opening, "opening cash");
        if (weights.size() != 12 || weights.stream().anyMatch(w -> w.signum() < 0) || weights.stream().allMatch(w -> w.signum() == 0)) {
            throw new FinanceRuleException("spending profile", weights, "has twelve monthly weights, April to March, none "
                    + "negative and not all zero");
        }
        Money supportServices = terms.supportServices();
        Money staffing = book.grossOf(SubjectiveGroup.STAFFING);
        Money other = book.grossExpenditure().minus(staffing);
        if (supportServices.isGreaterThan(other)) {
            throw new FinanceRuleException("support services", supportServices, "are more than the non-staffing budget " + Gbp.readable(other));
        }
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> shares = weights.stream().map(w -> w.divide(sum, 12, RoundingMode.HALF_EVEN)).toList();
        List<Money> receipts = Allocation.evenly(book.contractSum().plus(book.incomeOutsideContractTotal()), 12);
        List<Money> payroll = Allocation.byWeights(staffing, weights);
        List<Money> spend = Allocation.byWeights(other.minus(supportServices), weights);
        List<Money> quarters = Allocation.evenly(supportServices, 4);
        int lag = terms.supplierMonths();
        Money unpaidAtEnd = Gbp.sum(spend.subList(12 - lag, 12));
        Money creditors = openingCreditors.orElse(unpaidAtEnd);
        Gbp.requireNonNegative(creditors, "creditors at 1 April", "creditors are what is owed, not negative");
        // the creditors at 1 April are paid in the first months of the year in the profile of the months they came from
        List<Money> brought = lag == 0 ? List.of() : Allocation.byWeights(creditors, weights.subList(12 - lag, 12)
                .stream().allMatch(w -> w.signum() == 0) ? java.util.Collections.nCopies(lag, BigDecimal.ONE) : weights.subList(12 - lag, 12));
        List<Month> months = new ArrayList<>();
        Money balance = opening;
        for (int i = 0; i < 12; i++) {
            Money support = i % 3 == 2 ? quarters.get(i / 3) : Gbp.zero();
            Money suppliers = i < lag ? brought.get(i) : spend.get(i - lag);
            Month m = new Month(book.year().period(i + 1).month(), balance, receipts.get(i), payroll.get(i), suppliers, support);
            months.add(m);
            balance = m.closing();
        }
        return new Cashflow(months, terms, shares, creditors, unpaidAtEnd);
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

    /** @return the payments of the year: payroll, suppliers and support services */
    public Money payments() {
        return Gbp.sum(months.stream().map(m -> m.payroll().plus(m.suppliers()).plus(m.supportServices())));
    }

    /** @return the receipts of the year */
    public Money receipts() {
        return Gbp.sum(months.stream().map(Month::receipts));
    }

    /** @return the cashflow at £000 with the closing balance, in one line (the table is {@link #table()}) */
    @Override
    public String toString() {
        return "Cashflow " + months.get(0).month() + " to " + months.get(months.size() - 1).month() + ": opening "
                + Gbp.readable(months.get(0).opening()) + ", receipts " + Gbp.readable(receipts()) + ", payments "
                + Gbp.readable(payments()) + ", closing " + Gbp.readable(closing());
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
