package uk.org.wcf.finance.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import picocli.CommandLine.Option;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.data.WcfData;
import uk.org.wcf.finance.io.AssumptionsFile;
import uk.org.wcf.finance.io.BudgetBooks;
import uk.org.wcf.finance.plan.AssumptionSet;
import uk.org.wcf.finance.plan.Plan;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * {@code --book FILE}, shared by the commands that use a budget book: the user's own book in YAML, JSON, CSV or
 * XLSX (read by {@link BudgetBooks}, the format by the file's ending) in place of the embedded WCF dataset's.
 */
final class BookOption {

    /** The embedded dataset's default year. */
    static final FiscalYear EMBEDDED_DEFAULT = FiscalYear.parse("2020/21");

    @Option(names = "--book", paramLabel = "FILE", description = "your own budget book in place of the embedded WCF "
            + "dataset's: a YAML, JSON, CSV or XLSX file, by its ending (the layouts are in finance-io/README)")
    Path file;

    /** @return true when {@code --book} was given */
    boolean given() {
        return file != null;
    }

    /**
     * The book of a year.
     *
     * @param year the year asked for, or null: the embedded dataset's 2020/21, or the given book's one year
     * @return the book
     * @throws IllegalArgumentException when the embedded dataset has no budget for the year (pointing at --book)
     * @throws uk.org.wcf.finance.io.InvalidInputException for every problem in the given file
     */
    BudgetBook book(FiscalYear year) {
        if (file != null) {
            return (year == null ? BudgetBooks.read(file) : BudgetBooks.read(file, year)).orThrow();
        }
        FiscalYear y = year == null ? EMBEDDED_DEFAULT : year;
        List<BudgetBook> books = WcfData.budgetBooks();
        return books.stream().filter(b -> b.year().equals(y)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the embedded dataset has no budget for " + y + "; it has "
                        + books.stream().map(b -> b.year().toString()).collect(Collectors.joining(", "))
                        + ": give your own with --book FILE (.yaml, .json, .csv or .xlsx)"));
    }

    /**
     * The plan from the given book with an assumptions file; without {@code --book}, the embedded plan.
     *
     * @param year the base year, or null
     * @param assumptions the assumptions file, required with {@code --book}
     * @param option the option that names the assumptions, for the message
     * @return the plan
     */
    Plan plan(FiscalYear year, Path assumptions, String option) {
        if (file == null && assumptions == null) {
            return WcfData.plan2020();
        }
        if (assumptions == null) {
            throw new IllegalArgumentException("--book " + file + " needs " + option + " FILE: the embedded plan is WCF's "
                    + "and the book alone states no assumptions");
        }
        BudgetBook base = book(year);
        AssumptionSet set = AssumptionsFile.read(assumptions, base).orThrow();
        return set.planFrom(base);
    }

    /**
     * A table of the given book titled with its file rather than WCF's name.
     *
     * @param t the table
     * @return the same table, retitled when {@code --book} was given
     */
    FigureTable titled(FigureTable t) {
        if (file == null) {
            return t;
        }
        return new FigureTable(t.id(), t.title().replace(" WCF", "") + ", " + file.getFileName(), t.columns(), t.rows());
    }
}
