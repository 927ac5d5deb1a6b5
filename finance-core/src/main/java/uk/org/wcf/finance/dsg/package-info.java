/**
 * The Dedicated Schools Grant: its four blocks, the DSG reserve into which overspends are carried (under a
 * statutory override whose end is a setting), and the check of a Schools block transfer against the 0.5% cap.
 */
package uk.org.wcf.finance.dsg;
