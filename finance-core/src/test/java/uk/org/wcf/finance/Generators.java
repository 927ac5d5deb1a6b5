package uk.org.wcf.finance;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;

import org.joda.money.Money;
import org.quicktheories.core.Gen;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.structure.FundingSource;
import uk.org.wcf.finance.structure.Service;
import uk.org.wcf.finance.structure.SubjectiveGroup;
import uk.org.wcf.finance.time.FiscalYear;

/** Generators of model values for the property tests. */
public final class Generators {

    private Generators() {
    }

    /**
     * @param maxPounds the largest amount in pounds
     * @return amounts from £0.00 to maxPounds, in pence
     */
    public static Gen<Money> amounts(long maxPounds) {
        return longs().between(0, maxPounds * 100).map(p -> Money.ofMinor(CurrencyHolder.GBP, p));
    }

    /**
     * @param maxPounds the largest magnitude in pounds
     * @return amounts from -maxPounds to maxPounds, in pence
     */
    public static Gen<Money> signedAmounts(long maxPounds) {
        return longs().between(-maxPounds * 100, maxPounds * 100).map(p -> Money.ofMinor(CurrencyHolder.GBP, p));
    }

    /** @return financial years from 1990/91 to 2098/99 */
    public static Gen<FiscalYear> years() {
        return integers().between(1990, 2098).map(FiscalYear::of);
    }

    /**
     * Budget books of 1 to 8 services, each with lines in the four published groups (amounts up to £50m in
     * pence), income outside the contract, and pass-through funding by the eight published sources.
     *
     * @return the generator
     */
    public static Gen<BudgetBook> budgetBooks() {
        Gen<List<Money>> lines = lists().of(amounts(50_000_000)).ofSizeBetween(4, 32);
        Gen<List<Money>> funding = lists().of(amounts(5_000_000)).ofSize(8);
        Gen<Money> income = amounts(1_000_000);
        return lines.zip(funding, income, years(), (l, f, i, y) -> {
            BudgetBook.Builder b = BudgetBook.builder(y);
            int services = (l.size() + 3) / 4;
            List<Service> list = new ArrayList<>();
            for (int s = 0; s < services; s++) {
                list.add(Service.standalone(String.valueOf((char) ('A' + s)), "Service " + (char) ('A' + s)));
            }
            for (int k = 0; k < l.size(); k++) {
                b.line(list.get(k / 4), SubjectiveGroup.PUBLISHED.get(k % 4), l.get(k));
            }
            b.incomeOutsideContract("Non-WCC Sales, Fees and Charges", i);
            for (int k = 0; k < 8; k++) {
                b.passThrough(FundingSource.PUBLISHED.get(k), f.get(k));
            }
            return b.build();
        });
    }

    /** Holds the currency constant without a static import clash. */
    private static final class CurrencyHolder {
        static final org.joda.money.CurrencyUnit GBP = org.joda.money.CurrencyUnit.GBP;
    }
}
