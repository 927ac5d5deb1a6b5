package uk.org.wcf.finance.cli;

import picocli.CommandLine.Option;

import uk.org.wcf.finance.io.DateFormat;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * {@code --year} and {@code --date-format}, shared by {@code import} and {@code actuals}: the year of a ledger extract
 * and the form its dates are written in.
 */
final class LedgerDatesOption {

    @Option(names = "--year", converter = YearConverter.class, description = "the financial year (default: from the data)")
    FiscalYear year;

    @Option(names = "--date-format", converter = DateFormatConverter.class, paramLabel = "FORM",
            description = "the form of the ledger's dates: auto (default: any of the forms), yyyy-mm-dd, dd/mm/yyyy or"
                    + " dd-mmm-yyyy; any other form is then an error at its cell")
    DateFormat dateFormat = DateFormat.AUTO;
}
