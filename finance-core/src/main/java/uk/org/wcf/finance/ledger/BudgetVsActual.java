package uk.org.wcf.finance.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.joda.money.Money;

import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.time.FiscalPeriod;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * Budget against actual by cost centre and month: one row for every cost centre and month found in either the
 * budget or the actuals, sorted by cost centre then month; variance = actual - budget. Exact in pence.
 */
public final class BudgetVsActual {

    /**
     * A row.
     *
     * @param costCentre the cost centre
     * @param period the period
     * @param budgetPence the budget in pence
     * @param actualPence the actual in pence
     */
    public record Row(String costCentre, FiscalPeriod period, long budgetPence, long actualPence) {
        /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
        @Override
        public String toString() {
            return uk.org.wcf.finance.money.Readable.of(this);
        }

        /** @return actual - budget, in pence */
        public long variancePence() {
            return Math.subtractExact(actualPence, budgetPence);
        }

        /** @return the budget as money */
        public Money budget() {
            return Money.ofMinor(Gbp.GBP, budgetPence);
        }

        /** @return the actual as money */
        public Money actual() {
            return Money.ofMinor(Gbp.GBP, actualPence);
        }

        /** @return the variance as money */
        public Money variance() {
            return Money.ofMinor(Gbp.GBP, variancePence());
        }
    }

    private BudgetVsActual() {
    }

    /**
     * Joins budget and actual totals.
     *
     * @param year the financial year
     * @param budget budget totals by cost-centre index
     * @param budgetNames cost-centre names of the budget's indexes
     * @param actual actual totals by cost-centre index
     * @param actualNames cost-centre names of the actuals' indexes
     * @return the rows, sorted by cost centre then month
     */
    public static List<Row> join(FiscalYear year, PeriodTotals budget, List<String> budgetNames, PeriodTotals actual,
            List<String> actualNames) {
        Objects.requireNonNull(year, "year");
        Map<String, Integer> b = index(budgetNames);
        Map<String, Integer> a = index(actualNames);
        TreeSet<String> names = new TreeSet<>(Comparator.naturalOrder());
        names.addAll(budgetNames);
        names.addAll(actualNames);
        List<Row> rows = new ArrayList<>();
        for (String cc : names) {
            Integer bi = b.get(cc);
            Integer ai = a.get(cc);
            for (int p = 1; p <= PeriodTotals.PERIODS; p++) {
                boolean inBudget = bi != null && budget.seen(bi, p);
                boolean inActual = ai != null && actual.seen(ai, p);
                if (inBudget || inActual) {
                    rows.add(new Row(cc, year.period(p), inBudget ? budget.pence(bi, p) : 0, inActual ? actual.pence(ai, p) : 0));
                }
            }
        }
        return rows;
    }

    private static Map<String, Integer> index(List<String> names) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            m.put(names.get(i), i);
        }
        return m;
    }
}
