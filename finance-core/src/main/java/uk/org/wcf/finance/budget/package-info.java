/**
 * A year's budget book: gross expenditure by service and subjective group, income outside the contract and
 * pass-through funding, and the contract sum and council base budget derived from them exactly.
 */
package uk.org.wcf.finance.budget;
