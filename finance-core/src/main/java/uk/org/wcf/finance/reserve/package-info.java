/**
 * Earmarked reserves on the council balance sheet: contributions and drawdowns with their approvals, and the
 * passporting of drawdowns to the company as "funding from reserves", reconciled from both sides.
 */
package uk.org.wcf.finance.reserve;
