package uk.org.wcf.finance.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A model table compared with the published one, figure by figure. A difference is the source's own only when
 * the published figures themselves show it; each difference is given a cause:
 * <ul>
 *   <li>{@link Difference.Cause#SOURCE_SIGN} when the published figure is the model's with the opposite sign and
 *   every published total the cell is a part of (at least one) adds up only with the model's sign;</li>
 *   <li>{@link Difference.Cause#SOURCE_ROUNDING} when the published figure is a total whose own published parts
 *   do not add to it on every way the table sums to it, the model's figure is the sum of those parts on each way,
 *   each of the model's parts is the published part, and the gap is no larger than rounding the parts could make
 *   (half a unit per part);</li>
 *   <li>{@link Difference.Cause#MODEL_ROUNDING} when the published figure is the sum of the model's rounded
 *   parts, those parts are the published ones and add to the published figure, the model having rounded the
 *   exact total once (again within half a unit per part);</li>
 *   <li>{@link Difference.Cause#UNEXPLAINED} otherwise, with what the published figures say at that cell.</li>
 * </ul>
 * The check passes only when every difference has a known cause. Columns the model fits to the published
 * figures ({@link #fittedColumns()}, such as the indicative years of a plan whose unexplained movements are sized
 * to reach the published figure) agree by construction: they are listed as fitted, never counted as reproduced.
 *
 * @param model the model's table, rounded
 * @param published the published table
 * @param differences every difference, in row then column order
 * @param fittedColumns the keys of the columns fitted to the published figures rather than reproduced
 */
public record TableCheck(RoundedTable model, PublishedTable published, List<Difference> differences,
        List<String> fittedColumns) {

    /**
     * Copies the differences.
     *
     * @param model not null
     * @param published not null
     * @param differences the differences
     * @param fittedColumns keys of columns of the model's table that are fitted to the published figures
     */
    public TableCheck {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(published, "published");
        differences = List.copyOf(differences);
        fittedColumns = List.copyOf(fittedColumns);
        fittedColumns.forEach(model.table()::column);
    }

    /**
     * A check with every column reproduced (none fitted).
     *
     * @param model the model's table, rounded
     * @param published the published table
     * @param differences the differences
     */
    public TableCheck(RoundedTable model, PublishedTable published, List<Difference> differences) {
        this(model, published, differences, List.of());
    }

    /**
     * The same check, with the named columns marked as fitted to the published figures: they still appear in the
     * table, but what they show is not a reproduction.
     *
     * @param columns column keys of the model's table
     * @return the check
     */
    public TableCheck withFittedColumns(List<String> columns) {
        return new TableCheck(model, published, differences, columns);
    }

    /** @return the headings of the fitted columns, in table order */
    public List<String> fittedHeadings() {
        return headings(true);
    }

    /** @return the headings of the columns reproduced from the model (not fitted), in table order */
    public List<String> reproducedHeadings() {
        return headings(false);
    }

    private List<String> headings(boolean fitted) {
        return model.table().columns().stream().filter(c -> fittedColumns.contains(c.key()) == fitted).map(FigureTable.Column::heading)
                .toList();
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
            for (FigureTable.Column c : t.columns()) {
                BigDecimal m = BigDecimal.valueOf(model.cell(r.key(), c.key()));
                BigDecimal p = published.value(r.key(), c.key()).orElse(null);
                if (p == null) {
                    out.add(new Difference(t.id(), r.key(), r.label(), c.key(), m, Optional.empty(),
                            Difference.Cause.NOT_PUBLISHED, "the source publishes no figure for this line and column"));
                } else if (p.compareTo(m) != 0) {
                    out.add(explain(model, published, r, c, m, p));
                }
            }
        }
        java.util.Set<String> missing = new java.util.TreeSet<>();
        for (PublishedTable.Row pr : published.rows()) {
            for (String column : pr.values().keySet()) {
                if (!t.hasColumn(column)) {
                    missing.add(column);
                }
            }
        }
        for (String column : missing) {
            out.add(new Difference(t.id(), "*", "(every line)", column, BigDecimal.ZERO, Optional.empty(), Difference.Cause.UNEXPLAINED,
                    "the model has no column for the published column '" + column + "', so its figures are not checked"));
        }
        for (PublishedTable.Row pr : published.rows()) {
            if (!t.hasRow(pr.key())) {
                out.add(new Difference(t.id(), pr.key(), pr.label(), "*", BigDecimal.ZERO, Optional.empty(),
                        Difference.Cause.UNEXPLAINED, "the model has no line for the published line '" + pr.label() + "'"));
            }
        }
        return new TableCheck(model, published, out);
    }

    private static Difference explain(RoundedTable model, PublishedTable published, FigureTable.Row r,
            FigureTable.Column c, BigDecimal m, BigDecimal p) {
        String id = model.table().id();
        Optional<String> sign = sourceSign(model, published, r, c, m, p);
        if (sign.isPresent()) {
            return new Difference(id, r.key(), r.label(), c.key(), m, Optional.of(p), Difference.Cause.SOURCE_SIGN, sign.get());
        }
        List<List<Part>> ways = waysToSum(r, c);
        Optional<String> source = sourceRounding(model, published, ways, m, p);
        if (source.isPresent()) {
            return new Difference(id, r.key(), r.label(), c.key(), m, Optional.of(p), Difference.Cause.SOURCE_ROUNDING, source.get());
        }
        Optional<String> rounding = modelRounding(model, published, r, c, ways, m, p);
        if (rounding.isPresent()) {
            return new Difference(id, r.key(), r.label(), c.key(), m, Optional.of(p), Difference.Cause.MODEL_ROUNDING, rounding.get());
        }
        return new Difference(id, r.key(), r.label(), c.key(), m, Optional.of(p), Difference.Cause.UNEXPLAINED,
                "unexplained: published " + FigureFormat.PRINTED.format(p) + ", model " + FigureFormat.PRINTED.format(m)
                        + "; " + whyNot(published, ways, m, p));
    }

    /** Every way the table sums to a cell: its row's parts in that column, and its column's parts in that row. */
    private static List<List<Part>> waysToSum(FigureTable.Row r, FigureTable.Column c) {
        List<List<Part>> ways = new ArrayList<>();
        if (r.isTotal()) {
            ways.add(partsDown(r, c.key()));
        }
        if (c.isTotal()) {
            ways.add(partsAcross(c, r.key()));
        }
        return ways;
    }

    /** The cells a total row adds up in one column. */
    private static List<Part> partsDown(FigureTable.Row total, String column) {
        return total.parts().stream().map(term -> new Part(term, term.key(), column)).toList();
    }

    /** The cells a total column adds up in one row. */
    private static List<Part> partsAcross(FigureTable.Column total, String row) {
        return total.parts().stream().map(term -> new Part(term, row, term.key())).toList();
    }

    /**
     * Source rounding: the published figures are inconsistent at this cell on every way the table sums to it, the
     * model's figure equals the published parts' sum and each of the model's parts equals its published part, and
     * the gap is no more than rounding each part could make (half a unit per part).
     */
    private static Optional<String> sourceRounding(RoundedTable model, PublishedTable published, List<List<Part>> ways,
            BigDecimal m, BigDecimal p) {
        if (ways.isEmpty()) {
            return Optional.empty();
        }
        String first = null;
        for (List<Part> parts : ways) {
            Optional<BigDecimal> sum = publishedSum(published, parts, null);
            if (sum.isEmpty() || sum.get().compareTo(p) == 0 || sum.get().compareTo(m) != 0
                    || !modelPartsArePublished(model, published, parts)
                    || p.subtract(sum.get()).abs().compareTo(tolerance(parts.size())) > 0) {
                return Optional.empty();
            }
            if (first == null) {
                BigDecimal gap = p.subtract(sum.get());
                first = "source rounding: the published " + FigureFormat.PRINTED.format(p) + " is "
                        + FigureFormat.PRINTED.format(gap.abs()) + (gap.signum() > 0 ? " more" : " less")
                        + " than its own published parts (" + written(published, parts) + " = "
                        + FigureFormat.PRINTED.format(sum.get()) + "); the model's figure is the exact sum of its parts";
            }
        }
        return Optional.ofNullable(first);
    }

    /**
     * Model rounding: the published figure is the sum of the model's rounded parts (a footing difference of the
     * model's), those parts are the published ones, the published figures agree with themselves on that way, and
     * the gap is no more than rounding the parts could make.
     */
    private static Optional<String> modelRounding(RoundedTable model, PublishedTable published, FigureTable.Row r,
            FigureTable.Column c, List<List<Part>> ways, BigDecimal m, BigDecimal p) {
        for (FootingDifference f : model.footingDifferences()) {
            if (!f.row().equals(r.key()) || !f.column().equals(c.key()) || BigDecimal.valueOf(f.sumOfRoundedParts()).compareTo(p) != 0) {
                continue;
            }
            for (List<Part> parts : ways) {
                boolean sameWay = parts.stream().map(Part::term).toList().equals(f.parts());
                Optional<BigDecimal> sum = publishedSum(published, parts, null);
                if (sameWay && sum.isPresent() && sum.get().compareTo(p) == 0 && modelPartsArePublished(model, published, parts)
                        && m.subtract(p).abs().compareTo(tolerance(parts.size())) <= 0) {
                    return Optional.of("rounding: the published figure is the sum of the rounded parts ("
                            + FigureFormat.PRINTED.format(f.sumOfRoundedParts()) + "); the model rounds the exact total once");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Source sign: the source prints the model's figure with the opposite sign, and every published total the cell
     * is a part of adds up only with the model's sign (there must be at least one such total: without one, nothing
     * in the source shows which sign is right).
     */
    private static Optional<String> sourceSign(RoundedTable model, PublishedTable published, FigureTable.Row r,
            FigureTable.Column c, BigDecimal m, BigDecimal p) {
        if (m.signum() == 0 || p.compareTo(m.negate()) != 0 || r.isTotal() || c.isTotal()) {
            return Optional.empty();
        }
        FigureTable t = model.table();
        List<BigDecimal[]> totals = new ArrayList<>();
        Part cell = new Part(null, r.key(), c.key());
        for (FigureTable.Row total : t.rows()) {
            if (total.parts().stream().anyMatch(term -> term.key().equals(r.key()))) {
                totals.add(signEvidence(published, partsDown(total, c.key()), cell, total.key(), c.key()));
            }
        }
        for (FigureTable.Column total : t.columns()) {
            if (total.parts().stream().anyMatch(term -> term.key().equals(c.key()))) {
                totals.add(signEvidence(published, partsAcross(total, r.key()), cell, r.key(), total.key()));
            }
        }
        if (totals.isEmpty() || totals.stream().anyMatch(e -> e == null || e[0].compareTo(e[1]) != 0)) {
            return Optional.empty();
        }
        return Optional.of("source sign: the source prints " + FigureFormat.PRINTED.format(p) + " where the table's own convention gives "
                + FigureFormat.PRINTED.format(m) + " (" + (m.signum() < 0 ? "a charge or cost is negative" : "a credit or income is positive")
                + "); the source's own totals add up only with the model's sign");
    }

    /** The published total and its published parts with one cell's sign reversed; null where either is missing. */
    private static BigDecimal[] signEvidence(PublishedTable published, List<Part> parts, Part flipped, String totalRow, String totalColumn) {
        Optional<BigDecimal> total = published.value(totalRow, totalColumn);
        Optional<BigDecimal> sum = publishedSum(published, parts, flipped);
        return total.isEmpty() || sum.isEmpty() ? null : new BigDecimal[] {total.get(), sum.get()};
    }

    /** The sum of the published parts (one part's sign reversed, if named); empty where a part is not published. */
    private static Optional<BigDecimal> publishedSum(PublishedTable published, List<Part> parts, Part flipped) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Part part : parts) {
            Optional<BigDecimal> v = published.value(part.row(), part.column());
            if (v.isEmpty()) {
                return Optional.empty();
            }
            boolean flip = flipped != null && flipped.row().equals(part.row()) && flipped.column().equals(part.column());
            sum = sum.add(v.get().multiply(BigDecimal.valueOf(part.term().sign() * (flip ? -1 : 1))));
        }
        return Optional.of(sum);
    }

    /** Whether each of the model's rounded parts is the published part. */
    private static boolean modelPartsArePublished(RoundedTable model, PublishedTable published, List<Part> parts) {
        return parts.stream().allMatch(part -> published.value(part.row(), part.column())
                .map(v -> v.compareTo(BigDecimal.valueOf(model.cell(part.row(), part.column()))) == 0).orElse(false));
    }

    /** The most that rounding {@code parts} figures to whole units can move their sum: half a unit each. */
    static BigDecimal tolerance(int parts) {
        return BigDecimal.valueOf(parts).multiply(new BigDecimal("0.5"));
    }

    private static String written(PublishedTable published, List<Part> parts) {
        StringJoiner sum = new StringJoiner(" ");
        for (Part part : parts) {
            BigDecimal v = published.value(part.row(), part.column()).orElseThrow();
            sum.add((sum.length() == 0 ? (part.term().sign() < 0 ? "- " : "") : (part.term().sign() < 0 ? "- " : "+ "))
                    + FigureFormat.PRINTED.format(v));
        }
        return sum.toString();
    }

    /** Why no rule explains a difference, in words: what the published figures themselves say at that cell. */
    private static String whyNot(PublishedTable published, List<List<Part>> ways, BigDecimal m, BigDecimal p) {
        for (List<Part> parts : ways) {
            Optional<BigDecimal> sum = publishedSum(published, parts, null);
            if (sum.isPresent() && sum.get().compareTo(p) == 0) {
                return "the published parts add to the published figure (" + written(published, parts) + " = "
                        + FigureFormat.PRINTED.format(p) + "), so the source is consistent here and the model differs";
            }
        }
        for (List<Part> parts : ways) {
            Optional<BigDecimal> sum = publishedSum(published, parts, null);
            if (sum.isPresent() && sum.get().compareTo(m) == 0) {
                return "the published parts add to the model's figure but differ from the published one by "
                        + FigureFormat.PRINTED.format(p.subtract(sum.get()).abs()) + ", more than rounding " + parts.size()
                        + " parts can make (" + tolerance(parts.size()).stripTrailingZeros().toPlainString()
                        + "), or a part of the model's differs from the published part";
            }
        }
        return "no rounding in the source or the model accounts for it";
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
        if (!fittedColumns.isEmpty()) {
            sb.append("  fitted to the published figures, not reproduced: ").append(String.join(", ", fittedHeadings())).append('\n');
        }
        if (differences.isEmpty()) {
            sb.append("  no differences\n");
        }
        differences.forEach(d -> sb.append("  ").append(d.rowLabel()).append(" / ").append(d.column()).append(": model ")
                .append(FigureFormat.PRINTED.format(d.model())).append(", published ")
                .append(d.published().map(FigureFormat.PRINTED::format).orElse("none")).append(" - ")
                .append(d.explanation()).append('\n'));
        return sb.append(passes() ? "PASS" : "FAIL").append('\n').toString();
    }
}
