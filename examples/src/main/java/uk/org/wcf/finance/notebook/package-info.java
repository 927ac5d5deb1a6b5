/**
 * JShell notebooks: a runner on the JDK jdk.jshell API that runs a .jsh notebook cell by cell, documents that
 * show each cell with its output and charts (HTML or Markdown), and the show(chart) helper.
 */
package uk.org.wcf.finance.notebook;
