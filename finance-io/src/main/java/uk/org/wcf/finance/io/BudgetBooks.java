package uk.org.wcf.finance.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * The one way in for a budget book the user gives (the CLI's {@code --book FILE}): the format follows the file's
 * ending.
 * <ul>
 *   <li>{@code .yaml}, {@code .yml}, {@code .json}: {@link BudgetBookFile}, one book;</li>
 *   <li>{@code .csv}: {@link BudgetBookCsv}'s lines file alone ({@link BudgetBookCsv#readLines}), one book per
 *   year it names, each a full agreed year;</li>
 *   <li>{@code .xlsx}: {@link BudgetBookXlsx}, one book, the workbook read as untrusted input.</li>
 * </ul>
 * Any other ending is refused, naming the four.
 *
 * <pre>{@code
 * BudgetBook book = BudgetBooks.read(Path.of("budget.xlsx")).orThrow();
 * }</pre>
 */
public final class BudgetBooks {

    /** The endings read, in the order messages name them. */
    public static final List<String> ENDINGS = List.of(".yaml", ".yml", ".json", ".csv", ".xlsx");

    private BudgetBooks() {
    }

    /**
     * Every book in a file.
     *
     * @param path the file
     * @return the books (none when there were problems) and every problem
     * @throws InvalidInputException when the file is missing, unreadable, of an unknown ending, or a workbook that
     *         is refused
     */
    public static ReadResult<List<BudgetBook>> readAll(Path path) {
        String file = path.toString();
        String n = file.toLowerCase(Locale.ROOT);
        if (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json")) {
            ReadResult<BudgetBook> r = BudgetBookFile.read(path);
            return ReadResult.of(r.value().stream().toList(), r.problems());
        }
        if (n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xltm") || n.endsWith(".xls")
                || n.endsWith(".xlsb")) {
            // the workbook reader refuses the macro-enabled and binary ones, saying why
            ReadResult<BudgetBook> r = BudgetBookXlsx.read(path);
            return ReadResult.of(r.value().stream().toList(), r.problems());
        }
        if (n.endsWith(".csv")) {
            try (InputStream in = InputFiles.open(path)) {
                ReadResult<List<BudgetBook>> r = BudgetBookCsv.readLines(file, in);
                return r.isClean() ? r : ReadResult.of(List.of(), r.problems());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new InvalidInputException(Problem.ofFile(file, "a budget book is a .yaml, .yml, .json, .csv or .xlsx file; "
                + "this one's ending is not one of them"));
    }

    /**
     * The one book in a file (a file of several years is refused: it needs {@link #read(Path, FiscalYear)}).
     *
     * @param path the file
     * @return the book (empty when there were problems) and every problem, among them "holds the budgets of" the
     *         years of a file of several
     * @throws InvalidInputException as {@link #readAll}
     */
    public static ReadResult<BudgetBook> read(Path path) {
        return read(path, Optional.empty());
    }

    /**
     * The book of one year in a file.
     *
     * @param path the file
     * @param year the year wanted
     * @return the book (empty when there were problems) and every problem, among them "holds no budget for" the year
     *         with the years it holds
     * @throws InvalidInputException as {@link #readAll}
     */
    public static ReadResult<BudgetBook> read(Path path, FiscalYear year) {
        return read(path, Optional.of(year));
    }

    private static ReadResult<BudgetBook> read(Path path, Optional<FiscalYear> wanted) {
        ReadResult<List<BudgetBook>> all = readAll(path);
        if (!all.isClean()) {
            return ReadResult.failed(all.problems());
        }
        List<BudgetBook> books = all.value().orElseThrow();
        String held = books.stream().map(b -> b.year().toString()).collect(Collectors.joining(", "));
        if (books.isEmpty()) {
            return ReadResult.failed(List.of(Problem.ofFile(path.toString(), "holds no budget lines")));
        }
        if (wanted.isEmpty()) {
            if (books.size() > 1) {
                return ReadResult.failed(List.of(Problem.ofFile(path.toString(), "holds the budgets of "
                        + held + "; say which year with --year")));
            }
            return ReadResult.of(books.get(0), List.of());
        }
        FiscalYear year = wanted.get();
        return books.stream().filter(b -> b.year().equals(year)).findFirst()
                .map(b -> ReadResult.of(b, List.<Problem>of()))
                .orElseGet(() -> ReadResult.failed(List.of(Problem.ofFile(path.toString(),
                        "holds no budget for " + year + "; it holds " + held))));
    }
}
