package uk.org.wcf.finance.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A model table compared with the published one, figure by figure. Each difference is given a cause:
 * <ul>
 *   <li>{@link Difference.Cause#SOURCE_ROUNDING} when the published figure is a total that is not the sum of
 *   its own published parts, the published parts do give the model's figure, and the gap is no larger than
 *   rounding each part could make ((parts + 1) / 2 units);</li>
 *   <li>{@link Difference.Cause#MODEL_ROUNDING} when the published figure is the sum of the model's rounded
 *   parts, the model having rounded the exact total once;</li>
 *   <li>{@link Difference.Cause#SOURCE_SIGN} when the published figure is the model's with the opposite sign;</li>
 *   <li>{@link Difference.Cause#UNEXPLAINED} otherwise.</li>
 * </ul>
 * The check passes only when every difference has a known cause.
 *
 * @param model the model's table, rounded
 * @param published the published table
 * @param differences every difference, in row then column order
 */
public record TableCheck(RoundedTable model, PublishedTable published, List<Difference> differences) {

    /**
     * Copies the differences.
     *
     * @param model not null
     * @param published not null
     * @param differences the differences
     */
    public TableCheck {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(published, "published");
        differences = List.copyOf(differences);
    }

    /**
     * Compares a model table with the published one.
     *
     * @param model the rounded model table
     * @param published the published table
     * @return the comparison
     */
    public static TableCheck compare(RoundedTable model, PublishedTable published) {
        FigureTable t = model.table();
        List<Difference> out = new ArrayList<>();
        for (FigureTable.Row r : t.rows()) {
            Optional<PublishedTable.Row> pr = published.rows().stream().filter(x -> x.key().equals(r.key())).findFirst();
            for (FigureTable.Column c : t.columns()) {
                BigDecimal m = BigDecimal.valueOf(model.cell(r.key(), c.key()));
                BigDecimal p = pr.map(x -> x.values().get(c.key())).orElse(null);
                if (p == null) {
                    out.add(new Difference(t.id(), r.key(), r.label(), c.key(), m, null,
                            Difference.Cause.NOT_PUBLISHED, "the source publishes no figure for this line and column"));
                } else if (p.compareTo(m) != 0) {
                    out.add(explain(model, published, r, c, m, p));
                }
            }
        }
        for (PublishedTable.Row pr : published.rows()) {
            if (t.rows().stream().noneMatch(r -> r.key().equals(pr.key()))) {
                out.add(new Difference(t.id(), pr.key(), pr.label(), "*", BigDecimal.ZERO, null,
                        Difference.Cause.UNEXPLAINED, "the model has no line for the published line '" + pr.label() + "'"));
            }
        }
        return new TableCheck(model, published, out);
    }

    private static Difference explain(RoundedTable model, PublishedTable published, FigureTable.Row r,
            FigureTable.Column c, BigDecimal m, BigDecimal p) {
        String id = model.table().id();
        if (m.signum() != 0 && p.compareTo(m.negate()) == 0) {
            return new Difference(id, r.key(), r.label(), c.key(), m, p, Difference.Cause.SOURCE_SIGN,
                    "source sign: the source prints " + FigureFormat.PRINTED.format(p) + " where the table's own convention gives "
                            + FigureFormat.PRINTED.format(m) + " (" + (m.signum() < 0 ? "a charge or cost is negative" : "a credit or income is positive")
                            + "); the totals in the source follow the model's sign");
        }
        List<List<Part>> formulas = new ArrayList<>();
        if (r.isTotal()) {
            formulas.add(r.parts().stream().map(term -> new Part(term, term.key(), c.key())).toList());
        }
        if (c.isTotal()) {
            formulas.add(c.parts().stream().map(term -> new Part(term, r.key(), term.key())).toList());
        }
        for (List<Part> parts : formulas) {
            BigDecimal fromPublished = BigDecimal.ZERO;
            boolean complete = true;
            StringJoiner sum = new StringJoiner(" ");
            for (Part part : parts) {
                Optional<BigDecimal> v = published.value(part.row(), part.column());
                if (v.isEmpty()) {
                    complete = false;
                    break;
                }
                fromPublished = fromPublished.add(v.get().multiply(BigDecimal.valueOf(part.term().sign())));
                sum.add((sum.length() == 0 ? (part.term().sign() < 0 ? "- " : "") : (part.term().sign() < 0 ? "- " : "+ "))
                        + FigureFormat.PRINTED.format(v.get()));
            }
            BigDecimal tolerance = BigDecimal.valueOf((parts.size() + 1) / 2);
            if (complete && fromPublished.compareTo(m) == 0 && p.subtract(fromPublished).abs().compareTo(tolerance) <= 0) {
                BigDecimal gap = p.subtract(fromPublished);
                return new Difference(id, r.key(), r.label(), c.key(), m, p, Difference.Cause.SOURCE_ROUNDING,
                        "source rounding: the published " + FigureFormat.PRINTED.format(p) + " is "
                                + FigureFormat.PRINTED.format(gap.abs()) + (gap.signum() > 0 ? " more" : " less")
                                + " than its own published parts (" + sum + " = "
                                + FigureFormat.PRINTED.format(fromPublished)
                                + "); the model's figure is the exact sum of its parts");
            }
        }
        for (FootingDifference f : model.footingDifferences()) {
            if (f.row().equals(r.key()) && f.column().equals(c.key()) && BigDecimal.valueOf(f.sumOfRoundedParts()).compareTo(p) == 0) {
                return new Difference(id, r.key(), r.label(), c.key(), m, p, Difference.Cause.MODEL_ROUNDING,
                        "rounding: the published figure is the sum of the rounded parts ("
                                + FigureFormat.PRINTED.format(f.sumOfRoundedParts())
                                + "); the model rounds the exact total once");
            }
        }
        return new Difference(id, r.key(), r.label(), c.key(), m, p, Difference.Cause.UNEXPLAINED,
                "unexplained: published " + FigureFormat.PRINTED.format(p) + ", model " + FigureFormat.PRINTED.format(m)
                        + "; no rounding in the source or the model accounts for it");
    }

    /** One part of a published total: the term, and the published cell it reads. */
    private record Part(Term term, String row, String column) {
    }

    /** @return true when every difference has a known cause */
    public boolean passes() {
        return differences.stream().allMatch(d -> d.cause().isKnown());
    }

    /** @return the table, then each difference with its cause, then PASS or FAIL */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(model.toString());
        sb.append("Compared with ").append(published.source()).append(":\n");
        if (differences.isEmpty()) {
            sb.append("  no differences\n");
        }
        differences.forEach(d -> sb.append("  ").append(d.rowLabel()).append(" / ").append(d.column()).append(": model ")
                .append(FigureFormat.PRINTED.format(d.model())).append(", published ")
                .append(d.published() == null ? "none" : FigureFormat.PRINTED.format(d.published())).append(" - ")
                .append(d.explanation()).append('\n'));
        return sb.append(passes() ? "PASS" : "FAIL").append('\n').toString();
    }
}
