package uk.org.wcf.finance.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
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
import java.util.Objects;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.WaterfallBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
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
import uk.org.wcf.finance.s251.S251Benchmark;
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

    private static final Color[] STACK = {TOTAL, new Color(0xE6, 0x7E, 0x22), new Color(0x7F, 0x8C, 0x8D),
        new Color(0x8E, 0x44, 0xAD), UNDERSPEND, OVERSPEND};
    private static final RoundingPolicy K = RoundingPolicy.THOUSANDS;
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);

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

    /** Stacked bars with the house colours, each segment labelled (white on it, or dark beside one too thin). */
    private static StackedBarRenderer stackedRenderer() {
        StackedBarRenderer r = new StackedBarRenderer() {
            private static final long serialVersionUID = 1L;

            /** White on a segment, dark beside one too thin to hold its label (the fallback position). */
            @Override
            public Paint getItemLabelPaint(int row, int column) {
                Number n = getPlot().getDataset().getValue(row, column);
                double total = 0;
                for (int i = 0; i < getPlot().getDataset().getRowCount(); i++) {
                    Number v = getPlot().getDataset().getValue(i, column);
                    total += v == null ? 0 : Math.abs(v.doubleValue());
                }
                return n != null && Math.abs(n.doubleValue()) >= total * 0.04 ? Color.WHITE : Color.BLACK;
            }
        };
        bars(r);
        for (int i = 0; i < STACK.length; i++) {
            r.setSeriesPaint(i, STACK[i]);
        }
        labels(r, new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER), null);
        // a segment too thin for its label has it beside the bar
        r.setPositiveItemLabelPositionFallback(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        return r;
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

    private static void bars(BarRenderer r) {
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setMaximumBarWidth(0.12);
    }

    /** Value labels on every item, the negative ones placed on the other side when a position is given. */
    private static void labels(org.jfree.chart.renderer.category.AbstractCategoryItemRenderer r, ItemLabelPosition positive,
            ItemLabelPosition negative) {
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", thousands()));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(TEXT);
        r.setDefaultPositiveItemLabelPosition(positive);
        r.setDefaultNegativeItemLabelPosition(negative == null ? positive : negative);
    }

    private static CategoryPlot plot(DefaultCategoryDataset data, String valueTitle, org.jfree.chart.renderer.category.CategoryItemRenderer r,
            PlotOrientation orientation) {
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(TEXT);
        categories.setMaximumCategoryLabelLines(3);
        categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        NumberAxis values = new NumberAxis(valueTitle);
        values.setTickLabelFont(TEXT);
        values.setLabelFont(TEXT);
        values.setNumberFormatOverride(thousands());
        values.setAutoRangeIncludesZero(true);
        // whole £000 ticks (a tick at 0.5 would print as 1), and a range even when every value is zero
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.UK));
        values.setAutoRangeMinimumSize(10);
        // room for the value labels beyond the longest bar
        values.setUpperMargin(0.12);
        values.setLowerMargin(0.12);
        CategoryPlot plot = new CategoryPlot(data, categories, values, r);
        plot.setOrientation(orientation);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xCC, 0xCC, 0xCC));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setRangeGridlinesVisible(true);
        plot.setOutlineVisible(false);
        ValueMarker zero = new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f));
        plot.addRangeMarker(zero);
        return plot;
    }

    private static JFreeChart chart(String title, CategoryPlot plot, boolean legend) {
        JFreeChart c = new JFreeChart(title, TITLE, plot, legend);
        c.setBackgroundPaint(Color.WHITE);
        c.setAntiAlias(true);
        LegendTitle l = c.getLegend();
        if (l != null) {
            l.setPosition(RectangleEdge.BOTTOM);
            l.setItemFont(TEXT);
            l.setFrame(BlockBorder.NONE);
        }
        return c;
    }

    /**
     * Every council's figure as a bar, highest first, in £000: the council highlighted (and labelled with its figure),
     * a group's councils marked, the rest grey. Councils with no figure (not applicable) have no bar.
     *
     * @param title the title (the line, the measure and the year)
     * @param figures every council's figure
     * @param la the council to highlight
     * @param group the group's council codes (empty for none)
     * @return the chart
     */
    public static JFreeChart s251Ranking(String title, List<uk.org.wcf.finance.s251.S251Benchmark.CouncilFigure> figures,
            String la, java.util.Set<String> group) {
        List<uk.org.wcf.finance.s251.S251Benchmark.CouncilFigure> sorted = new ArrayList<>(figures);
        sorted.sort(java.util.Comparator.comparing((uk.org.wcf.finance.s251.S251Benchmark.CouncilFigure f) -> f.value().getAmount())
                .reversed());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (var f : sorted) {
            data.addValue(K.units(f.value()), "Councils", f.la());
        }
        Color grey = new Color(0xB0, 0xB0, 0xB0);
        BarRenderer r = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                String code = (String) getPlot().getDataset().getColumnKey(column);
                return code.equals(la) ? OVERSPEND : group.contains(code) ? UNDERSPEND : grey;
            }
        };
        bars(r);
        r.setMaximumBarWidth(1.0);
        r.setItemMargin(0);
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", thousands()) {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                return dataset.getColumnKey(column).equals(la) ? la + ": " + super.generateLabel(dataset, row, column) : null;
            }
        });
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(TEXT);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        r.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
        CategoryPlot plot = plot(data, "£000", r, PlotOrientation.VERTICAL);
        plot.getDomainAxis().setTickLabelsVisible(false);
        plot.getDomainAxis().setTickMarksVisible(false);
        plot.getDomainAxis().setLabel(sorted.size() + " councils, highest first");
        plot.getDomainAxis().setLabelFont(TEXT);
        plot.getDomainAxis().setCategoryMargin(0.1);
        String councilName = sorted.stream().filter(f -> f.la().equals(la)).map(f -> la + " " + f.name()).findFirst()
                .orElse(la + " (no figure)");
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem(councilName, OVERSPEND));
        legend.add(new LegendItem(group.isEmpty() ? "Group (none given)" : "Group", UNDERSPEND));
        legend.add(new LegendItem("Other councils", grey));
        plot.setFixedLegendItems(legend);
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
     * A backtest: each method's median absolute % error at each period tested (grouped bars, one decimal), the series
     * named with how often its P10 to P90 range held the outturn.
     *
     * @param backtest the backtest
     * @return the chart
     */
    public static JFreeChart backtest(uk.org.wcf.finance.forecast.Backtest backtest) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, int[]> held = new LinkedHashMap<>();
        for (uk.org.wcf.finance.forecast.Backtest.Summary s : backtest.summary()) {
            int[] h = held.computeIfAbsent(s.method().cliName(), k -> new int[2]);
            h[0] += s.held();
            h[1] += s.ranged();
        }
        for (uk.org.wcf.finance.forecast.Backtest.Summary s : backtest.summary()) {
            String m = s.method().cliName();
            int[] h = held.get(m);
            String series = m + (h[1] == 0 ? "" : String.format(Locale.ROOT, " (range held %d of %d)", h[0], h[1]));
            data.addValue(s.medianAbsPercent(), series, "P" + s.period());
        }
        BarRenderer r = new BarRenderer();
        bars(r);
        r.setMaximumBarWidth(0.08);
        NumberFormat oneDecimal = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.UK));
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", oneDecimal));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(TEXT);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        CategoryPlot plot = plot(data, "median abs. % error", r, PlotOrientation.VERTICAL);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setNumberFormatOverride(oneDecimal);
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.UK));
        axis.setAutoRangeMinimumSize(1);
        return chart("Outturn forecasts backtested on " + backtest.year() + ": median abs. % error", plot, true);
    }

    private static void requireSameSize(List<String> categories, List<Long> values) {
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(values, "values");
        if (categories.size() != values.size()) {
            throw new IllegalArgumentException(
                    "a chart needs one value per category: " + categories.size() + " categories, " + values.size() + " values");
        }
        if (categories.stream().distinct().count() != categories.size()) {
            throw new IllegalArgumentException("a chart's categories must differ from each other: " + categories);
        }
    }

    /**
     * @param chart a chart
     * @return the chart as PNG bytes, {@link #WIDTH} by {@link #HEIGHT}
     * @throws IOException on failure
     */
    public static byte[] png(JFreeChart chart) throws IOException {
        headless();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
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
