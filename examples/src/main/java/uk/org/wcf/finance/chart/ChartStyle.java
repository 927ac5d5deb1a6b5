package uk.org.wcf.finance.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
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
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The house look every chart family shares ({@link Charts}, {@link DsgPlanCharts}, {@link S251Charts},
 * {@link ForecastCharts}): fonts, flat bars, value labels in £000, a value axis that includes zero with a line at
 * zero, category labels on up to three lines, the legend below.
 */
final class ChartStyle {

    /** Labels, ticks and legends. */
    static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    /** Titles. */
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);

    /** The colours of stacked series, in order. */
    private static final Color[] STACK = {Charts.TOTAL, new Color(0xE6, 0x7E, 0x22), new Color(0x7F, 0x8C, 0x8D),
        new Color(0x8E, 0x44, 0xAD), Charts.UNDERSPEND, Charts.OVERSPEND};

    private ChartStyle() {
    }

    static void bars(BarRenderer r) {
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setMaximumBarWidth(0.12);
    }

    /** Value labels on every item, the negative ones placed on the other side when a position is given. */
    static void labels(org.jfree.chart.renderer.category.AbstractCategoryItemRenderer r, ItemLabelPosition positive,
            ItemLabelPosition negative) {
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", Charts.thousands()));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(TEXT);
        r.setDefaultPositiveItemLabelPosition(positive);
        r.setDefaultNegativeItemLabelPosition(negative == null ? positive : negative);
    }

    static CategoryPlot plot(DefaultCategoryDataset data, String valueTitle, org.jfree.chart.renderer.category.CategoryItemRenderer r,
            PlotOrientation orientation) {
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(TEXT);
        categories.setMaximumCategoryLabelLines(3);
        categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        NumberAxis values = new NumberAxis(valueTitle);
        values.setTickLabelFont(TEXT);
        values.setLabelFont(TEXT);
        values.setNumberFormatOverride(Charts.thousands());
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

    static JFreeChart chart(String title, CategoryPlot plot, boolean legend) {
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

    static void requireSameSize(List<String> categories, List<Long> values) {
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

    /** Stacked bars with the house colours, each segment labelled (white on it, or dark beside one too thin). */
    static StackedBarRenderer stackedRenderer() {
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
}
