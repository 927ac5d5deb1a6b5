/**
 * Plumbing of the DSG management plan: the Commons Math statistics (trend fits, normal draws) whose doubles stay
 * here; not exported.
 */
package uk.org.wcf.finance.dsg.internal;
