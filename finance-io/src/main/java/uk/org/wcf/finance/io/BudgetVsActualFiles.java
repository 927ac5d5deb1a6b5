package uk.org.wcf.finance.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import uk.org.wcf.finance.io.internal.ledger.LedgerReader;
import uk.org.wcf.finance.io.write.Csv;
import uk.org.wcf.finance.ledger.BudgetVsActual;
import uk.org.wcf.finance.ledger.PeriodTotals;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * Budget against actual by cost centre and month from a ledger extract ({@link LedgerReader}) and a budget
 * file {@code cost_centre,month,budget} ({@code month} the first day of the month, {@code budget} in pounds).
 * The output is {@code cost_centre,month,budget,actual,variance}, month as {@code 2020-04}, pounds with two
 * decimals, variance = actual - budget, sorted by cost centre then month.
 */
public final class BudgetVsActualFiles {

    /**
     * What a run produced, the value of its {@link ReadResult} (which carries every problem in either file).
     *
     * @param rows the rows
     * @param postings how many postings were read
     * @param notes what a person should know about a good run (columns not read, rows skipped, year-end
     *              adjustments), one line each
     */
    public record Comparison(List<BudgetVsActual.Row> rows, long postings, List<String> notes) {
        /**
         * Copies the lists.
         *
         * @param rows the rows
         * @param postings the count
         * @param notes the notes
         */
        public Comparison {
            rows = List.copyOf(rows);
            notes = List.copyOf(notes);
        }
    }

    private BudgetVsActualFiles() {
    }

    /**
     * Reads both files and joins them, the year taken from the ledger (or, when it has no postings, the budget).
     *
     * @param gl the ledger extract
     * @param budget the budget file
     * @return the rows (none when neither file gave the year) and every problem
     */
    public static ReadResult<Comparison> run(Path gl, Path budget) {
        return join(gl, budget, null, DateFormat.AUTO, LedgerOptions.NONE, Progress.NONE);
    }

    /**
     * Reads both files and joins them.
     *
     * @param gl the ledger extract
     * @param budget the budget file
     * @param year the financial year (see {@link #run(Path, Path)} to take it from the files)
     * @return the rows and every problem
     */
    public static ReadResult<Comparison> run(Path gl, Path budget, FiscalYear year) {
        return run(gl, budget, year, Progress.NONE);
    }

    /**
     * Reads both files and joins them, reporting progress through the ledger.
     *
     * @param gl the ledger extract
     * @param budget the budget file
     * @param year the financial year
     * @param progress told how far the ledger has been read
     * @return the rows and every problem
     */
    public static ReadResult<Comparison> run(Path gl, Path budget, FiscalYear year, Progress progress) {
        return run(gl, budget, year, DateFormat.AUTO, progress);
    }

    /**
     * Reads both files, the ledger's dates in a declared form, and joins them.
     *
     * @param gl the ledger extract
     * @param budget the budget file
     * @param year the financial year
     * @param dateFormat the form of the ledger's dates
     * @param progress told how far the ledger has been read
     * @return the rows and every problem
     */
    public static ReadResult<Comparison> run(Path gl, Path budget, FiscalYear year, DateFormat dateFormat, Progress progress) {
        return run(gl, budget, year, dateFormat, LedgerOptions.NONE, progress);
    }

    /**
     * Reads both files, the ledger as a finance system wrote it ({@link LedgerOptions}: its own column names, only
     * some rows; the rows left out are named in the notes), and joins them for the year given.
     *
     * @param gl the ledger extract
     * @param budget the budget file
     * @param year the financial year
     * @param dateFormat the form of the ledger's dates
     * @param options the ledger's column names, the rows to keep, or the one period of every posting
     * @param progress told how far the ledger has been read
     * @return the rows and every problem
     */
    public static ReadResult<Comparison> run(Path gl, Path budget, FiscalYear year, DateFormat dateFormat, LedgerOptions options,
            Progress progress) {
        java.util.Objects.requireNonNull(year, "year (the other run takes it from the files)");
        return join(gl, budget, year, dateFormat, options, progress);
    }

