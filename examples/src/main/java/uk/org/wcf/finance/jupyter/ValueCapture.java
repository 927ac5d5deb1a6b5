package uk.org.wcf.finance.jupyter;

import java.lang.reflect.Method;

import jdk.jshell.execution.DirectExecutionControl;

/**
 * Runs snippets in this JVM, on the calling thread, and keeps the value of the last one run, so that the kernel
 * can show the object itself (a table as HTML, a chart as an image) and not only JShell's text for it; a value that
 * prints as one short line but has a table of its own (a monitoring report, a plan, a budget book) is shown by its
 * table ({@code Notebooks.tableText}). Classes
 * are loaded parent-first, so a value's classes are the kernel's own.
 */
final class ValueCapture extends DirectExecutionControl {

    private Object last;

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        last = null;
        Object value = doitMethod.invoke(null);
        last = value;
        return uk.org.wcf.finance.notebook.Notebooks.tableText(value).orElseGet(() -> valueString(value));
    }

    /** @return the value of the last snippet run, and forget it */
    Object take() {
        Object v = last;
        last = null;
        return v;
    }
}
