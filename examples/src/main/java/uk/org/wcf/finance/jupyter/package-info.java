/**
 * The wcf-finance Jupyter kernel: JShell ({@code jdk.jshell}) evaluates the cells, in the kernel's own JVM so that
 * a cell's value is shown richly (tables as HTML and text, charts as PNG); JJava's kernel library
 * ({@code org.dflib.jjava:jjava-jupyter}) speaks the Jupyter protocol. {@code wcf-finance jupyter install} writes
 * the kernelspec.
 */
package uk.org.wcf.finance.jupyter;
