package uk.org.wcf.finance.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import uk.org.wcf.finance.time.FiscalYear;

/**
 * What the streaming ledger reader read of a ledger: the cost centres and codes by id (the ids its sink was
 * given), the count of good postings, the problems, and what a person should know about a good read.
 *
 * @param file the file name
 * @param year the financial year; empty when the file had no posting and none was given
 * @param costCentres the cost centres, by id
 * @param codes the codes, by id
 * @param postings how many good postings
 * @param problems the problems, in file order
 * @param ignoredColumns the header's columns that were not read, in file order
 * @param skippedRows how many rows of nothing but commas were skipped
 * @param adjustments the postings in period 13 and later, counted with March (P12)
 * @param leftOut how many rows the filters of {@link LedgerOptions} left out
 * @param filters the filters, as given, for notes
 */
public record LedgerSummary(String file, Optional<FiscalYear> year, List<String> costCentres, List<String> codes, long postings,
        List<Problem> problems, List<String> ignoredColumns, long skippedRows, Adjustments adjustments, long leftOut,
        List<String> filters) {
    /**
     * Copies the lists.
     *
     * @param file the file
     * @param year empty when the file had no posting and none was given
     * @param costCentres the cost centres
     * @param codes the codes
     * @param postings the count
     * @param problems the problems
     * @param ignoredColumns the columns not read
     * @param skippedRows rows of only commas
     * @param adjustments period 13 and later
     * @param leftOut rows left out by the filters
     * @param filters the filters as given
     */
    public LedgerSummary {
        Objects.requireNonNull(year, "year (empty when the file had no posting)");
        filters = List.copyOf(filters);
        costCentres = List.copyOf(costCentres);
        codes = List.copyOf(codes);
        problems = List.copyOf(problems);
        ignoredColumns = List.copyOf(ignoredColumns);
        Objects.requireNonNull(adjustments, "adjustments");
    }

    /**
     * What a person should know about a good read: the columns not read, the rows skipped, the adjustments.
     *
     * @return one line for each, empty when there is nothing to say
     */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (!ignoredColumns.isEmpty()) {
            notes.add(file + ": columns not read: " + String.join(", ", ignoredColumns));
        }
        if (skippedRows > 0) {
            notes.add(file + ": " + skippedRows + (skippedRows == 1 ? " row" : " rows") + " of only commas skipped");
        }
        if (!filters.isEmpty()) {
            notes.add(file + ": " + String.format(Locale.ROOT, "%,d", leftOut) + (leftOut == 1 ? " row" : " rows")
                    + " left out by --where " + String.join(" and ", filters) + "; " + String.format(Locale.ROOT,
                            "%,d", postings) + (postings == 1 ? " posting" : " postings") + " read");
        }
        if (adjustments.postings() > 0) {
            notes.add(file + ": " + adjustments.postings() + " year-end adjustment" + (adjustments.postings() == 1 ? "" : "s")
                    + " (period 13 and later), " + org.joda.money.Money.ofMinor(org.joda.money.CurrencyUnit.GBP,
                            adjustments.pence()).getAmount().toPlainString()
                    + " in pounds, counted with March" + year.map(y -> " " + y.end().getYear()).orElse("") + " (P12)");
        }
        return notes;
    }

    /**
     * Year-end adjustments (period 13 and later), which are counted with March.
     *
     * @param postings how many postings were in period 13 or later
     * @param pence their total in pence
     */
    public record Adjustments(long postings, long pence) {
        /** None. */
        public static final Adjustments NONE = new Adjustments(0, 0);
    }
}
