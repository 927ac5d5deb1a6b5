/**
 * The financial calendar: years from 1 April to 31 March written 2020/21, periods P1 (April) to P12 (March), and
 * part-year spans counted in whole months.
 */
package uk.org.wcf.finance.time;
