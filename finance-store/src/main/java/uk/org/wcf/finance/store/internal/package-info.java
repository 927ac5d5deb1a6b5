/** Plumbing of the store: the two databases' differences and the redaction of connection details. */
package uk.org.wcf.finance.store.internal;
