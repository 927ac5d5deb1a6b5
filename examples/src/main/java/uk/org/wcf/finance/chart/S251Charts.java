package uk.org.wcf.finance.chart;

import static uk.org.wcf.finance.chart.ChartStyle.TEXT;
import static uk.org.wcf.finance.chart.ChartStyle.bars;
import static uk.org.wcf.finance.chart.ChartStyle.chart;
import static uk.org.wcf.finance.chart.ChartStyle.plot;
import static uk.org.wcf.finance.chart.Charts.OVERSPEND;
import static uk.org.wcf.finance.chart.Charts.UNDERSPEND;
import static uk.org.wcf.finance.chart.Charts.thousands;

import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import uk.org.wcf.finance.money.RoundingPolicy;

/**
 * Charts of section 251 returns (JFreeChart, in the house look of {@link Charts}): a council's figure ranked among
 * every council's. Figures are plotted at whole £000, rounded by the {@link RoundingPolicy}. Write them with
 * {@link Charts#save} or {@link Charts#bytes}.
 */
public final class S251Charts {

    private static final RoundingPolicy K = RoundingPolicy.THOUSANDS;

    private S251Charts() {
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
    public static JFreeChart ranking(String title, List<uk.org.wcf.finance.s251.S251Benchmark.CouncilFigure> figures,
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
}
