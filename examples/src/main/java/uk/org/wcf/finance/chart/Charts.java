package uk.org.wcf.finance.chart;

import static uk.org.wcf.finance.chart.ChartStyle.bars;
import static uk.org.wcf.finance.chart.ChartStyle.chart;
import static uk.org.wcf.finance.chart.ChartStyle.labels;
import static uk.org.wcf.finance.chart.ChartStyle.plot;
import static uk.org.wcf.finance.chart.ChartStyle.requireSameSize;
import static uk.org.wcf.finance.chart.ChartStyle.stackedRenderer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.WaterfallBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.joda.money.Money;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.dsg.DsgReserve;
import uk.org.wcf.finance.io.write.AtomicFiles;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.monitor.MonitoringReport;
import uk.org.wcf.finance.plan.BridgeLine;
import uk.org.wcf.finance.plan.Driver;
import uk.org.wcf.finance.plan.Plan;
import uk.org.wcf.finance.structure.Directorate;
import uk.org.wcf.finance.structure.Service;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * Charts of the model (JFreeChart), as PNG or SVG: variance by line (overspend and underspend in different
 * colours), the year-to-year bridge as a waterfall, the plan by directorate (stacked), and the DSG reserve over
 * time. Figures are plotted at whole £000, rounded by the {@link RoundingPolicy}; every bar or point carries its
 * value as a label (£000 with separators, brackets for negatives), every value axis includes zero, legends sit
 * below the plot, and category labels are never cut (they wrap onto up to three lines).
 */
public final class Charts {

    /** Overspend (and an increase in a bridge): red. */
    public static final Color OVERSPEND = new Color(0xC0, 0x39, 0x2B);
    /** Underspend (and a decrease in a bridge): green. */
    public static final Color UNDERSPEND = new Color(0x1E, 0x84, 0x49);
    /** Totals: blue. */
    public static final Color TOTAL = new Color(0x1F, 0x4E, 0x79);
    /** The width of every chart, in pixels. */
    public static final int WIDTH = 1000;
    /** The height of every chart, in pixels. */
    public static final int HEIGHT = 560;

    private static final RoundingPolicy K = RoundingPolicy.THOUSANDS;

    private Charts() {
    }

    /**
     * The format of every value on a chart: £000 with separators, brackets for negatives ({@code (8,657)}).
     *
     * @return a new format (formats are not thread-safe)
     */
    public static NumberFormat thousands() {
        DecimalFormat f = new DecimalFormat("#,##0;(#,##0)", DecimalFormatSymbols.getInstance(Locale.UK));
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f;
    }

    /**
     * Variance after adjustments by line, as horizontal bars: overspends to the right in red, underspends to
     * the left in green.
     *
     * @param report a monitoring report
     * @return the chart
     */
    public static JFreeChart varianceByLine(MonitoringReport report) {
        List<String> names = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (MonitoringReport.Row r : report.rows()) {
            if (r.kind() == MonitoringReport.RowKind.LINE) {
                names.add(r.label().startsWith("DSG - ") ? r.label().substring(6) : r.label());
                values.add(K.units(r.varianceAfterAdjustments()));
            }
        }
        return signedBars("Variance after adjustments, " + report.period(), "£000 (overspend +)", names, values);
    }

