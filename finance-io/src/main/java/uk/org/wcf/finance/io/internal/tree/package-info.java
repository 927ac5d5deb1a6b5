/**
 * YAML and JSON read into a tree whose every node knows its line and column (not exported), the typed field
 * readers the structured formats share, and the YAML 1.1 rules (anchors, aliases and tags refused; strings that a
 * YAML 1.1 reader would take as another type quoted on writing).
 */
package uk.org.wcf.finance.io.internal.tree;
