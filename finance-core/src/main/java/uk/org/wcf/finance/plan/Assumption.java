package uk.org.wcf.finance.plan;

import java.time.LocalDate;

/**
 * A named planning assumption: who agreed it and when, where it comes from, and what it does to the plan.
 * The family is closed: each kind is one record in this package, and {@link Plan} knows how to apply each.
 */
public sealed interface Assumption permits StaffingInflation, FlatCashAward, UtilitiesInflation, DemandGrowth,
        Saving, Investment, ContractVariation, OneOffFromReserves, OtherMovement {

    /** @return the assumption's name, as the bridge shows it */
    String name();

    /** @return the date it was agreed or last revised, or null when not recorded */
    LocalDate agreed();

    /** @return where it comes from (document, decision, MTFP line) */
    String source();

    /** @return the bridge driver its effects are reported under */
    Driver driver();
}
