// Over 400 lines: the report (rows, totals, the three ways "variance last period" is given) and its check against
// the published table, which needs the report's rows and the published percentage column's own rule; about a
// third of the file is javadoc of the public API.
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
import uk.org.wcf.finance.report.RoundedTable;
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
        /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
        @Override
        public String toString() {
            return uk.org.wcf.finance.money.Readable.of(this);
        }


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
            for (Money m : List.of(netBudget, forecast, proposedCarryForwards, otherAdjustments, varianceLastPeriod)) {
                Gbp.requireGbp(m, "figure of '" + label + "'");
            }
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
     * A report with no previous period to compare with: "variance last period" is 0 on every line, and a note says
     * so.
     *
     * @param snapshot this period
     * @return the report
     */
    public static MonitoringReport of(MonitoringSnapshot snapshot) {
        List<String> notes = new ArrayList<>();
        notes.add("No snapshot for " + snapshot.period().previous() + ": variance last period is shown as 0.");
        return build(snapshot, line -> Gbp.zero(), notes);
    }

    /**
     * A report whose "variance last period" comes from the previous period's snapshot; a line that is new since
     * then has none, shown as 0 and noted.
     *
     * @param snapshot this period
     * @param previous the previous period's snapshot
     * @return the report
     * @throws FinanceRuleException if the previous snapshot is not of the period before, or of another scope
     */
    public static MonitoringReport of(MonitoringSnapshot snapshot, MonitoringSnapshot previous) {
        Objects.requireNonNull(previous, "previous");
        if (!previous.period().equals(snapshot.period().previous())) {
            throw new FinanceRuleException("previous snapshot", previous.period(), "the report for " + snapshot.period()
                    + " compares with " + snapshot.period().previous());
        }
        if (previous.scope() != snapshot.scope()) {
            throw new FinanceRuleException("previous snapshot", previous.scope(), "is not a " + snapshot.scope() + " report");
        }
        List<String> notes = new ArrayList<>();
        Function<MonitoringLine, Money> last = line -> {
            Optional<MonitoringLine> before = previous.line(line.line());
            if (before.isEmpty()) {
                notes.add("'" + line.line() + "' is new since " + previous.period() + ": no variance last period.");
                return Gbp.zero();
            }
            return before.get().varianceAfterAdjustments();
        };
        return build(snapshot, last, notes);
    }

    /**
     * A report whose "variance last period" is given line by line (as in a rows file); a line the figures do not
     * give is shown as 0 and noted, as a line new since the previous snapshot is.
     *
     * @param snapshot this period
     * @param varianceLastPeriod last period's variance after adjustments by line name
     * @return the report
     */
    public static MonitoringReport of(MonitoringSnapshot snapshot, Map<String, Money> varianceLastPeriod) {
        List<String> notes = new ArrayList<>();
        Function<MonitoringLine, Money> last = line -> {
            Money given = varianceLastPeriod.get(line.line());
            if (given == null) {
                notes.add("'" + line.line() + "' has no variance last period in the figures given: shown as 0.");
                return Gbp.zero();
            }
            return given;
        };
        return build(snapshot, last, notes);
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
            MonitoringLine grantLine = s.grant().orElseThrow();
            Row grant = row(grantLine, last.apply(grantLine), RowKind.GRANT);
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

    /** Which variance a report's percentage column divides by the net budget. */
    public enum PercentBasis {
        /** Variance after adjustments / net budget: the WCC financial update's column, and the default. */
        AFTER_ADJUSTMENTS,
        /** Variance before adjustments / net budget, as some councils report it. */
        BEFORE_ADJUSTMENTS;

        /**
         * @param r a row
         * @return the variance this basis divides by the row's net budget
         */
        public Money variance(Row r) {
            return this == AFTER_ADJUSTMENTS ? r.varianceAfterAdjustments() : r.varianceBeforeAdjustments();
        }
    }

    /**
     * Compares the report with a published one: the money columns through {@link TableCheck}, and the
     * percentage column ({@code variance_after_adjustments_pct}), which the published table gives to one decimal.
     * The percentage is variance after adjustments over net budget.
     *
     * @param published the published table, keyed by line label
     * @param policy the rounding policy
     * @return the check
     * @see #check(PublishedTable, RoundingPolicy, PercentBasis)
     */
    public TableCheck check(PublishedTable published, RoundingPolicy policy) {
        return check(published, policy, PercentBasis.AFTER_ADJUSTMENTS);
    }

    /**
     * Compares the report with a published one, its percentage column computed on the given basis. A percentage
     * that differs from the published one is the source's own (source rounding) only when the model's money figures
     * it is computed from (variance and net budget, rounded) are the published ones, the published percentage does
     * not follow from those published figures, and the model's exact percentage is within half the published
     * percentage's last digit of it. Any other percentage difference is unexplained.
     *
     * @param published the published table, keyed by line label
     * @param policy the rounding policy
     * @param basis which variance the percentage divides by the net budget
     * @return the check
     */
    public TableCheck check(PublishedTable published, RoundingPolicy policy, PercentBasis basis) {
        RoundedTable moneyTable = table(hasOtherAdjustments()).round(policy);
        String column = "variance_after_adjustments_pct";
        TableCheck money = TableCheck.compare(moneyTable, published.withoutColumn(column));
        List<Difference> all = new ArrayList<>(money.differences());
        for (Row r : rows) {
            Optional<BigDecimal> model = policy.percent(basis.variance(r), r.netBudget());
            Optional<BigDecimal> pub = published.value(r.label(), column);
            if (model.isEmpty() && pub.isEmpty()) {
                continue;
            }
            if (model.isPresent() && pub.isPresent() && model.get().compareTo(pub.get()) == 0) {
                continue;
            }
            PercentCause cause = percentCause(moneyTable, published, r, basis, policy, pub);
            all.add(new Difference(money.model().table().id(), r.label(), r.label(), column,
                    model.orElse(BigDecimal.ZERO), pub,
                    cause.sourceRounding() ? Difference.Cause.SOURCE_ROUNDING : Difference.Cause.UNEXPLAINED,
                    cause.sourceRounding() ? cause.words()
                            : "unexplained: published " + pub.map(BigDecimal::toPlainString).orElse("blank") + "%, model "
                                    + model.map(BigDecimal::toPlainString).orElse("blank") + "%" + cause.words()));
        }
        return new TableCheck(money.model(), published, all);
    }

    /** A percentage difference's cause: the source's rounding, with why; or not, with why not. */
    private record PercentCause(boolean sourceRounding, String words) {
        static PercentCause not(String why) {
            return new PercentCause(false, "; " + why);
        }
    }

    /** Whether a percentage difference is the source's own (see {@link #check(PublishedTable, RoundingPolicy, PercentBasis)}). */
    private static PercentCause percentCause(RoundedTable money, PublishedTable published, Row r, PercentBasis basis,
            RoundingPolicy policy, Optional<BigDecimal> pub) {
        String varianceColumn = basis == PercentBasis.AFTER_ADJUSTMENTS ? "variance_after_adjustments" : "variance_before_adjustments";
        if (!moneyAgrees(money, published, r.label(), varianceColumn) || !moneyAgrees(money, published, r.label(), "net_budget")) {
            return PercentCause.not("the money figures it is computed from differ from the published ones");
        }
        Optional<BigDecimal> fromPublished = percentOfPublished(published, r.label(), policy);
        if (pub.isPresent() && fromPublished.isPresent() && fromPublished.get().compareTo(pub.get()) == 0) {
            return PercentCause.not("the published percentage follows from the published figures, so the source is consistent here and the model differs");
        }
        PercentCause tooFar = PercentCause.not("more than half the last printed digit apart");
        if (pub.isEmpty() || fromPublished.isEmpty() || r.netBudget().isZero()) {
            return tooFar;
        }
        BigDecimal exact = basis.variance(r).getAmount().movePointRight(2)
                .divide(r.netBudget().getAmount(), java.math.MathContext.DECIMAL64);
        BigDecimal half = BigDecimal.ONE.movePointLeft(policy.percentScale()).divide(BigDecimal.valueOf(2));
        if (exact.subtract(pub.get()).abs().compareTo(half) > 0) {
            return tooFar;
        }
        return new PercentCause(true, "source rounding: the published " + pub.get().toPlainString()
                + "% does not follow from the published figures (" + fromPublished.get().toPlainString() + "%), and the exact "
                + exact.round(new java.math.MathContext(6)).toPlainString() + "% is within half its last digit");
    }

    private static boolean moneyAgrees(RoundedTable money, PublishedTable published, String row, String column) {
        return published.value(row, column).map(p -> p.compareTo(BigDecimal.valueOf(money.cell(row, column))) == 0).orElse(false);
    }

    /** The published percentage column's own rule applied to the published figures: variance after / net budget. */
    private static Optional<BigDecimal> percentOfPublished(PublishedTable published, String row, RoundingPolicy policy) {
        return published.value(row, "variance_after_adjustments").flatMap(v -> published.value(row, "net_budget")
                .flatMap(net -> policy.percent(BigMoney.of(Gbp.GBP, v), BigMoney.of(Gbp.GBP, net))));
    }

    /** @return whether any row has other adjustments */
    public boolean hasOtherAdjustments() {
        return rows.stream().anyMatch(r -> !r.otherAdjustments().isZero());
    }

    /**
     * @param policy the rounding policy, such as {@link RoundingPolicy#THOUSANDS}
     * @return the report as a text table in the published layout, then its notes (what a notebook shows)
     */
    public String toText(RoundingPolicy policy) {
        return MonitoringText.text(this, policy);
    }

    /** @return {@link #toText(RoundingPolicy)} at whole £000 */
    public String toText() {
        return toText(RoundingPolicy.THOUSANDS);
    }

    /**
     * @return a short readable form, one line: title, period, scope, number of rows and the total's variance after
     *         adjustments, exact; the table is {@link #toText()}
     */
    @Override
    public String toString() {
        return "MonitoringReport[" + title + ", " + period + ", " + scope + ", " + rows.size() + " rows, "
                + total().label() + " variance " + Gbp.readable(total().varianceAfterAdjustments()) + "]";
    }
}
