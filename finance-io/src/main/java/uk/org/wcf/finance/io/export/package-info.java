/**
 * Exports: the budget, a budget book, the plan, a monitoring report or a reserves ledger written whole to one file in
 * one of six formats ({@link uk.org.wcf.finance.io.export.Exporter}). Each kind says which formats it has; an
 * impossible pair is refused in one line before anything is written.
 */
package uk.org.wcf.finance.io.export;
