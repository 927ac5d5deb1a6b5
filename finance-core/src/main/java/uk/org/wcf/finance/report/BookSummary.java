package uk.org.wcf.finance.report;

import java.util.List;
import java.util.Locale;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.structure.Service;

/**
 * A budget book's summary as a table: gross expenditure by service and in total, less income outside the contract,
 * the contract sum, less the funding passed through, and the council base budget. Every figure is exact and every
 * total the sum of its parts; rounded through one {@link RoundingPolicy}, a total that no longer adds to its
 * rounded parts is shown as a footing difference under the table, never hidden.
 */
public final class BookSummary {

    private BookSummary() {
    }

    /**
     * @param book a budget book
     * @return its summary, exact
     */
    public static FigureTable of(BudgetBook book) {
        FigureTable.Builder t = FigureTable.builder("budget-book-" + book.year().toString().replace('/', '_'),
                "Budget book " + book.year() + " (" + book.status().name().toLowerCase(Locale.ROOT) + ", "
                        + book.span().months() + " months, " + book.services().size() + " services, "
                        + book.lines().size() + " lines)");
        t.column("amount", "Amount");
        for (Service s : book.services()) {
            t.row(s.ref(), s.ref(), s.name(), book.grossOf(s));
        }
        t.totalOfRows("gross_expenditure", "", "Gross expenditure");
        t.row("income_outside_contract", "", "less income outside the contract", book.incomeOutsideContractTotal());
        t.derivedRow("contract_sum", "", book.parties().commissioner().isEmpty() ? "Gross contract sum"
                : book.parties().commissioner() + " gross contract sum",
                List.of(Term.plus("gross_expenditure"), Term.minus("income_outside_contract")), book.contractSum());
        t.row("pass_through", "", "less funding passed through", book.passThroughTotal());
        t.derivedRow("council_base_budget", "", "Council base budget",
                List.of(Term.plus("contract_sum"), Term.minus("pass_through")), book.councilBaseBudget());
        return t.build();
    }

    /**
     * @param book a budget book
     * @param policy the rounding policy, such as {@link RoundingPolicy#THOUSANDS}
     * @return the summary as text, rounded once, with any footing difference under it
     */
    public static String text(BudgetBook book, RoundingPolicy policy) {
        return TableText.text(of(book).round(policy));
    }
}
