package uk.org.wcf.finance.monitor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.joda.money.BigMoney;
import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.report.Difference;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.report.PublishedTable;
import uk.org.wcf.finance.report.TableCheck;
import uk.org.wcf.finance.report.Term;
import uk.org.wcf.finance.time.FiscalPeriod;

/**
 * A period's monitoring report with the published columns (WCC Children and Families financial update):
 * net budget; forecast; variance before adjustments = forecast - budget (an overspend is positive); proposed
 * carry-forwards; other adjustments; variance after adjustments = before + carry-forwards + other adjustments;
 * variance after as a percentage of net budget (one decimal, blank where the budget is 0); variance last
 * period; change since last period = after - last. Sub-totals and totals are sums of rows; for DSG, the net
 * position is the sub-total plus the grant line.
 *
 * <p>"Variance last period" comes from the previous period's snapshot (or, for a report typed as rows, from
 * the figures given); a line that is new since then has none, and the report notes it.
 */
public final class MonitoringReport {

    /** What a row of the report is. */
    public enum RowKind {
        /** A monitored line. */
        LINE,
        /** The sum of the lines (DSG). */
        SUB_TOTAL,
        /** The DSG grant (income). */
        GRANT,
        /** The total, or the net DSG position. */
        TOTAL
    }

    /**
     * A row of the report, every figure exact.
     *
     * @param label the line
     * @param kind line, sub-total, grant or total
     * @param netBudget net budget
     * @param forecast forecast outturn
     * @param proposedCarryForwards proposed carry-forwards
     * @param otherAdjustments other adjustments
     * @param varianceLastPeriod variance after adjustments last period
     */
    public record Row(String label, RowKind kind, Money netBudget, Money forecast, Money proposedCarryForwards,
            Money otherAdjustments, Money varianceLastPeriod) {

        /**
         * Validates the row.
         *
         * @param label not null
         * @param kind not null
         * @param netBudget GBP
         * @param forecast GBP
         * @param proposedCarryForwards GBP
         * @param otherAdjustments GBP
         * @param varianceLastPeriod GBP
         */
        public Row {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(kind, "kind");
            List.of(netBudget, forecast, proposedCarryForwards, otherAdjustments, varianceLastPeriod)
                    .forEach(m -> Gbp.requireGbp(m, "figure of '" + label + "'"));
        }

        /** @return forecast - net budget */
        public Money varianceBeforeAdjustments() {
            return forecast.minus(netBudget);
        }

        /** @return before + carry-forwards + other adjustments */
        public Money varianceAfterAdjustments() {
            return varianceBeforeAdjustments().plus(proposedCarryForwards).plus(otherAdjustments);
        }

        /** @return after - last period */
        public Money changeSinceLastPeriod() {
            return varianceAfterAdjustments().minus(varianceLastPeriod);
        }

        /**
         * @param policy the rounding policy (one decimal, half-up, by default)
         * @return variance after as a percentage of net budget; empty where the budget is 0
         */
        public Optional<BigDecimal> percentOfBudget(RoundingPolicy policy) {
            return policy.percent(varianceAfterAdjustments(), netBudget);
        }

        private Row plus(Row o, String newLabel, RowKind newKind) {
            return new Row(newLabel, newKind, netBudget.plus(o.netBudget), forecast.plus(o.forecast),
                    proposedCarryForwards.plus(o.proposedCarryForwards), otherAdjustments.plus(o.otherAdjustments),
                    varianceLastPeriod.plus(o.varianceLastPeriod));
        }
    }

    private final String title;
    private final FiscalPeriod period;
    private final Scope scope;
    private final List<Row> rows;
    private final List<String> notes;

    private MonitoringReport(String title, FiscalPeriod period, Scope scope, List<Row> rows, List<String> notes) {
        this.title = title;
        this.period = period;
        this.scope = scope;
        this.rows = List.copyOf(rows);
        this.notes = List.copyOf(notes);
    }

