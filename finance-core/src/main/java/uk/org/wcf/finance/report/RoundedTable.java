package uk.org.wcf.finance.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import uk.org.wcf.finance.money.RoundingPolicy;

/**
 * A {@link FigureTable} rounded for display with one {@link RoundingPolicy}. Every figure, totals included,
 * is rounded once from its exact value; {@link #footingDifferences()} lists where a rounded total is not the
 * sum of its rounded parts, so nothing is forced to add up.
 *
 * @param table the exact table
 * @param policy the rounding policy
 */
public record RoundedTable(FigureTable table, RoundingPolicy policy) {

    /**
     * @param table the exact table
     * @param policy the policy
     */
    public RoundedTable {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(policy, "policy");
    }

    /**
     * @param table the exact table
     * @param policy the policy
     * @return the rounded table
     */
    public static RoundedTable of(FigureTable table, RoundingPolicy policy) {
        return new RoundedTable(table, policy);
    }

    /**
     * @param row a row key
     * @param column a column key
     * @return the figure rounded to the policy's unit
     */
    public long cell(String row, String column) {
        return policy.units(table.value(row, column));
    }

    /** @return every total whose rounded value differs from the sum of its rounded parts */
    public List<FootingDifference> footingDifferences() {
        List<FootingDifference> out = new ArrayList<>();
        for (FigureTable.Row r : table.rows()) {
            for (FigureTable.Column c : table.columns()) {
                long total = cell(r.key(), c.key());
                if (r.isTotal()) {
                    long sum = 0;
                    for (Term t : r.parts()) {
                        sum += t.sign() * cell(t.key(), c.key());
                    }
                    if (sum != total) {
                        out.add(new FootingDifference(r.key(), c.key(), total, sum, r.parts()));
                    }
                }
                if (c.isTotal()) {
                    long sum = 0;
                    for (Term t : c.parts()) {
                        sum += t.sign() * cell(r.key(), t.key());
                    }
                    if (sum != total) {
                        out.add(new FootingDifference(r.key(), c.key(), total, sum, c.parts()));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** @return the table as aligned text with its footing differences */
    @Override
    public String toString() {
        return TableText.text(this);
    }
}
