/**
 * Plumbing of finance-io, not exported: how every reader sums its problems up ({@code Problems}). The
 * sub-packages hold the CSV reader, the YAML/JSON tree and the streaming ledger reader.
 */
package uk.org.wcf.finance.io.internal;