    /**
     * Reads both files, the ledger as a finance system wrote it, and joins them, the year taken from the ledger (or,
     * when it has no postings, the budget).
     *
     * @param gl the ledger extract
     * @param budget the budget file
     * @param dateFormat the form of the ledger's dates
     * @param options the ledger's column names, the rows to keep, or the one period of every posting
     * @param progress told how far the ledger has been read
     * @return the rows (none when neither file gave the year) and every problem
     */
    public static ReadResult<Comparison> run(Path gl, Path budget, DateFormat dateFormat, LedgerOptions options,
            Progress progress) {
        return join(gl, budget, null, dateFormat, options, progress);
    }

    /** The join; {@code year} null takes the year from the files (the reader's contract, inside the library). */
    private static ReadResult<Comparison> join(Path gl, Path budget, FiscalYear year, DateFormat dateFormat,
            LedgerOptions options, Progress progress) {
        PeriodTotals actual = PeriodTotals.create();
        LedgerSummary r;
        try (InputStream in = progress.watch(gl.toString(), InputFiles.open(gl), Files.size(gl))) {
            // budget against actual is by cost centre: the codes are not read
            r = LedgerReader.read(gl.toString(), in, year, LedgerReader.POSTINGS_BY_COST_CENTRE, dateFormat, options,
                    (cc, code, period, pence) -> actual.add(cc, period, pence));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Problem> problems = new ArrayList<>(r.problems());
        List<String> notes = new ArrayList<>(r.notes());
        FiscalYear y = year != null ? year : r.year().orElse(null);
        PeriodTotals budgets = PeriodTotals.create();
        List<String> names;
        try (InputStream in = InputFiles.open(budget)) {
            LedgerSummary br = LedgerReader.read(budget.toString(), in, y, LedgerReader.MONTHLY_BUDGET,
                    (cc, code, period, pence) -> budgets.add(cc, period, pence));
            problems.addAll(br.problems());
            notes.addAll(br.notes());
            names = br.costCentres();
            if (y == null) {
                y = br.year().orElse(null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (y == null) {
            // neither file named a year: nothing to join; a problem in either file is what stopped it
            return problems.isEmpty() ? ReadResult.of(new Comparison(List.of(), r.postings(), notes), problems)
                    : ReadResult.failed(problems);
        }
        List<BudgetVsActual.Row> rows = BudgetVsActual.join(y, budgets, names, actual, r.costCentres());
        for (BudgetVsActual.Row row : rows) {
            try {
                row.variancePence();
            } catch (ArithmeticException overflow) {
                problems.add(Problem.ofFile(gl.toString(), "the variance for cost centre " + row.costCentre() + " in "
                        + row.period().month() + " passes £92,233,720,368,547,758.07, the most the library can hold in"
                        + " pence; check the amounts' unit in " + gl + " and " + budget));
            }
        }
        return ReadResult.of(new Comparison(rows, r.postings(), notes), problems);
    }

    /**
     * Writes the rows as CSV.
     *
     * @param rows the rows
     * @param out the stream (not closed)
     * @throws IOException on failure
     */
    public static void write(List<BudgetVsActual.Row> rows, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write("cost_centre,month,budget,actual,variance\n");
        StringBuilder sb = new StringBuilder(128);
        for (BudgetVsActual.Row row : rows) {
            sb.setLength(0);
            sb.append(Csv.text(row.costCentre())).append(',').append(row.period().month()).append(',');
            pounds(sb, row.budgetPence()).append(',');
            pounds(sb, row.actualPence()).append(',');
            pounds(sb, row.variancePence()).append('\n');
            w.append(sb);
        }
        w.flush();
    }

    /** Appends pence as pounds with two decimals: 123456 as 1234.56, -5 as -0.05. */
    static StringBuilder pounds(StringBuilder sb, long pence) {
        long abs = Math.abs(pence);
        if (pence < 0) {
            sb.append('-');
        }
        sb.append(abs / 100).append('.');
        long p = abs % 100;
        if (p < 10) {
            sb.append('0');
        }
        return sb.append(p);
    }
}
