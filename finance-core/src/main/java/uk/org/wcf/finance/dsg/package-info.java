/**
 * The Dedicated Schools Grant: its four blocks, the DSG reserve into which overspends are carried (under a
 * statutory override whose end is a setting), and the check of a Schools block transfer against the 0.5% cap; and
 * the DSG management plan ({@link uk.org.wcf.finance.dsg.DsgPlan}): high needs demand by provision type,
 * mitigations, funding and transfers, projected to a cumulative deficit path with its bridge, scenarios and a
 * Monte Carlo on growth rates.
 */
package uk.org.wcf.finance.dsg;
