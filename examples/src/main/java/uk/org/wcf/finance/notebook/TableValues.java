package uk.org.wcf.finance.notebook;

import java.lang.reflect.Method;

import jdk.jshell.execution.DirectExecutionControl;

/**
 * Runs a notebook's snippets in this JVM and gives JShell the text a notebook shows for each value: a value that
 * prints as one short line but has a table of its own (a monitoring report, a plan, a budget book) by its table
 * ({@link Notebooks#tableText}), anything else as JShell shows it. Classes are loaded parent-first, so a value's
 * classes are the runner's own.
 */
final class TableValues extends DirectExecutionControl {

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        Object value = doitMethod.invoke(null);
        return Notebooks.tableText(value).orElseGet(() -> valueString(value));
    }
}
