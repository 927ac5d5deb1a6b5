/**
 * Three-year (or longer) plans: an agreed base year and indicative years built by named assumptions (staffing
 * inflation, utilities, growth, savings, investments, variations, one-offs), with a bridge from each year to the next.
 */
package uk.org.wcf.finance.plan;