    /**
     * A report whose "variance last period" comes from the previous period's snapshot.
     *
     * @param snapshot this period
     * @param previous the previous period's snapshot, if there is one
     * @return the report
     * @throws FinanceRuleException if the previous snapshot is not of the period before, or of another scope
     */
    public static MonitoringReport of(MonitoringSnapshot snapshot, Optional<MonitoringSnapshot> previous) {
        List<String> notes = new ArrayList<>();
        if (previous.isPresent()) {
            MonitoringSnapshot p = previous.get();
            if (!p.period().equals(snapshot.period().previous())) {
                throw new FinanceRuleException("previous snapshot", p.period(), "the report for " + snapshot.period()
                        + " compares with " + snapshot.period().previous());
            }
            if (p.scope() != snapshot.scope()) {
                throw new FinanceRuleException("previous snapshot", p.scope(), "is not a " + snapshot.scope() + " report");
            }
        } else {
            notes.add("No snapshot for " + snapshot.period().previous() + ": variance last period is shown as 0.");
        }
        Function<MonitoringLine, Money> last = line -> {
            if (previous.isEmpty()) {
                return Gbp.zero();
            }
            Optional<MonitoringLine> before = previous.get().line(line.line());
            if (before.isEmpty()) {
                notes.add("'" + line.line() + "' is new since " + previous.get().period() + ": no variance last period.");
                return Gbp.zero();
            }
            return before.get().varianceAfterAdjustments();
        };
        return build(snapshot, last, notes);
    }

    /**
     * A report whose "variance last period" is given line by line (as in a rows file).
     *
     * @param snapshot this period
     * @param varianceLastPeriod last period's variance after adjustments by line name; a missing line is 0
     * @return the report
     */
    public static MonitoringReport of(MonitoringSnapshot snapshot, Map<String, Money> varianceLastPeriod) {
        return build(snapshot, l -> varianceLastPeriod.getOrDefault(l.line(), Gbp.zero()), new ArrayList<>());
    }

    private static MonitoringReport build(MonitoringSnapshot s, Function<MonitoringLine, Money> last,
            List<String> notes) {
        List<Row> rows = new ArrayList<>();
        Row sum = null;
        for (MonitoringLine l : s.lines()) {
            Row r = row(l, last.apply(l), RowKind.LINE);
            rows.add(r);
            sum = sum == null ? r : sum.plus(r, "", RowKind.TOTAL);
        }
        if (s.scope() == Scope.DSG) {
            Row sub = new Row(s.subTotalLabel(), RowKind.SUB_TOTAL, sum.netBudget(), sum.forecast(),
                    sum.proposedCarryForwards(), sum.otherAdjustments(), sum.varianceLastPeriod());
            Row grant = row(s.grant(), last.apply(s.grant()), RowKind.GRANT);
            rows.add(sub);
            rows.add(grant);
            rows.add(sub.plus(grant, s.totalLabel(), RowKind.TOTAL));
        } else {
            rows.add(new Row(s.totalLabel(), RowKind.TOTAL, sum.netBudget(), sum.forecast(), sum.proposedCarryForwards(),
                    sum.otherAdjustments(), sum.varianceLastPeriod()));
        }
        return new MonitoringReport(s.title(), s.period(), s.scope(), rows, notes);
    }

    private static Row row(MonitoringLine l, Money last, RowKind kind) {
        return new Row(l.line(), kind, l.netBudget(), l.forecast(), l.proposedCarryForwards(), l.otherAdjustments(), last);
    }

    /** @return the title */
    public String title() {
        return title;
    }

    /** @return the period */
    public FiscalPeriod period() {
        return period;
    }

    /** @return DSG or non-DSG */
    public Scope scope() {
        return scope;
    }

    /** @return the rows: lines, then (DSG) sub-total and grant, then the total or net position */
    public List<Row> rows() {
        return rows;
    }

    /** @return notes on how the report was made (missing previous snapshot, new lines) */
    public List<String> notes() {
        return notes;
    }

    /** @return the total row (the net DSG position for DSG) */
    public Row total() {
        return rows.get(rows.size() - 1);
    }

