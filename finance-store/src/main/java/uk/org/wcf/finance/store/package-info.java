/**
 * The monitoring cycle in a database: {@link uk.org.wcf.finance.store.MonitoringStore} imports ledger batches,
 * closes and locks periods, restates them with a reason, answers history and forecast-accuracy questions and
 * closes the year into the next. Money is stored as integer pence.
 */
package uk.org.wcf.finance.store;
