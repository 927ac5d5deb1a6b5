package uk.org.wcf.finance.s251;

import java.util.Objects;

import org.joda.money.Money;

import uk.org.wcf.finance.money.Gbp;

/**
 * A figure that breaks a rule: the council, the line, the rule and measure, the figure the rule computes from the
 * published parts and the published figure. A difference under £1 is rounding in the source; any other is an error.
 *
 * @param la the council's code
 * @param name the council's name
 * @param line the line whose figure breaks the rule
 * @param rule the rule
 * @param measure the measure of the figure
 * @param computed the figure the rule gives from the published parts, exact
 * @param published the figure as published
 */
public record S251Difference(String la, String name, S251Line line, S251Rule rule, Measure measure, Money computed,
        Money published) {

    private static final Money ONE_POUND = Gbp.pounds(1);

    /** What a difference is. */
    public enum Kind {
        /** Under £1: the source rounded a figure to fewer decimals than its parts. */
        ROUNDING,
        /** £1 or more. */
        ERROR;

        /** @return {@code rounding} or {@code error} */
        public String word() {
            return this == ROUNDING ? "rounding" : "error";
        }
    }

    /**
     * @param la not null
     * @param name not null
     * @param line not null
     * @param rule not null
     * @param measure not null
     * @param computed in GBP
     * @param published in GBP
     */
    public S251Difference {
        Objects.requireNonNull(la, "la");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(measure, "measure");
        Gbp.requireGbp(computed, "computed");
        Gbp.requireGbp(published, "published");
    }

    /** @return published - computed */
    public Money difference() {
        return published.minus(computed);
    }

    /** @return rounding when the difference is under £1 either way, error otherwise */
    public Kind kind() {
        return difference().abs().isLessThan(ONE_POUND) ? Kind.ROUNDING : Kind.ERROR;
    }

    /** @return one line naming council, line, rule, measure and both figures */
    @Override
    public String toString() {
        return la + " " + name + ", line " + line.number() + " " + line.description() + ", " + rule.code() + " ("
                + measure.column() + "): computed " + computed.getAmount().toPlainString() + ", published "
                + published.getAmount().toPlainString() + ", difference " + difference().getAmount().toPlainString()
                + (kind() == Kind.ROUNDING ? ": rounding in the source" : ": error");
    }
}
