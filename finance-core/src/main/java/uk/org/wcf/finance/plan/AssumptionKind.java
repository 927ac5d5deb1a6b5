package uk.org.wcf.finance.plan;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of {@link Assumption}, each with the one type tag that names it in an assumptions file
 * ({@code staffing_inflation}, ...). This is the only table of tags: the reader finds a kind by its tag, the
 * writer writes {@link Assumption#kind()}'s tag, and a message listing the kinds lists {@link #tags()}.
 * A switch over the kinds without a {@code default} does not compile when a kind is added and not handled.
 */
public enum AssumptionKind {
    /** {@link StaffingInflation}. */
    STAFFING_INFLATION("staffing_inflation"),
    /** {@link FlatCashAward}. */
    FLAT_CASH_AWARD("flat_cash_award"),
    /** {@link UtilitiesInflation}. */
    UTILITIES_INFLATION("utilities_inflation"),
    /** {@link DemandGrowth}. */
    DEMAND_GROWTH("demand_growth"),
    /** {@link Saving}. */
    SAVING("saving"),
    /** {@link Investment}. */
    INVESTMENT("investment"),
    /** {@link ContractVariation}. */
    CONTRACT_VARIATION("contract_variation"),
    /** {@link OneOffFromReserves}. */
    ONE_OFF_FROM_RESERVES("one_off_from_reserves"),
    /** {@link OtherMovement}. */
    OTHER_MOVEMENT("other_movement");

    private final String tag;

    AssumptionKind(String tag) {
        this.tag = tag;
    }

    /** @return the type tag an assumptions file names the kind by, such as {@code staffing_inflation} */
    public String tag() {
        return tag;
    }

    /**
     * @param tag a type tag, in any case
     * @return the kind it names, or empty for a tag that names none
     */
    public static Optional<AssumptionKind> ofTag(String tag) {
        String t = tag.strip().toLowerCase(Locale.ROOT);
        for (AssumptionKind k : values()) {
            if (k.tag.equals(t)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** @return every tag, in this order, separated by commas: the words a message lists the kinds with */
    public static String tags() {
        return Arrays.stream(values()).map(AssumptionKind::tag).collect(Collectors.joining(", "));
    }
}
