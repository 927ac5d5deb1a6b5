/**
 * The published WCF figures shipped with the library as its default dataset, and the checks that regenerate the
 * published tables from the model.
 */
package uk.org.wcf.finance.data;
