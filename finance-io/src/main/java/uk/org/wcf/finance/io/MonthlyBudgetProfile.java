package uk.org.wcf.finance.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import uk.org.wcf.finance.io.internal.ledger.LedgerReader;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * The budget's monthly profile from a monthly budget file: the file {@code actuals --budget} reads
 * ({@code cost_centre,month,budget}, month as {@code 2020-04} or {@code 2020-04-01}, budget in pounds), totalled
 * over every cost centre for each month of the year. The totals are the weights a cashflow spreads the year's
 * spending by; a month without a row weighs nothing.
 */
public final class MonthlyBudgetProfile {

    private MonthlyBudgetProfile() {
    }

    /**
     * Reads a monthly budget's profile for a year.
     *
     * @param file the monthly budget file
     * @param year the financial year its months must fall in
     * @return twelve totals in pounds, April to March, or the problems (a year with no budget at all is one)
     */
    public static ReadResult<List<BigDecimal>> read(Path file, FiscalYear year) {
        long[] pence = new long[12];
        LedgerSummary r;
        try (InputStream in = InputFiles.open(file)) {
            r = LedgerReader.read(file.toString(), in, year, LedgerReader.MONTHLY_BUDGET,
                    (cc, code, period, p) -> pence[period - 1] = Math.addExact(pence[period - 1], p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Problem> problems = new ArrayList<>(r.problems());
        List<BigDecimal> weights = new ArrayList<>();
        boolean negative = false;
        boolean any = false;
        for (long p : pence) {
            weights.add(BigDecimal.valueOf(p, 2));
            negative |= p < 0;
            any |= p > 0;
        }
        if (problems.isEmpty() && negative) {
            problems.add(Problem.ofFile(file.toString(), "a month's budget totals less than nothing; a spending profile "
                    + "needs each month's total budget to be 0 or more"));
        } else if (problems.isEmpty() && !any) {
            problems.add(Problem.ofFile(file.toString(), "has no budget in " + year + " (months " + year.start().getYear()
                    + "-04 to " + year.end().getYear() + "-03): give the monthly budget of the year"));
        }
        return ReadResult.of(weights, problems);
    }
}
