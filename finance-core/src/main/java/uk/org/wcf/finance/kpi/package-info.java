/**
 * Contract KPIs: baselines (the targets), tolerance bands, RAG ratings and performance failures, with repeat
 * failures flagged and failures excused by a notified risk.
 */
package uk.org.wcf.finance.kpi;
