/**
 * Readers and writers: CSV with problems reported by file, line and column, and the formats the model is
 * exchanged in.
 */
package uk.org.wcf.finance.io;
