package uk.org.wcf.finance.returns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.joda.money.Money;

import uk.org.wcf.finance.forecast.Forecast;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.monitor.Trail;

/**
 * Collects a period's returns into its monitoring snapshot. A line takes the holder's forecast where the return gave
 * one; a line of a pack that did not come back, or was refused, or whose forecast cell was left blank, takes its
 * suggested outturn, and is listed as defaulted with the method and the reason. Every line's trail names the source
 * of its budget, its actuals and its forecast.
 */
public final class Returns {

    /** The inputs of a suggested outturn its trail repeats: why the method was the one used. */
    private static final List<String> WHY = List.of("prior years", "chosen", "fell back to run rate");

    private Returns() {
    }

    /**
     * A holder's forecast for one line.
     *
     * @param forecast the forecast; empty when the cell was left blank
     * @param location where it was read, such as {@code sheet Forecast, cell H7}
     * @param comment the holder's comment, or empty
     */
    public record Entry(Optional<Money> forecast, String location, String comment) {
        /**
         * @param forecast GBP, or empty
         * @param location not null
         * @param comment not null
         */
        public Entry {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(forecast, "forecast (empty when left blank)");
            forecast.ifPresent(f -> Gbp.requireGbp(f, "forecast at " + location));
            comment = comment == null ? "" : comment.strip();
        }
    }

    /**
     * A return that was read and checked: a forecast (or a blank) for each line of its pack.
     *
     * @param packId the pack's id
     * @param workbook the workbook's name, as the trail names it
     * @param lines each line's entry, by line name
     */
    public record Returned(String packId, String workbook, Map<String, Entry> lines) {
        /**
         * @param packId not null
         * @param workbook not null
         * @param lines not null
         */
        public Returned {
            Objects.requireNonNull(packId, "packId");
            Objects.requireNonNull(workbook, "workbook");
            lines = Map.copyOf(lines);
        }
    }

    /**
     * A line whose forecast is its suggested outturn.
     *
     * @param line the line
     * @param packId its pack
     * @param outturn the suggested outturn used
     * @param method the method that made it
     * @param reason why: no return, a refused return, a blank cell
     */
    public record Defaulted(String line, String packId, Money outturn, String method, String reason) {
    }

    /**
     * What a collect gives.
     *
     * @param snapshot the period's snapshot
     * @param trails each line's trail, in snapshot order
     * @param defaulted the lines defaulted to their suggested outturn
     * @param returned the ids of the packs whose return was used
     * @param missing the ids of the packs with no usable return
     */
    public record Result(MonitoringSnapshot snapshot, List<Trail> trails, List<Defaulted> defaulted, List<String> returned,
            List<String> missing) {
    }

    /**
     * Collects the returns.
     *
     * @param title the snapshot's title
     * @param totalLabel the total's label
     * @param packs the period's packs, as {@link Packs#of} makes them from the same book and actuals
     * @param returns the returns read and checked, by pack id
     * @param refused why a pack's return was not used, by pack id (its lines are defaulted)
     * @return the snapshot, its trails and the defaulted lines
     * @throws FinanceRuleException for a return of a pack not in the list, or a return without a line of its pack
     */
    public static Result collect(String title, String totalLabel, List<Pack> packs, Map<String, Returned> returns,
            Map<String, String> refused) {
        if (packs.isEmpty()) {
            throw new FinanceRuleException("packs", "none", "a collect has at least one pack");
        }
        for (Pack p : packs) {
            if (!p.period().equals(packs.get(0).period())) {
                throw new FinanceRuleException("pack '" + p.id() + "'", p.period(), "all packs are of " + packs.get(0).period());
            }
        }
        for (String id : returns.keySet()) {
            if (packs.stream().noneMatch(p -> p.id().equals(id))) {
                throw new FinanceRuleException("return of pack '" + id + "'", "not a pack of this period",
                        "the packs are " + packs.stream().map(Pack::id).collect(Collectors.joining(", ")));
            }
        }
        List<MonitoringLine> lines = new ArrayList<>();
        List<Trail> trails = new ArrayList<>();
        List<Defaulted> defaulted = new ArrayList<>();
        List<String> used = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Pack p : packs) {
            Returned r = returns.get(p.id());
            (r == null ? missing : used).add(p.id());
            for (PackLine l : p.lines()) {
                List<Trail.Step> steps = new ArrayList<>(l.sources());
                Money forecast;
                Entry e = r == null ? null : r.lines().get(l.line());
                if (r != null && e == null) {
                    throw new FinanceRuleException("return " + r.workbook(), "without line '" + l.line() + "'",
                            "a return has every line of its pack");
                }
                if (e != null && e.forecast().isPresent()) {
                    forecast = e.forecast().get();
                    steps.add(new Trail.Step("forecast", forecast, r.workbook(), e.location()
                            + (e.comment().isEmpty() ? "" : "; comment: " + e.comment())));
                } else {
                    Forecast s = l.suggested();
                    forecast = s.outturn();
                    String reason = r != null ? "left blank in " + r.workbook() + ", " + e.location()
                            : refused.containsKey(p.id()) ? "return refused: " + refused.get(p.id()) : "no return";
                    defaulted.add(new Defaulted(l.line(), p.id(), forecast, s.method(), reason));
                    steps.add(new Trail.Step(Trail.DEFAULTED, forecast, "suggested outturn by " + s.method(), reason + "; from "
                            + Gbp.readable(s.actualsToDate()) + " of actuals over " + s.asAt().number() + " period(s)"
                            + s.inputs().entrySet().stream().filter(x -> WHY.contains(x.getKey()))
                                    .map(x -> "; " + x.getKey() + ": " + x.getValue()).collect(Collectors.joining())));
                }
                lines.add(new MonitoringLine(l.line(), l.service(), l.budget(), forecast, List.of()));
                trails.add(new Trail(l.line(), steps));
            }
        }
        MonitoringSnapshot snapshot = MonitoringSnapshot.nonDsg(title, packs.get(0).period(), lines, totalLabel);
        return new Result(snapshot, trails, defaulted, used, missing);
    }
}
