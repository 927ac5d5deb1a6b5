package uk.org.wcf.finance.plan;

import java.util.ArrayList;
import java.util.List;

import org.joda.money.Money;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.report.Term;
import uk.org.wcf.finance.structure.Service;

/** Two plans of the same base side by side: gross expenditure per service and year, and the difference. */
public final class PlanComparison {

    private PlanComparison() {
    }

    /**
     * Compares two scenarios.
     *
     * @param nameA the first scenario's name
     * @param a the first plan
     * @param nameB the second scenario's name
     * @param b the second plan
     * @return a table with, for each year, columns A, B and B-A (a total column the table checks)
     */
    public static FigureTable compare(String nameA, Plan a, String nameB, Plan b) {
        if (a.years().size() != b.years().size() || !a.base().year().equals(b.base().year())) {
            throw new FinanceRuleException("scenarios", nameA + " and " + nameB,
                    "can be compared only with the same base year and number of years");
        }
        FigureTable.Builder t = FigureTable.builder("plan-comparison", "Scenario B (" + nameB + ") against A (" + nameA + ")");
        for (BudgetBook y : a.years()) {
            String k = y.year().toString().replace('/', '_');
            t.column(k + "_a", y.year() + " A");
            t.column(k + "_b", y.year() + " B");
            t.totalColumn(k + "_difference", y.year() + " B-A", Term.plus(k + "_b"), Term.minus(k + "_a"));
        }
        for (Service s : a.base().services()) {
            List<Money> values = new ArrayList<>();
            for (int i = 0; i < a.years().size(); i++) {
                BudgetBook ya = a.years().get(i);
                BudgetBook yb = b.years().get(i);
                values.add(ya.grossOf(s));
                values.add(yb.findService(s.ref()).map(yb::grossOf).orElse(Gbp.zero()));
            }
            t.row(s.ref(), s.ref(), s.name(), values.toArray(Money[]::new));
        }
        return t.totalOfRows("total", "", "Total Gross Expenditure").build();
    }
}
