package uk.org.wcf.finance.returns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.joda.money.Money;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.budget.BudgetLine;
import uk.org.wcf.finance.forecast.Forecast;
import uk.org.wcf.finance.forecast.ForecastMethod;
import uk.org.wcf.finance.forecast.Forecasting;
import uk.org.wcf.finance.forecast.LineSeries;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.Trail;
import uk.org.wcf.finance.structure.CostLine;
import uk.org.wcf.finance.time.FiscalPeriod;

/**
 * Makes a period's forecast packs from a budget book and actuals by line: one pack per service, or per budget holder
 * when lines are given holders. Each line of the book is a monitoring line named {@code service / subjective group}
 * (and {@code / detail} where the line has one), the name the ledger mapping gives its actuals; its suggested outturn
 * is {@link Forecasting#forecastAll} by the method asked for, ranges calibrated on the history of all the lines.
 */
public final class Packs {

    private Packs() {
    }

    /**
     * Where the packs' figures came from, for the trail.
     */
    public interface Sources {
        /**
         * @param line a line of the book
         * @param budget its budget
         * @return the budget's step
         */
        Trail.Step budget(String line, Money budget);

        /**
         * @param line a line
         * @param actualsToDate its actuals to date
         * @param upTo the last period
         * @return the actuals' step
         */
        Trail.Step actuals(String line, Money actualsToDate, FiscalPeriod upTo);
    }

    /**
     * The inputs of a period's packs.
     *
     * @param book the budget book
     * @param period the period of actuals
     * @param actuals this year's actuals by line, twelve periods each (months after the period are not used)
     * @param history earlier years' actuals by line, each year twelve periods, oldest first (empty for none)
     * @param method the suggested outturn's method
     * @param holders each line's budget holder by line name, or empty for one pack per service
     * @param previous last period's forecast by line name, or empty
     * @param sources the trail of the budget and the actuals
     */
    public record Inputs(BudgetBook book, FiscalPeriod period, Map<String, List<Money>> actuals,
            Map<String, List<List<Money>>> history, ForecastMethod method, Map<String, String> holders,
            Map<String, Money> previous, Sources sources) {
    }

    /**
     * @param line a cost line
     * @return its monitoring line's name: {@code service / group} or {@code service / group / detail}
     */
    public static String lineName(CostLine line) {
        return line.toString();
    }

    /**
     * Makes the packs.
     *
     * @param in the inputs
     * @return the packs, in the order of the book's first line of each
     * @throws FinanceRuleException for actuals of a line the book does not have, a line without a holder (when holders
     *     are given), a holder of a line the book does not have, or two packs whose file names would be the same
     */
    public static List<Pack> of(Inputs in) {
        BudgetBook book = in.book();
        if (!book.year().equals(in.period().year())) {
            throw new FinanceRuleException("budget book", book.year(), "the packs are for " + in.period()
                    + ": give the book of " + in.period().year());
        }
        Map<String, BudgetLine> lines = new LinkedHashMap<>();
        book.lines().forEach(l -> lines.put(lineName(l.line()), l));
        for (String a : in.actuals().keySet()) {
            if (!lines.containsKey(a)) {
                throw new FinanceRuleException("actuals line '" + a + "'", "not in the budget book",
                        "every line with actuals is a line of the book, named 'service / subjective group' (such as '"
                                + lines.keySet().iterator().next() + "')");
            }
        }
        if (!in.holders().isEmpty()) {
            for (String h : in.holders().keySet()) {
                if (!lines.containsKey(h)) {
                    throw new FinanceRuleException("holder of '" + h + "'", "not in the budget book",
                            "holders are given for lines of the book");
                }
            }
            for (String l : lines.keySet()) {
                if (!in.holders().containsKey(l)) {
                    throw new FinanceRuleException("line '" + l + "'", "without a holder",
                            "when holders are given every line of the book has one");
                }
            }
        }
        List<Money> nil = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            nil.add(Gbp.zero());
        }
        List<LineSeries> series = new ArrayList<>();
        for (String name : lines.keySet()) {
            series.add(LineSeries.of(name, in.actuals().getOrDefault(name, nil), in.history().getOrDefault(name, List.of())));
        }
        List<Forecast> forecasts = Forecasting.forecastAll(series, in.period(), in.method());
        Map<String, List<PackLine>> byPack = new LinkedHashMap<>();
        Map<String, String> titles = new HashMap<>();
        int i = 0;
        for (Map.Entry<String, BudgetLine> e : lines.entrySet()) {
            String name = e.getKey();
            BudgetLine b = e.getValue();
            Forecast f = forecasts.get(i++);
            String id = in.holders().isEmpty() ? b.line().service().ref() : in.holders().get(name);
            titles.putIfAbsent(id, in.holders().isEmpty() ? b.line().service().name() : id);
            List<Trail.Step> sources = List.of(in.sources().budget(name, b.amount()),
                    in.sources().actuals(name, f.actualsToDate(), in.period()));
            byPack.computeIfAbsent(id, k -> new ArrayList<>()).add(new PackLine(name, b.line().service().name(), b.amount(),
                    f.actualsToDate(), Optional.ofNullable(in.previous().get(name)), f, sources));
        }
        List<Pack> packs = new ArrayList<>();
        Set<String> stems = new LinkedHashSet<>();
        byPack.forEach((id, l) -> {
            Pack p = new Pack(id, titles.get(id), in.period(), in.method(), l);
            if (!stems.add(p.fileStem().toLowerCase(java.util.Locale.ROOT))) {
                throw new FinanceRuleException("pack '" + id + "'", "file name " + p.fileStem(),
                        "two packs would have the same file name; give the holders names that differ in letters or digits");
            }
            packs.add(p);
        });
        return packs;
    }
}
