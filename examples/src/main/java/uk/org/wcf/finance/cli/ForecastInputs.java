package uk.org.wcf.finance.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.joda.money.Money;

import picocli.CommandLine;
import picocli.CommandLine.Option;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.budget.BudgetLine;
import uk.org.wcf.finance.forecast.ForecastMethod;
import uk.org.wcf.finance.io.BudgetBooks;
import uk.org.wcf.finance.io.BudgetHoldersCsv;
import uk.org.wcf.finance.io.InvalidInputException;
import uk.org.wcf.finance.io.LineActualsFile;
import uk.org.wcf.finance.io.Problem;
import uk.org.wcf.finance.ledger.LedgerLines;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.monitor.Trail;
import uk.org.wcf.finance.returns.Pack;
import uk.org.wcf.finance.returns.Packs;
import uk.org.wcf.finance.time.FiscalPeriod;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * The options {@code forecast-pack} and {@code forecast-collect} share, and the packs they make from them: a collect
 * makes the same packs as the pack run did, to check each return against what its pack held.
 */
final class ForecastInputs {

    @Option(names = "--book", required = true, paramLabel = "BOOK", description = "the budget book (.yaml, .yml, .json, .csv or .xlsx)")
    Path book;

    @Option(names = "--actuals", required = true, paramLabel = "ACTUALS", description = "actuals by line and period: the "
            + ".json or .yaml that 'import' writes, or a .csv of line,month,actual (or the CSV 'actuals' writes)")
    Path actuals;

    @Option(names = "--year", required = true, converter = YearConverter.class, paramLabel = "YYYY/YY",
            description = "the financial year, such as 2024/25")
    FiscalYear year;

    @Option(names = "--period", required = true, paramLabel = "PN", description = "the last period of actuals, P1 to P12")
    String period;

    @Option(names = "--holders", paramLabel = "HOLDERS.csv", description = "a pack per budget holder: a CSV with columns "
            + "line and holder (a line's name, or a service's reference or name); default: a pack per service")
    Path holders;

    @Option(names = "--method", defaultValue = "auto", converter = ForecastCommand.MethodConverter.class,
            description = "the suggested outturn's method: auto, run-rate, profile, smoothing or trend "
                    + "(default: ${DEFAULT-VALUE})")
    ForecastMethod method = ForecastMethod.AUTO;

    @Option(names = "--history", paramLabel = "HISTORY.csv", description = "earlier years' monthly actuals by line, "
            + "a CSV with columns line, month and actual, for profile and auto; without it, earlier years in a CSV --actuals")
    Path history;

    /**
     * Reads a budget book: the one place these commands read one, through {@link BudgetBooks} (YAML, JSON, CSV or an
     * XLSX workbook, by the file's ending).
     *
     * @param file the book
     * @param year the year of the pack
     * @return the book
     * @throws InvalidInputException naming file, line and column (or workbook, sheet and cell)
     */
    static BudgetBook readBook(Path file, FiscalYear year) {
        if (!java.nio.file.Files.exists(file)) {
            throw new InvalidInputException(Problem.ofFile(file.toString(), "no such file"));
        }
        return BudgetBooks.read(file, year).orThrow();
    }

    /**
     * @param spec the command, for usage errors
     * @return the period of {@code --year} and {@code --period}
     */
    FiscalPeriod period(CommandLine.Model.CommandSpec spec) {
        try {
            return year.period(FiscalPeriod.parseNumber(period));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--period': " + e.getMessage());
        }
    }

    /** The inputs read, and the packs made from them. */
    record Made(BudgetBook book, LineActualsFile.LineActuals actuals, List<Pack> packs) {
    }

    /**
     * Reads the inputs and makes the period's packs.
     *
     * @param at the period
     * @param previous last period's forecast by line (empty for none)
     * @return the packs
     */
    Made packs(FiscalPeriod at, Map<String, Money> previous) {
        BudgetBook b = readBook(book, year);
        LineActualsFile.LineActuals a = LineActualsFile.read(actuals, year).orThrow();
        Map<String, List<List<Money>>> hist = a.history();
        if (history != null) {
            hist = LineActualsFile.read(history, year).orThrow().history();
        }
        Map<String, String> byHolder = holders == null ? Map.of() : BudgetHoldersCsv.read(holders, b).orThrow();
        Map<String, BudgetLine> lines = new LinkedHashMap<>();
        b.lines().forEach(l -> lines.put(Packs.lineName(l.line()), l));
        String bookName = book.toString();
        Packs.Sources sources = new Packs.Sources() {
            @Override
            public Trail.Step budget(String line, Money budget) {
                BudgetLine l = lines.get(line);
                return new Trail.Step("net budget", budget, bookName, "service " + l.line().service().ref() + ", group "
                        + l.line().group().code() + (l.line().detail().isEmpty() ? "" : ", detail " + l.line().detail()));
            }

            @Override
            public Trail.Step actuals(String line, Money actualsToDate, FiscalPeriod upTo) {
                String where = a.locations().get(line);
                if (where != null && !a.provenance().ledger().isEmpty()) {
                    // the ledger's own lines, P1 to the period, then the file of actuals they came through
                    List<LedgerLines> periods = a.provenance().of(line).orElse(List.of());
                    LedgerLines to = LedgerLines.union(periods.subList(0, Math.min(periods.size(), upTo.number())),
                            LedgerLines.KEPT);
                    return new Trail.Step("actuals to date", actualsToDate, a.provenance().ledger(),
                            to.describe(LedgerLines.DESCRIBED) + ", P1 to " + upTo.label() + ", via import " + a.file()
                                    + ", " + where);
                }
                return new Trail.Step("actuals to date", actualsToDate, a.file(), (where == null ? "no actuals for the line (nil)"
                        : where) + ", P1 to " + upTo.label());
            }
        };
        try {
            return new Made(b, a, Packs.of(new Packs.Inputs(b, at, a.lines(), hist, method, byHolder, previous, sources)));
        } catch (FinanceRuleException e) {
            String file = e.field().startsWith("actuals") ? a.file() : e.field().startsWith("holder") || e.field().startsWith("line")
                    ? String.valueOf(holders) : book.toString();
            throw new InvalidInputException(Problem.ofFile(file, e.getMessage()));
        }
    }
}
