package uk.org.wcf.finance.plan;

import java.util.Locale;

/** What moves a budget from one year to the next, as the year-to-year bridge lists it. */
public enum Driver {
    /** Pay inflation on staffing lines (a percentage, or a flat cash award per FTE). */
    STAFFING_INFLATION("Staffing inflation"),
    /** MTFP index on utilities (gas and electricity) lines. */
    UTILITIES_INFLATION("Utilities inflation"),
    /** Demand growth (placements first). */
    GROWTH("Demand growth"),
    /** Deliverable savings. */
    SAVINGS("Savings"),
    /** Investments: part-year in the first year, the rest of the full year after. */
    INVESTMENTS("Investments"),
    /** Contract variations from their effective date. */
    VARIATIONS("Contract variations"),
    /** One-off items in the year (funded from reserves, or one-off investments). */
    ONE_OFFS("One-off items"),
    /** Last year's one-off items, which drop out. */
    ONE_OFFS_DROPPING_OUT("One-offs dropping out"),
    /** Movements the assumptions name but do not itemise. */
    OTHER("Other movements"),
    /** What rounding each line to the penny adds or loses (usually nothing). */
    ROUNDING("Rounding to the penny");

    private final String label;

    Driver(String label) {
        this.label = label;
    }

    /** @return the heading used in the bridge */
    public String label() {
        return label;
    }

    /** @return a lower-case key, such as {@code staffing_inflation} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
