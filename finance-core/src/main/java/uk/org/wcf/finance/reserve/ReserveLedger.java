package uk.org.wcf.finance.reserve;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.joda.money.Money;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.report.Term;
import uk.org.wcf.finance.structure.FundingSource;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * The council's earmarked reserves for children's services in a year.
 *
 * @param year the year
 * @param reserves the reserves, names unique, all of this year
 */
public record ReserveLedger(FiscalYear year, List<EarmarkedReserve> reserves) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * Validates the ledger.
     *
     * @param year not null
     * @param reserves of this year, names unique
     */
    public ReserveLedger {
        Objects.requireNonNull(year, "year");
        reserves = List.copyOf(reserves);
        Set<String> names = new HashSet<>();
        for (EarmarkedReserve r : reserves) {
            if (!r.year().equals(year)) {
                throw new FinanceRuleException("reserve '" + r.name() + "'", r.year(), "is not of the ledger's year " + year);
            }
            if (!names.add(r.name())) {
                throw new FinanceRuleException("reserve '" + r.name() + "'", "listed twice", "each reserve appears once");
            }
        }
    }

    /**
     * @param name a reserve's name
     * @return the reserve
     */
    public EarmarkedReserve reserve(String name) {
        return reserves.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new FinanceRuleException("reserve", "'" + name + "'", "unknown; the reserves are "
                        + reserves.stream().map(EarmarkedReserve::name).toList()));
    }

    /** @return the drawdowns passported to the company as income */
    public Money passportedToCompany() {
        return Gbp.sum(reserves.stream().map(EarmarkedReserve::passported));
    }

    /** @return the total closing balance */
    public Money closing() {
        return Gbp.sum(reserves.stream().map(EarmarkedReserve::closing));
    }

    /** @return the ledger for the next year, each reserve opening at its closing balance */
    public ReserveLedger nextYear() {
        return new ReserveLedger(year.next(), reserves.stream().map(EarmarkedReserve::nextYear).toList());
    }

    /**
     * Reconciles the company's "funding from reserves" income with the council's drawdowns passported to it:
     * the same money seen from both sides, so no money is created or lost.
     *
     * @param companyBook the company's budget book for the same year
     * @return the reconciliation
     */
    public Passporting reconcile(BudgetBook companyBook) {
        if (!companyBook.year().equals(year)) {
            throw new FinanceRuleException("budget book", companyBook.year(), "is not of the ledger's year " + year);
        }
        return new Passporting(year, companyBook.passThroughOf(FundingSource.FUNDING_FROM_RESERVES), passportedToCompany());
    }

    /** @return the ledger as a table: opening, contributions, drawdowns, closing per reserve, with a total */
    public FigureTable table() {
        FigureTable.Builder b = FigureTable.builder("reserves-" + year.toString().replace('/', '_'),
                "Earmarked reserves " + year)
                .column("opening", "Opening").column("contributions", "Contributions").column("drawdowns", "Drawdowns")
                .totalColumn("closing", "Closing", Term.plus("opening"), Term.plus("contributions"), Term.minus("drawdowns"));
        for (EarmarkedReserve r : reserves) {
            b.row(r.name(), "", r.name(), r.opening(), r.contributions(), r.drawdowns());
        }
        return b.totalOfRows("total", "", "Total earmarked reserves").build();
    }

    /**
     * The two sides of reserves passporting.
     *
     * @param year the year
     * @param companyIncome the company's "funding from reserves"
     * @param councilPassported the council's drawdowns passported to the company
     */
    public record Passporting(FiscalYear year, Money companyIncome, Money councilPassported) {
        /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
        @Override
        public String toString() {
            return uk.org.wcf.finance.money.Readable.of(this);
        }


        /** @return company income - council drawdowns; zero when they reconcile */
        public Money difference() {
            return companyIncome.minus(councilPassported);
        }

        /** @return true when no money is created or lost */
        public boolean reconciles() {
            return difference().isZero();
        }
    }
}