    /**
     * The report's money columns as a table whose identities are checked: before = forecast - budget,
     * after = before + carry-forwards (+ other adjustments), change = after - last, and every total the sum of
     * its rows. Row keys are the line labels; column keys are the published CSV's.
     *
     * @param withOtherAdjustments whether to show the other adjustments column (the published table has none)
     * @return the table, exact
     */
    public FigureTable table(boolean withOtherAdjustments) {
        FigureTable.Builder b = FigureTable.builder(scope == Scope.DSG ? "monitor-dsg" : "monitor",
                title + ", " + period)
                .column("net_budget", "Net Budget")
                .column("forecast", "Forecast")
                .totalColumn("variance_before_adjustments", "Variance before Adj.", Term.plus("forecast"),
                        Term.minus("net_budget"))
                .column("proposed_carry_forwards", "Proposed C/Fwds");
        List<Term> after = new ArrayList<>(List.of(Term.plus("variance_before_adjustments"),
                Term.plus("proposed_carry_forwards")));
        if (withOtherAdjustments) {
            b.column("other_adjustments", "Other Adj.");
            after.add(Term.plus("other_adjustments"));
        }
        b.totalColumn("variance_after_adjustments", "Variance after Adj.", after.toArray(Term[]::new))
                .column("variance_last_period", "Variance Last Period")
                .totalColumn("change_since_last_period", "Change", Term.plus("variance_after_adjustments"),
                        Term.minus("variance_last_period"));
        List<Term> lines = new ArrayList<>();
        String subTotal = null;
        String grant = null;
        for (Row r : rows) {
            List<Money> v = new ArrayList<>(List.of(r.netBudget(), r.forecast(), r.proposedCarryForwards()));
            if (withOtherAdjustments) {
                v.add(r.otherAdjustments());
            }
            v.add(r.varianceLastPeriod());
            Money[] values = v.toArray(Money[]::new);
            switch (r.kind()) {
                case LINE -> {
                    b.row(r.label(), "", r.label(), values);
                    lines.add(Term.plus(r.label()));
                }
                case SUB_TOTAL -> {
                    b.totalRow(r.label(), "", r.label(), lines.toArray(Term[]::new));
                    subTotal = r.label();
                }
                case GRANT -> {
                    b.row(r.label(), "", r.label(), values);
                    grant = r.label();
                }
                default -> b.totalRow(r.label(), "", r.label(), subTotal == null ? lines.toArray(Term[]::new)
                        : new Term[] {Term.plus(subTotal), Term.plus(grant)});
            }
        }
        return b.build();
    }

    /**
     * Compares the report with a published one: the money columns through {@link TableCheck}, and the
     * percentage column ({@code variance_after_adjustments_pct}), which the published table gives to one decimal.
     * A published percentage that differs from the model's but matches its own published figures is a source
     * rounding difference; any other is unexplained.
     *
     * @param published the published table, keyed by line label
     * @param policy the rounding policy
     * @return the check
     */
    public TableCheck check(PublishedTable published, RoundingPolicy policy) {
        TableCheck money = TableCheck.compare(table(hasOtherAdjustments()).round(policy), published);
        List<Difference> all = new ArrayList<>(money.differences());
        String column = "variance_after_adjustments_pct";
        for (Row r : rows) {
            Optional<BigDecimal> model = r.percentOfBudget(policy);
            Optional<BigDecimal> pub = published.value(r.label(), column);
            if (model.isEmpty() && pub.isEmpty()) {
                continue;
            }
            if (model.isPresent() && pub.isPresent() && model.get().compareTo(pub.get()) == 0) {
                continue;
            }
            Optional<BigDecimal> fromPublished = published.value(r.label(), "variance_after_adjustments")
                    .flatMap(after -> published.value(r.label(), "net_budget")
                            .flatMap(net -> policy.percent(BigMoney.of(Gbp.GBP, after),
                                    BigMoney.of(Gbp.GBP, net))));
            boolean source = pub.isPresent() && fromPublished.isPresent() && fromPublished.get().compareTo(pub.get()) == 0;
            all.add(new Difference(money.model().table().id(), r.label(), r.label(), column,
                    model.orElse(BigDecimal.ZERO), pub.orElse(null),
                    source ? Difference.Cause.SOURCE_ROUNDING : Difference.Cause.UNEXPLAINED,
                    source ? "source rounding: the published percentage follows the published figures"
                            : "unexplained: published " + pub.map(BigDecimal::toPlainString).orElse("blank") + "%, model "
                                    + model.map(BigDecimal::toPlainString).orElse("blank") + "%"));
        }
        return new TableCheck(money.model(), published, all);
    }

    /** @return whether any row has other adjustments */
    public boolean hasOtherAdjustments() {
        return rows.stream().anyMatch(r -> !r.otherAdjustments().isZero());
    }

    /** @return the report at whole £000 in the published layout */
    @Override
    public String toString() {
        return MonitoringText.text(this, RoundingPolicy.THOUSANDS);
    }
}
