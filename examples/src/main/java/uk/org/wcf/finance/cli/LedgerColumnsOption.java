package uk.org.wcf.finance.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

import uk.org.wcf.finance.io.LedgerOptions;

/**
 * {@code --columns} and {@code --where}, shared by {@code import} and {@code actuals}: a ledger extract as a finance
 * system wrote it, read without renaming its headers ({@link LedgerOptions}).
 */
final class LedgerColumnsOption {

    @Option(names = "--columns", paramLabel = "FIELD=COL,...", description = "the ledger's own column names, as FIELD=COLUMN "
            + "separated by commas, e.g. date=Paid Date; the fields are date, period, cost_centre, subjective, "
            + "amount and year (the rest keep their names); A|B names either of two. Headers match ignoring case, "
            + "spaces and underscores; two columns matching one name are refused")
    List<String> columns = new ArrayList<>();

    @Option(names = "--where", paramLabel = "COL=VALUE", description = "keep only the rows whose COL holds VALUE "
            + "(ignoring case and spaces), e.g. Type=Revenue; repeatable: different columns must all hold (and), "
            + "values for the same column are alternatives (or), as are A|B; the rows left out are counted")
    List<String> where = new ArrayList<>();

    /**
     * @return the options
     * @throws IllegalArgumentException naming a malformed value
     */
    LedgerOptions options() {
        return new LedgerOptions(LedgerOptions.parseColumns(columns), LedgerOptions.parseWhere(where), 0);
    }
}
