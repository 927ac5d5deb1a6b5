package uk.org.wcf.finance.accounts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

import org.joda.money.BigMoney;
import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.report.Term;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * A year's profit and loss account and balance sheet (WCF Annual Report 2020/21, section 10), in pounds, with
 * one sign convention throughout: income and assets positive, costs, charges and liabilities negative.
 * <ul>
 *   <li>gross profit = turnover + cost of sales; operating profit = gross profit + other operating expenses;
 *   profit before tax = operating profit + interest; profit for the year = profit before tax + tax;</li>
 *   <li>retained earnings = brought forward + profit for the year;</li>
 *   <li>total assets = debtors + cash; net assets = total assets + liabilities = equity (retained earnings).</li>
 * </ul>
 *
 * @param year the financial year
 * @param turnover turnover
 * @param costOfSales cost of sales (negative)
 * @param otherOperatingExpenses other operating expenses (negative)
 * @param interestReceivable interest receivable
 * @param tax tax on profit (negative for a charge, positive for a credit)
 * @param debtors debtors
 * @param cash cash at bank and in hand
 * @param creditors creditors due within one year (negative)
 * @param retainedEarningsBroughtForward retained earnings at the start of the year
 */
public record AnnualAccounts(FiscalYear year, Money turnover, Money costOfSales, Money otherOperatingExpenses,
        Money interestReceivable, Money tax, Money debtors, Money cash, Money creditors, Money retainedEarningsBroughtForward) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * Validates the accounts: the balance sheet balances (net assets = equity).
     *
     * @param year not null
     * @param turnover GBP
     * @param costOfSales GBP, not positive
     * @param otherOperatingExpenses GBP, not positive
     * @param interestReceivable GBP
     * @param tax GBP
     * @param debtors GBP
     * @param cash GBP
     * @param creditors GBP, not positive
     * @param retainedEarningsBroughtForward GBP
     */
    public AnnualAccounts {
        Objects.requireNonNull(year, "year");
        for (Money m : List.of(turnover, costOfSales, otherOperatingExpenses, interestReceivable, tax, debtors, cash, creditors,
                retainedEarningsBroughtForward)) {
            Gbp.requireGbp(m, "accounts line of " + year);
        }
        if (costOfSales.isPositive() || otherOperatingExpenses.isPositive() || creditors.isPositive()) {
            throw new FinanceRuleException("costs and creditors of " + year, costOfSales + ", " + otherOperatingExpenses + ", " + creditors,
                    "costs and liabilities are negative in these accounts");
        }
    }

    /** @return turnover + cost of sales */
    public Money grossProfit() {
        return turnover.plus(costOfSales);
    }

    /** @return gross profit + other operating expenses */
    public Money operatingProfit() {
        return grossProfit().plus(otherOperatingExpenses);
    }

    /** @return operating profit + interest */
    public Money profitBeforeTax() {
        return operatingProfit().plus(interestReceivable);
    }

    /** @return profit before tax + tax */
    public Money profitForTheYear() {
        return profitBeforeTax().plus(tax);
    }

    /** @return debtors + cash */
    public Money totalAssets() {
        return debtors.plus(cash);
    }

    /** @return total assets + liabilities */
    public Money netAssets() {
        return totalAssets().plus(creditors);
    }

    /** @return retained earnings brought forward + profit for the year */
    public Money retainedEarnings() {
        return retainedEarningsBroughtForward.plus(profitForTheYear());
    }

    /** @return net assets - equity: zero when the balance sheet balances */
    public Money balanceSheetDifference() {
        return netAssets().minus(retainedEarnings());
    }

    /**
     * @param policy the rounding policy
     * @param scale decimal places of the percentage
     * @return profit for the year as a percentage of turnover (0.47% for 2020/21)
     */
    public BigDecimal profitMargin(RoundingPolicy policy, int scale) {
        BigDecimal exact = profitForTheYear().getAmount().movePointRight(2).divide(turnover.getAmount(), scale + 10,
                RoundingMode.HALF_EVEN);
        return policy.round(exact, scale);
    }

    /**
     * Corporation tax on a surplus at a rate (19%; the expected cut to 17% did not happen), before any
     * adjustments: profit before tax x rate, rounded to the penny; nothing on a loss.
     *
     * @param rate the rate
     * @return the tax a surplus would bear, as a charge (negative)
     */
    public Money corporationTaxAt(Rate rate) {
        if (!profitBeforeTax().isPositive()) {
            return Gbp.zero();
        }
        BigMoney t = rate.of(profitBeforeTax());
        return RoundingPolicy.PENCE.round(t).negated();
    }

    /**
     * The next year's accounts start from these: retained earnings brought forward.
     *
     * @param next the next year's figures (its brought-forward figure is replaced)
     * @return the next year's accounts, rolled forward
     */
    public AnnualAccounts rollForwardInto(AnnualAccounts next) {
        if (!next.year().equals(year.next())) {
            throw new FinanceRuleException("next year's accounts", next.year(), "are not of " + year.next());
        }
        return new AnnualAccounts(next.year(), next.turnover(), next.costOfSales(), next.otherOperatingExpenses(),
                next.interestReceivable(), next.tax(), next.debtors(), next.cash(), next.creditors(), retainedEarnings());
    }

    /**
     * The statements as a table, one column per year, with the identities checked; row keys are those of the
     * published CSV ({@code turnover}, {@code gross_profit}, ...).
     *
     * @param years the years' accounts, in order
     * @return the table, exact in pounds
     */
    public static FigureTable table(List<AnnualAccounts> years) {
        FigureTable.Builder b = FigureTable.builder("wcf-annual-accounts", "Profit and loss account and balance sheet");
        for (AnnualAccounts a : years) {
            b.column("fy" + a.year().toString().replace('/', '_'), a.year().toString());
        }
        b.row("turnover", "", "Turnover", years, AnnualAccounts::turnover);
        b.row("cost_of_sales", "", "Cost of sales", years, AnnualAccounts::costOfSales);
        b.totalRow("gross_profit", "", "Gross profit", Term.plus("turnover"), Term.plus("cost_of_sales"));
        b.row("other_operating_expenses", "", "Other operating expenses", years, AnnualAccounts::otherOperatingExpenses);
        b.totalRow("operating_profit", "", "Operating profit", Term.plus("gross_profit"), Term.plus("other_operating_expenses"));
        b.row("interest_receivable", "", "Interest receivable", years, AnnualAccounts::interestReceivable);
        b.totalRow("profit_before_taxation", "", "Profit before taxation", Term.plus("operating_profit"), Term.plus("interest_receivable"));
        b.row("tax_on_profit_on_ordinary_activities", "", "Tax on profit", years, AnnualAccounts::tax);
        b.totalRow("profit_for_the_financial_year", "", "Profit for the financial year", Term.plus("profit_before_taxation"),
                Term.plus("tax_on_profit_on_ordinary_activities"));
        b.row("debtors", "", "Debtors", years, AnnualAccounts::debtors);
        b.row("cash_at_bank_and_in_hand", "", "Cash at bank and in hand", years, AnnualAccounts::cash);
        b.totalRow("total_assets", "", "Total assets", Term.plus("debtors"), Term.plus("cash_at_bank_and_in_hand"));
        b.row("creditors_due_within_one_year", "", "Creditors due within one year", years, AnnualAccounts::creditors);
        b.totalRow("total_liabilities", "", "Total liabilities", Term.plus("creditors_due_within_one_year"));
        b.totalRow("net_assets", "", "Net assets", Term.plus("total_assets"), Term.plus("total_liabilities"));
        b.row("retained_earnings_brought_forward", "", "Retained earnings brought forward",
                years, AnnualAccounts::retainedEarningsBroughtForward);
        b.totalRow("retained_earnings", "", "Retained earnings", Term.plus("retained_earnings_brought_forward"),
                Term.plus("profit_for_the_financial_year"));
        b.totalRow("equity", "", "Equity", Term.plus("retained_earnings"));
        return b.build();
    }
}
