/**
 * Plumbing of finance-io, not exported: how every reader sums its problems up ({@code Problems}). The
 * sub-packages hold the CSV reader, the YAML/JSON tree, the streaming ledger reader and the
 * arithmetic of the XLSX writer's cached formula results.
 */
package uk.org.wcf.finance.io.internal;
