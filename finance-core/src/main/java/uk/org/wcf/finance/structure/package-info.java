/**
 * What the budget is made of: directorates, services, subjective groups (staffing, premises, transport, other),
 * cost lines and the funding sources the council passes through.
 */
package uk.org.wcf.finance.structure;
