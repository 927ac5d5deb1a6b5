package uk.org.wcf.finance.notebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jfree.chart.JFreeChart;

import uk.org.wcf.finance.chart.Charts;

/**
 * Helpers for JShell notebooks. {@link #show} writes a chart as a PNG and prints a marker line that the notebook
 * renderer turns into an embedded image (in plain JShell, the line says where the PNG is).
 */
public final class Notebooks {

    /** The start of the line that marks a chart in a cell's output. */
    public static final String IMAGE_MARKER = "[[chart: ";

    private Notebooks() {
    }

    /**
     * Shows a chart: writes it as a PNG into a temporary folder and prints a marker naming the file (the notebook
     * renderer embeds the image, copies it beside a Markdown page, and deletes the temporary file). It returns
     * nothing, so that the temporary path is never echoed as a value into the page.
     *
     * @param chart the chart
     */
    public static void show(JFreeChart chart) {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "wcf-finance-charts"));
            Path file = Files.createTempFile(dir, "chart-", ".png");
            Files.write(file, Charts.png(chart));
            System.out.println(IMAGE_MARKER + file + "]]");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prints a value whole, as a person reads it (the jshell tool cuts a long value short; this does not): money
     * as pounds with separators and brackets for a negative, a table at £000 in its published layout, anything
     * else by its {@code toString}. A chart is drawn, as {@link #show(JFreeChart)}.
     *
     * @param value the value
     */
    public static void show(Object value) {
        if (value instanceof JFreeChart chart) {
            show(chart);
            return;
        }
        System.out.println(text(value));
    }

    /**
     * The text {@link #show(Object)} prints.
     *
     * @param value the value, or null
     * @return money as {@code £5,982,377.21} or {@code (£633,000.00)}; a table, or a value that has one
     *         ({@link #tableText}), at £000; else {@code toString}
     */
    public static String text(Object value) {
        if (value instanceof org.joda.money.Money m && m.getCurrencyUnit().equals(uk.org.wcf.finance.money.Gbp.GBP)) {
            return uk.org.wcf.finance.money.Gbp.readable(m);
        }
        if (value instanceof org.joda.money.BigMoney b && b.getCurrencyUnit().equals(uk.org.wcf.finance.money.Gbp.GBP)) {
            return uk.org.wcf.finance.money.Gbp.readable(b.toMoney(java.math.RoundingMode.HALF_UP));
        }
        if (value instanceof uk.org.wcf.finance.report.FigureTable t) {
            return uk.org.wcf.finance.report.TableText.text(t.round(uk.org.wcf.finance.money.RoundingPolicy.THOUSANDS)).stripTrailing();
        }
        if (value instanceof uk.org.wcf.finance.report.RoundedTable t) {
            return uk.org.wcf.finance.report.TableText.text(t).stripTrailing();
        }
        return tableText(value).orElseGet(() -> String.valueOf(value));
    }

    /**
     * The table a notebook shows for a value whose {@code toString} is one short line but which has a table of its
     * own: a monitoring report in its published layout ({@code MonitoringReport.toText()}), a plan's years and
     * assumptions ({@code Plan.toText()}), a budget book's summary ({@code BookSummary}), each at £000 through the
     * rounding policy. The notebook runner and the Jupyter kernel show this in place of JShell's text.
     *
     * @param value a value, or null
     * @return its table as text, or empty for a value that has none
     */
    public static java.util.Optional<String> tableText(Object value) {
        if (value instanceof uk.org.wcf.finance.monitor.MonitoringReport r) {
            return java.util.Optional.of(r.toText(uk.org.wcf.finance.money.RoundingPolicy.THOUSANDS));
        }
        if (value instanceof uk.org.wcf.finance.plan.Plan p) {
            return java.util.Optional.of(p.toText(uk.org.wcf.finance.money.RoundingPolicy.THOUSANDS));
        }
        if (value instanceof uk.org.wcf.finance.budget.BudgetBook b) {
            return java.util.Optional.of(uk.org.wcf.finance.report.BookSummary.text(b,
                    uk.org.wcf.finance.money.RoundingPolicy.THOUSANDS));
        }
        return java.util.Optional.empty();
    }
}