    /**
     * Bars for figures that may be either sign, one per category, positive red and negative green, drawn
     * horizontally so that long labels read in full.
     *
     * @param title the chart's title
     * @param axis the value axis's title, with its unit
     * @param categories one label per bar
     * @param values the figures in £000, one per category
     * @return the chart
     */
    public static JFreeChart signedBars(String title, String axis, List<String> categories, List<Long> values) {
        requireSameSize(categories, values);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < categories.size(); i++) {
            data.addValue(values.get(i), "Variance", categories.get(i));
        }
        BarRenderer r = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                Number n = getPlot().getDataset().getValue(row, column);
                return n != null && n.doubleValue() < 0 ? UNDERSPEND : OVERSPEND;
            }
        };
        bars(r);
        labels(r, new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT),
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        CategoryPlot plot = plot(data, axis, r, PlotOrientation.HORIZONTAL);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("Overspend (+)", OVERSPEND));
        legend.add(new LegendItem("Underspend (-)", UNDERSPEND));
        plot.setFixedLegendItems(legend);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.35f);
        return chart(title, plot, true);
    }

    /**
     * The bridge into a plan year as a waterfall: the previous year, each driver's step (increases red,
     * decreases green) and the year, in £000, on an axis that starts at zero.
     *
     * @param plan the plan
     * @param year a plan year after the first
     * @return the chart
     */
    public static JFreeChart bridgeWaterfall(Plan plan, FiscalYear year) {
        BudgetBook to = plan.year(year);
        BudgetBook from = plan.year(year.previous());
        Map<Driver, Money> steps = new LinkedHashMap<>();
        for (BridgeLine b : plan.bridge(year)) {
            steps.merge(b.driver(), b.amount(), Money::plus);
        }
        List<String> names = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        steps.forEach((d, m) -> {
            names.add(d.label());
            values.add(K.units(m));
        });
        return waterfall("Bridge from " + from.year() + " to " + year + " (gross expenditure)", from.year().toString(),
                K.units(from.grossExpenditure()), names, values, year.toString(), K.units(to.grossExpenditure()));
    }

    /**
     * A waterfall: a starting total, steps that each stand on the running total, and an ending total, on a value
     * axis that starts at zero (so that the totals' heights are true).
     *
     * @param title the chart's title
     * @param startLabel the starting total's label
     * @param start the starting total, £000
     * @param stepLabels one label per step
     * @param steps the steps, £000
     * @param endLabel the ending total's label
     * @param end the ending total, £000 (it may differ from start plus the steps by rounding)
     * @return the chart
     */
    public static JFreeChart waterfall(String title, String startLabel, long start, List<String> stepLabels, List<Long> steps,
            String endLabel, long end) {
        requireSameSize(stepLabels, steps);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(start, "Bridge", startLabel);
        for (int i = 0; i < steps.size(); i++) {
            data.addValue(steps.get(i), "Bridge", stepLabels.get(i));
        }
        data.addValue(end, "Bridge", endLabel);
        WaterfallBarRenderer r = new WaterfallBarRenderer(TOTAL, OVERSPEND, UNDERSPEND, TOTAL);
        bars(r);
        labels(r, new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER), null);
        CategoryPlot plot = plot(data, "£000", r, PlotOrientation.VERTICAL);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("Year", TOTAL));
        legend.add(new LegendItem("Increase", OVERSPEND));
        legend.add(new LegendItem("Decrease", UNDERSPEND));
        plot.setFixedLegendItems(legend);
        return chart(title, plot, true);
    }

    /**
     * The plan's gross expenditure by directorate, stacked, one bar per year.
     *
     * @param plan the plan
     * @return the chart
     */
    public static JFreeChart planByDirectorate(Plan plan) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (BudgetBook b : plan.years()) {
            String year = b.year().toString() + (b.status().name().equals("AGREED") ? "" : " (indicative)");
            Map<Directorate, Money> byDir = new LinkedHashMap<>();
            for (Service s : b.services()) {
                byDir.merge(s.directorate(), b.grossOf(s), Money::plus);
            }
            byDir.forEach((d, m) -> data.addValue(K.units(m), d.name(), year));
        }
        StackedBarRenderer r = stackedRenderer();
        CategoryPlot plot = plot(data, "£000", r, PlotOrientation.VERTICAL);
        return chart("Gross expenditure by directorate", plot, true);
    }

    /**
     * Figures stacked by series over the same categories, each segment labelled, on a value axis that includes zero.
     *
     * @param title the chart's title
     * @param axis the value axis's title, with its unit
     * @param categories one label per bar
     * @param series each segment's name and its figures, one per category, bottom to top
     * @return the chart
     */
    public static JFreeChart stackedBars(String title, String axis, List<String> categories, Map<String, List<Long>> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach((name, values) -> {
            requireSameSize(categories, values);
            for (int i = 0; i < categories.size(); i++) {
                data.addValue(values.get(i), name, categories.get(i));
            }
        });
        return chart(title, plot(data, axis, stackedRenderer(), PlotOrientation.VERTICAL), true);
    }

    /**
     * The DSG reserve balance: opening, after each movement, and closing (a deficit is negative).
     *
     * @param reserve the reserve
     * @return the chart
     */
    public static JFreeChart dsgReserve(DsgReserve reserve) {
        List<String> x = new ArrayList<>(List.of("Opening " + reserve.year().start()));
        List<Long> y = new ArrayList<>(List.of(K.units(reserve.opening())));
        Money balance = reserve.opening();
        for (DsgReserve.Movement m : reserve.movements()) {
            balance = balance.plus(m.amount());
            String line = m.line().startsWith("DSG - ") ? m.line().substring(6) : m.line();
            x.add(line + " " + m.period().label());
            y.add(K.units(balance));
        }
        x.add("Closing " + reserve.year().end());
        y.add(K.units(reserve.closing()));
        return balanceLine("DSG reserve " + reserve.year() + " (a deficit is negative)", "Balance", x, y);
    }

    /**
     * A balance over time as a line with a marked, labelled point per category, on a value axis that includes
     * zero.
     *
     * @param title the chart's title
     * @param series the line's name
     * @param categories one label per point
     * @param values the balances in £000, one per category
     * @return the chart
     */
    public static JFreeChart balanceLine(String title, String series, List<String> categories, List<Long> values) {
        requireSameSize(categories, values);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < categories.size(); i++) {
            data.addValue(values.get(i), series, categories.get(i));
        }
        LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, OVERSPEND);
        r.setSeriesStroke(0, new BasicStroke(2.5f));
        r.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        labels(r, new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER),
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
        CategoryPlot plot = plot(data, "£000", r, PlotOrientation.VERTICAL);
        return chart(title, plot, true);
    }

    /**
     * Several figures over the same categories as lines, each point marked and labelled in £000, on a value axis
     * that includes zero (for example a line's variance before and after adjustments, period by period).
     *
     * @param title the chart's title
     * @param axis the value axis's title, with its unit
     * @param categories one label per point
     * @param series each line's name and its figures in £000, one per category, in legend order
     * @return the chart
     */
    public static JFreeChart lines(String title, String axis, List<String> categories, Map<String, List<Long>> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Color[] colours = {OVERSPEND, TOTAL, UNDERSPEND, new Color(0x7F, 0x7F, 0x7F), new Color(0xE6, 0x7E, 0x22)};
        LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
        int k = 0;
        for (Map.Entry<String, List<Long>> e : series.entrySet()) {
            requireSameSize(categories, e.getValue());
            for (int i = 0; i < categories.size(); i++) {
                data.addValue(e.getValue().get(i), e.getKey(), categories.get(i));
            }
            r.setSeriesPaint(k, colours[k % colours.length]);
            r.setSeriesStroke(k, new BasicStroke(2.5f));
            r.setSeriesShape(k, new Ellipse2D.Double(-4, -4, 8, 8));
            k++;
        }
        labels(r, new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER),
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
        return chart(title, plot(data, axis, r, PlotOrientation.VERTICAL), true);
    }

    /**
     * @param chart a chart
     * @return the chart as PNG bytes, {@link #WIDTH} by {@link #HEIGHT}
     * @throws IOException on failure
     */
    public static byte[] png(JFreeChart chart) throws IOException {
        headless();
        // what ChartUtils.writeChartAsPNG does (the same image, the same PNG writer, so the same bytes), but through
        // an in-memory image stream: ImageIO's default over an OutputStream caches in a temporary file
        BufferedImage image = chart.createBufferedImage(WIDTH, HEIGHT, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            if (!ImageIO.write(image, "png", stream)) {
                throw new IOException("this JDK has no PNG writer");
            }
        }
        return out.toByteArray();
    }

    /**
     * @param chart a chart
     * @return the chart as SVG text (UTF-8), {@link #WIDTH} by {@link #HEIGHT}; text stays text
     */
    public static byte[] svg(JFreeChart chart) {
        headless();
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g2.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }

    private static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /**
     * A chart as PNG or SVG bytes, by the file's ending.
     *
     * @param chart a chart
     * @param file a .png or .svg file name
     * @return the bytes
     * @throws IOException on failure
     */
    public static byte[] bytes(JFreeChart chart, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return png(chart);
        }
        if (name.endsWith(".svg")) {
            return svg(chart);
        }
        throw new IllegalArgumentException("a chart is written as .png or .svg, not " + file.getFileName());
    }

    /**
     * Saves a chart, PNG or SVG by the file's ending, atomically.
     *
     * @param chart a chart
     * @param file a .png or .svg file
     * @throws IOException when the file cannot be written
     */
    public static void save(JFreeChart chart, Path file) throws IOException {
        byte[] b = bytes(chart, file);
        AtomicFiles.write(file, out -> out.write(b));
    }
}
