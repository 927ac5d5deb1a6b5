package uk.org.wcf.finance.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A named planning assumption: who agreed it and when, where it comes from, and what it does to the plan.
 * The family is closed: each kind is one record in this package, names its {@link AssumptionKind} (the one table of
 * type tags), and says itself what it does to a year of a plan ({@link #effectsIn}); {@link Plan} only adds the
 * effects up. Code that treats each kind in its own way (a file writer) implements a {@link Visitor}, so that a kind
 * added to the family does not compile until every visitor handles it: nothing falls through to zero.
 */
public sealed interface Assumption permits StaffingInflation, FlatCashAward, UtilitiesInflation, DemandGrowth,
        Saving, Investment, ContractVariation, OneOffFromReserves, OtherMovement {

    /** @return the assumption's name, as the bridge shows it */
    String name();

    /** @return the date it was agreed or last revised, or empty where not recorded */
    Optional<LocalDate> agreed();

    /** @return where it comes from (document, decision, MTFP line) */
    String source();

    /** @return the bridge driver its effects are reported under */
    Driver driver();

    /** @return its kind, which carries its type tag */
    AssumptionKind kind();

    /**
     * What the assumption does in one year of a plan, line by line, exact: worked out from the lines' values at the
     * start of the year, so that the order of assumptions does not matter.
     *
     * @param year the year, the plan's base and the lines at the start of the year
     * @return the effects, empty where the assumption does nothing that year
     */
    List<LineEffect> effectsIn(PlanYear year);

    /**
     * @param <R> what the visitor returns
     * @param visitor one method per kind
     * @return the visitor's result for this kind
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of assumption: a kind added to the family is a compile error in every visitor until it
     * is handled.
     *
     * @param <R> what each method returns
     */
    interface Visitor<R> {
        /**
         * @param a the assumption
         * @return the result
         */
        R staffingInflation(StaffingInflation a);

        /**
         * @param a the assumption
         * @return the result
         */
        R flatCashAward(FlatCashAward a);

        /**
         * @param a the assumption
         * @return the result
         */
        R utilitiesInflation(UtilitiesInflation a);

        /**
         * @param a the assumption
         * @return the result
         */
        R demandGrowth(DemandGrowth a);

        /**
         * @param a the assumption
         * @return the result
         */
        R saving(Saving a);

        /**
         * @param a the assumption
         * @return the result
         */
        R investment(Investment a);

        /**
         * @param a the assumption
         * @return the result
         */
        R contractVariation(ContractVariation a);

        /**
         * @param a the assumption
         * @return the result
         */
        R oneOffFromReserves(OneOffFromReserves a);

        /**
         * @param a the assumption
         * @return the result
         */
        R otherMovement(OtherMovement a);
    }
}
