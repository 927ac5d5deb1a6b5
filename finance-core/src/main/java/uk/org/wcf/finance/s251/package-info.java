/**
 * Section 251 returns, the budget and outturn statements every council with children's services files with the
 * Department for Education: the line catalogue of a year, a council's figures in DfE's ten measures (a blank is
 * "not applicable", never zero), the rules a return keeps, benchmarking against every council, and a council's
 * own statement built from its budget book.
 */
package uk.org.wcf.finance.s251;
