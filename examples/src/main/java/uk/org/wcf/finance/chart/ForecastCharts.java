package uk.org.wcf.finance.chart;

import static uk.org.wcf.finance.chart.ChartStyle.TEXT;
import static uk.org.wcf.finance.chart.ChartStyle.bars;
import static uk.org.wcf.finance.chart.ChartStyle.chart;
import static uk.org.wcf.finance.chart.ChartStyle.plot;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Charts of outturn forecasting (JFreeChart, in the house look of {@link Charts}): how each forecasting method did
 * when backtested on a past year. Write them with {@link Charts#save} or {@link Charts#bytes}.
 */
public final class ForecastCharts {

    private ForecastCharts() {
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
}
