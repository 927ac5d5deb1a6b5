package uk.org.wcf.finance.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.io.BudgetBookCsv;
import uk.org.wcf.finance.io.PublishedTableCsv;
import uk.org.wcf.finance.io.ReadResult;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.report.BusinessPlanTables;
import uk.org.wcf.finance.report.PublishedTable;
import uk.org.wcf.finance.report.TableCheck;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * The published WCF figures, shipped inside the library: the budget books they describe and the published
 * tables to check the model against. Each call reads the embedded files afresh (there is no cache and no global
 * state); the values returned are immutable.
 *
 * <pre>{@code
 * BudgetBook book = WcfData.businessPlan2020();
 * book.contractSum();   // GBP 114622000.00
 * }</pre>
 */
public final class WcfData {

    private static final String BASE = "/uk/org/wcf/finance/data/";

    private WcfData() {
    }

    /** @return the budget books of the embedded dataset: the 2019/20 part-year and 2020/21 */
    public static List<BudgetBook> budgetBooks() {
        try (InputStream years = open("wcf-years.csv"); InputStream lines = open("wcf-budget-lines.csv")) {
            return BudgetBookCsv.read("wcf-years.csv", years, "wcf-budget-lines.csv", lines).orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param year a year of the dataset
     * @return its budget book
     */
    public static BudgetBook budgetBook(FiscalYear year) {
        return budgetBooks().stream().filter(b -> b.year().equals(year)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the embedded dataset has no budget for " + year
                        + "; it has " + budgetBooks().stream().map(BudgetBook::year).toList()));
    }

    /** @return the agreed 2020/21 budget book of the Business Plan 2020/21 */
    public static BudgetBook businessPlan2020() {
        return budgetBook(FiscalYear.of(2020));
    }

    /** @return the 6-month 2019/20 contract's budget book */
    public static BudgetBook contract2019() {
        return budgetBook(FiscalYear.of(2019));
    }

    /**
     * A published table, as typed from the source.
     *
     * @param id the table's identifier, such as {@link BusinessPlanTables#TABLE_2}
     * @return the published table
     */
    public static PublishedTable published(String id) {
        String file = "published/" + id + ".csv";
        try (InputStream in = open(file)) {
            ReadResult<PublishedTable> r = PublishedTableCsv.read(id, id + ".csv", in);
            return r.orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Regenerates every published table the library covers from the model and compares each with the source.
     *
     * @param policy the rounding policy (the published tables are whole £000, half-up)
     * @return one check per table, in the source's order
     */
    public static List<TableCheck> checks(RoundingPolicy policy) {
        BudgetBook y2019 = contract2019();
        BudgetBook y2020 = businessPlan2020();
        List<TableCheck> checks = new ArrayList<>();
        checks.add(TableCheck.compare(BusinessPlanTables.table1(List.of(y2019, y2020)).round(policy),
                published(BusinessPlanTables.TABLE_1)));
        checks.add(TableCheck.compare(BusinessPlanTables.table2(y2020).round(policy),
                published(BusinessPlanTables.TABLE_2)));
        checks.add(TableCheck.compare(BusinessPlanTables.table4(y2020).round(policy),
                published(BusinessPlanTables.TABLE_4)));
        return List.copyOf(checks);
    }

    private static InputStream open(String name) {
        InputStream in = WcfData.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IllegalStateException("the embedded dataset file " + name + " is missing from the library jar");
        }
        return in;
    }
}
