/**
 * Exact sterling amounts on Joda-Money, exact rates, the one rounding policy every report uses, and allocations that
 * always add back. Money is never a floating-point number here.
 */
package uk.org.wcf.finance.money;
