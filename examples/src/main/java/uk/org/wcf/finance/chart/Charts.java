package uk.org.wcf.finance.chart;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.joda.money.Money;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.dsg.DsgReserve;
import uk.org.wcf.finance.io.AtomicFiles;
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
 * Charts of the model (XChart), as PNG or SVG: variance by line (diverging bars, overspend and underspend in
 * different colours), the year-to-year bridge as a waterfall, the plan by directorate (stacked), and the DSG
 * reserve over time. Figures are plotted at whole £000, rounded by the {@link RoundingPolicy}.
 */
public final class Charts {

    /** Overspend: red. */
    public static final Color OVERSPEND = new Color(0xC0, 0x39, 0x2B);
    /** Underspend: green. */
    public static final Color UNDERSPEND = new Color(0x1E, 0x84, 0x49);
    /** Totals: blue. */
    public static final Color TOTAL = new Color(0x1F, 0x4E, 0x79);

    private static final Color INVISIBLE = new Color(0, 0, 0, 0);
    private static final RoundingPolicy K = RoundingPolicy.THOUSANDS;

    private Charts() {
    }

    private static CategoryChart chart(String title, String yTitle) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        CategoryChart c = new CategoryChartBuilder().width(1000).height(560).title(title).yAxisTitle(yTitle).build();
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        c.getStyler().setXAxisLabelRotation(20);
        c.getStyler().setDecimalPattern("#,##0");
        return c;
    }

    private static double k(Money m) {
        return K.units(m);
    }

    /**
     * Variance after adjustments by line: overspends above the axis in red, underspends below in green.
     *
     * @param report a monitoring report
     * @return the chart
     */
    public static CategoryChart varianceByLine(MonitoringReport report) {
        CategoryChart c = chart("Variance after adjustments, " + report.period(), "£000 (overspend +)");
        List<String> names = new ArrayList<>();
        List<Double> over = new ArrayList<>();
        List<Double> under = new ArrayList<>();
        for (MonitoringReport.Row r : report.rows()) {
            if (r.kind() == MonitoringReport.RowKind.LINE) {
                names.add(shortName(r.label()));
                double v = k(r.varianceAfterAdjustments());
                over.add(v > 0 ? v : 0);
                under.add(v < 0 ? v : 0);
            }
        }
        c.getStyler().setOverlapped(true);
        c.getStyler().setSeriesColors(new Color[] {OVERSPEND, UNDERSPEND});
        c.addSeries("Overspend", names, over);
        c.addSeries("Underspend", names, under);
        return c;
    }

    /**
     * The bridge into a plan year as a waterfall: the previous year, each driver's step (increases red,
     * decreases green) and the year, in £000.
     *
     * @param plan the plan
     * @param year a plan year after the first
     * @return the chart
     */
    public static CategoryChart bridgeWaterfall(Plan plan, FiscalYear year) {
        BudgetBook to = plan.year(year);
        BudgetBook from = plan.year(year.previous());
        Map<Driver, Money> steps = new LinkedHashMap<>();
        for (BridgeLine b : plan.bridge(year)) {
            steps.merge(b.driver(), b.amount(), Money::plus);
        }
        // bars stand on a floor just below the lower year, so that the steps can be seen; the axis labels add it back
        double floor = Math.min(k(from.grossExpenditure()), k(to.grossExpenditure()));
        Money running = from.grossExpenditure();
        for (Money step : steps.values()) {
            running = running.plus(step);
            floor = Math.min(floor, k(running));
        }
        floor = Math.floor(floor * 0.97 / 1000) * 1000;
        List<String> x = new ArrayList<>();
        List<Double> base = new ArrayList<>();
        List<Double> up = new ArrayList<>();
        List<Double> down = new ArrayList<>();
        List<Double> total = new ArrayList<>();
        x.add(from.year().toString());
        add(base, up, down, total, 0, 0, 0, k(from.grossExpenditure()) - floor);
        running = from.grossExpenditure();
        for (var e : steps.entrySet()) {
            Money next = running.plus(e.getValue());
            double lo = Math.min(k(running), k(next)) - floor;
            double height = Math.abs(k(next) - k(running));
            x.add(e.getKey().label());
            add(base, up, down, total, lo, e.getValue().isPositive() ? height : 0, e.getValue().isNegative() ? height : 0, 0);
            running = next;
        }
        x.add(year.toString());
        add(base, up, down, total, 0, 0, 0, k(to.grossExpenditure()) - floor);
        CategoryChart c = chart("Bridge from " + from.year() + " to " + year + " (gross expenditure)", "£000");
        c.getStyler().setStacked(true);
        c.getStyler().setSeriesColors(new Color[] {INVISIBLE, OVERSPEND, UNDERSPEND, TOTAL});
        double shift = floor;
        c.getStyler().setyAxisTickLabelsFormattingFunction(v -> String.format(Locale.UK, "%,.0f", v + shift));
        c.addSeries(" ", x, base).setShowInLegend(false);
        c.addSeries("Increase", x, up);
        c.addSeries("Decrease", x, down);
        c.addSeries("Year", x, total);
        return c;
    }

    private static void add(List<Double> base, List<Double> up, List<Double> down, List<Double> total, double b, double u,
            double d, double t) {
        base.add(b);
        up.add(u);
        down.add(d);
        total.add(t);
    }

    /**
     * The plan's gross expenditure by directorate, stacked, one bar per year.
     *
     * @param plan the plan
     * @return the chart
     */
    public static CategoryChart planByDirectorate(Plan plan) {
        CategoryChart c = chart("Gross expenditure by directorate", "£000");
        c.getStyler().setStacked(true);
        List<String> years = plan.years().stream().map(b -> b.year().toString() + (b.status().name().equals("AGREED") ? "" : " (ind.)"))
                .toList();
        Map<Directorate, List<Double>> series = new LinkedHashMap<>();
        for (BudgetBook b : plan.years()) {
            Map<Directorate, Money> byDir = new LinkedHashMap<>();
            for (Service s : b.services()) {
                byDir.merge(s.directorate(), b.grossOf(s), Money::plus);
            }
            byDir.forEach((d, m) -> series.computeIfAbsent(d, x -> new ArrayList<>()).add(k(m)));
        }
        series.forEach((d, v) -> c.addSeries(d.name(), years, v));
        return c;
    }

    /**
     * The DSG reserve balance: opening, after each movement, and closing (a deficit is negative).
     *
     * @param reserve the reserve
     * @return the chart
     */
    public static CategoryChart dsgReserve(DsgReserve reserve) {
        CategoryChart c = chart("DSG reserve " + reserve.year() + " (a deficit is negative)", "£000");
        c.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        c.getStyler().setSeriesColors(new Color[] {OVERSPEND});
        List<String> x = new ArrayList<>(List.of("Opening " + reserve.year().start()));
        List<Double> y = new ArrayList<>(List.of(k(reserve.opening())));
        Money balance = reserve.opening();
        for (DsgReserve.Movement m : reserve.movements()) {
            balance = balance.plus(m.amount());
            x.add(shortName(m.line()) + " " + m.period().label());
            y.add(k(balance));
        }
        x.add("Closing " + reserve.year().end());
        y.add(k(reserve.closing()));
        c.addSeries("Balance", x, y);
        return c;
    }

    /**
     * Every council's figure as a bar, highest first, in £000: the council highlighted, a group's councils marked,
     * the rest grey. Councils with no figure (not applicable) have no bar.
     *
     * @param title the title (the line, the measure and the year)
     * @param figures every council's figure
     * @param la the council to highlight
     * @param group the group's council codes (empty for none)
     * @return the chart
     */
    public static CategoryChart s251Ranking(String title, List<S251Benchmark.CouncilFigure> figures, String la,
            java.util.Set<String> group) {
        CategoryChart c = chart(title, "£000");
        List<S251Benchmark.CouncilFigure> sorted = new ArrayList<>(figures);
        sorted.sort(java.util.Comparator.comparing((S251Benchmark.CouncilFigure f) -> f.value().getAmount()).reversed());
        List<String> names = new ArrayList<>();
        List<Double> others = new ArrayList<>();
        List<Double> marked = new ArrayList<>();
        List<Double> council = new ArrayList<>();
        for (S251Benchmark.CouncilFigure f : sorted) {
            names.add(f.la());
            double v = k(f.value());
            boolean isCouncil = f.la().equals(la);
            boolean inGroup = !isCouncil && group.contains(f.la());
            others.add(isCouncil || inGroup ? 0 : v);
            marked.add(inGroup ? v : 0);
            council.add(isCouncil ? v : 0);
        }
        c.getStyler().setOverlapped(true);
        c.getStyler().setXAxisTicksVisible(false);
        c.getStyler().setPlotGridVerticalLinesVisible(false);
        c.getStyler().setXAxisTitleVisible(true);
        c.setXAxisTitle(sorted.size() + " councils, highest first");
        c.getStyler().setSeriesColors(new Color[] {new Color(0xB0, 0xB0, 0xB0), UNDERSPEND, OVERSPEND});
        String councilName = sorted.stream().filter(f -> f.la().equals(la)).map(f -> la + " " + f.name()).findFirst()
                .orElse(la + " (no figure)");
        c.addSeries("Other councils", names, others);
        c.addSeries(group.isEmpty() ? "Group (none given)" : "Group", names, marked);
        c.addSeries(councilName, names, council);
        return c;
    }

    private static String shortName(String label) {
        String s = label.startsWith("DSG - ") ? label.substring(6) : label;
        return s.length() > 28 ? s.substring(0, 27) + "…" : s;
    }

    /**
     * @param chart a chart
     * @return the chart as PNG bytes
     * @throws IOException on failure
     */
    public static byte[] png(Chart<?, ?> chart) throws IOException {
        return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    }

    /**
     * @param chart a chart
     * @return the chart as SVG text
     * @throws IOException on failure
     */
    public static byte[] svg(Chart<?, ?> chart) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        return out.toByteArray();
    }

    /**
     * A chart as PNG or SVG bytes, by the file's ending.
     *
     * @param chart a chart
     * @param file a .png or .svg file name
     * @return the bytes
     * @throws IOException on failure
     */
    public static byte[] bytes(Chart<?, ?> chart, Path file) throws IOException {
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
    public static void save(Chart<?, ?> chart, Path file) throws IOException {
        byte[] b = bytes(chart, file);
        AtomicFiles.write(file, out -> out.write(b));
    }
}
