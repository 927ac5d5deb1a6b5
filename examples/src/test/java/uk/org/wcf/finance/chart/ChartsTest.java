package uk.org.wcf.finance.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.data.WcfData;
import uk.org.wcf.finance.dsg.DsgReserve;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.monitor.MonitoringReport;
import uk.org.wcf.finance.plan.BridgeLine;
import uk.org.wcf.finance.plan.Driver;
import uk.org.wcf.finance.plan.Plan;
import uk.org.wcf.finance.structure.Directorate;
import uk.org.wcf.finance.structure.Service;
import java.util.Set;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.s251.S251Benchmark;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * Every chart is checked as drawn: rendered to SVG and read back, each bar's ends and each point sit where their
 * values say on the value axis (whose scale is read from its own tick labels), within a pixel, for all-negative,
 * mixed-sign and all-positive series; every value carries its £000 label; category labels are whole; the
 * legend lies outside the data.
 */
class ChartsTest {

    private static final RoundingPolicy K = RoundingPolicy.THOUSANDS;
    private static final String RED = DrawnChart.rgb(Charts.OVERSPEND);
    private static final String GREEN = DrawnChart.rgb(Charts.UNDERSPEND);
    private static final String BLUE = DrawnChart.rgb(Charts.TOTAL);

    // --- the DSG reserve (the chart that once drew a flat line) and balances of every sign

    @Test
    void theDsgReserveIsDrawnAtItsBalancesNotAsAFlatLine() {
        DsgReserve reserve = WcfData.dsgReserve2019();
        List<Long> balances = new ArrayList<>(List.of(K.units(reserve.opening())));
        Money b = reserve.opening();
        for (DsgReserve.Movement m : reserve.movements()) {
            b = b.plus(m.amount());
            balances.add(K.units(b));
        }
        balances.add(K.units(reserve.closing()));
        assertThat(balances).first().isEqualTo(-633L);
        assertThat(balances).last().isEqualTo(-8_657L);
        DrawnChart drawn = assertLineDrawnAt(Charts.dsgReserve(reserve), balances);
        assertThat(drawn.allText()).contains("(633)", "(8,657)");
    }

    @Test
    void aBalanceLineIsDrawnAtItsValuesWhateverTheirSigns() {
        assertLineDrawnAt(line(List.of(-633L, -8_647L, -8_657L, -8_657L)), List.of(-633L, -8_647L, -8_657L, -8_657L));
        assertLineDrawnAt(line(List.of(1_200L, -450L, 0L, 2_900L, -3L)), List.of(1_200L, -450L, 0L, 2_900L, -3L));
        assertLineDrawnAt(line(List.of(633L, 8_647L, 8_657L, 9_001L)), List.of(633L, 8_647L, 8_657L, 9_001L));
    }

    @Test
    void anyBalanceLineIsDrawnAtItsValues() {
        qt().withExamples(25).forAll(lists().of(integers().between(-200_000, 200_000)).ofSizeBetween(2, 8))
                .checkAssert(v -> {
                    List<Long> values = v.stream().map(Integer::longValue).toList();
                    assertLineDrawnAt(line(values), values);
                });
    }

    private static JFreeChart line(List<Long> values) {
        return Charts.balanceLine("Balance", "Balance", categories(values.size()), values);
    }

    private static DrawnChart assertLineDrawnAt(JFreeChart chart, List<Long> values) {
        DrawnChart drawn = new DrawnChart(Charts.svg(chart), false);
        List<DrawnChart.Segment> segments = drawn.lines(RED);
        assertThat(segments).as("one segment between each pair of points").hasSize(values.size() - 1);
        for (int i = 0; i < segments.size(); i++) {
            assertThat(segments.get(i).y1()).as("point %d (%d)", i, values.get(i)).isCloseTo(drawn.pixel(values.get(i)), within(1.0));
            assertThat(segments.get(i).y2()).as("point %d (%d)", i + 1, values.get(i + 1))
                    .isCloseTo(drawn.pixel(values.get(i + 1)), within(1.0));
        }
        assertValueLabels(drawn, values);
        assertAxisIncludesZero(drawn);
        assertCategoryLabelsWhole(drawn, categoriesOf(chart));
        assertLegendOutsideTheData(drawn, List.of("Balance"));
        return drawn;
    }

    // --- bars of either sign (variance by line)

    @Test
    void theVarianceByLineIsDrawnAtItsVariances() {
        MonitoringReport report = WcfData.dsgReport2019P6();
        List<String> names = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (MonitoringReport.Row r : report.rows()) {
            if (r.kind() == MonitoringReport.RowKind.LINE) {
                names.add(r.label().startsWith("DSG - ") ? r.label().substring(6) : r.label());
                values.add(K.units(r.varianceAfterAdjustments()));
            }
        }
        assertBarsDrawnAt(Charts.varianceByLine(report), names, values);
    }

    @Test
    void signedBarsAreDrawnAtTheirValuesWhateverTheirSigns() {
        List<String> names = List.of("School Formula Budgets", "High Needs Pupils", "Statutory Duties / Historic Commitments",
                "De-Delegated Services");
        assertBarsDrawnAt(Charts.signedBars("t", "£000", names, List.of(-12L, -975L, -3_400L, -1L)), names,
                List.of(-12L, -975L, -3_400L, -1L));
        assertBarsDrawnAt(Charts.signedBars("t", "£000", names, List.of(12L, -975L, 3_400L, 0L)), names,
                List.of(12L, -975L, 3_400L, 0L));
        assertBarsDrawnAt(Charts.signedBars("t", "£000", names, List.of(12L, 975L, 3_400L, 1L)), names,
                List.of(12L, 975L, 3_400L, 1L));
    }

    @Test
    void anySignedBarsAreDrawnAtTheirValues() {
        qt().withExamples(25).forAll(lists().of(integers().between(-200_000, 200_000)).ofSizeBetween(1, 8)).checkAssert(v -> {
            List<Long> values = v.stream().map(Integer::longValue).toList();
            List<String> names = categories(values.size());
            assertBarsDrawnAt(Charts.signedBars("t", "£000", names, values), names, values);
        });
    }

    private static void assertBarsDrawnAt(JFreeChart chart, List<String> names, List<Long> values) {
        DrawnChart drawn = new DrawnChart(Charts.svg(chart), true);
        List<DrawnChart.Box> bars = drawn.bars(RED, GREEN);
        List<Long> nonZero = values.stream().filter(v -> v != 0).toList();
        assertThat(bars).as("one bar per non-zero value").hasSize(nonZero.size());
        for (int i = 0; i < bars.size(); i++) {
            long v = nonZero.get(i);
            assertThat(bars.get(i).fill()).as("colour of %d", v).isEqualTo(v > 0 ? RED : GREEN);
            assertSpan(drawn, drawn.extent(bars.get(i)), 0, v);
        }
        assertValueLabels(drawn, values);
        assertAxisIncludesZero(drawn);
        assertCategoryLabelsWhole(drawn, names);
        assertLegendOutsideTheData(drawn, List.of("Overspend (+)", "Underspend (-)"));
    }

    // --- waterfalls

    @Test
    void theBridgeIsDrawnAsAWaterfallFromZero() {
        Plan plan = WcfData.plan2020();
        FiscalYear year = FiscalYear.of(2021);
        Map<Driver, Money> steps = new LinkedHashMap<>();
        for (BridgeLine b : plan.bridge(year)) {
            steps.merge(b.driver(), b.amount(), Money::plus);
        }
        List<String> names = new ArrayList<>(List.of(year.previous().toString()));
        steps.keySet().forEach(d -> names.add(d.label()));
        names.add(year.toString());
        assertWaterfallDrawnAt(Charts.bridgeWaterfall(plan, year), K.units(plan.year(year.previous()).grossExpenditure()),
                steps.values().stream().map(K::units).toList(), K.units(plan.year(year).grossExpenditure()), names);
    }

    @Test
    void aWaterfallIsDrawnAtItsStepsWhateverTheirSigns() {
        List<String> names = List.of("2020/21", "Staffing inflation", "Savings", "Other movements", "2021/22");
        List<String> steps = names.subList(1, 4);
        for (List<Long> s : List.of(List.of(-735L, -2_000L, -48L), List.of(735L, -2_000L, 3_487L), List.of(735L, 2_000L, 3_487L))) {
            long end = 115_029 + s.stream().mapToLong(Long::longValue).sum();
            assertWaterfallDrawnAt(Charts.waterfall("t", names.get(0), 115_029, steps, s, names.get(4), end), 115_029, s, end, names);
        }
    }

    private static void assertWaterfallDrawnAt(JFreeChart chart, long start, List<Long> steps, long end, List<String> names) {
        DrawnChart drawn = new DrawnChart(Charts.svg(chart), false);
        List<DrawnChart.Box> bars = drawn.bars(RED, GREEN, BLUE);
        assertThat(bars).hasSize(steps.size() + 2);
        assertSpan(drawn, drawn.extent(bars.get(0)), 0, start);
        long running = start;
        for (int i = 0; i < steps.size(); i++) {
            long step = steps.get(i);
            assertThat(bars.get(i + 1).fill()).isEqualTo(step > 0 ? RED : GREEN);
            assertSpan(drawn, drawn.extent(bars.get(i + 1)), running, running + step);
            running += step;
        }
        assertSpan(drawn, drawn.extent(bars.get(bars.size() - 1)), 0, end);
        List<Long> values = new ArrayList<>(List.of(start));
        values.addAll(steps);
        values.add(end);
        assertValueLabels(drawn, values);
        assertThat(drawn.pixel(0)).as("the value axis starts at zero").isCloseTo(drawn.bottom, within(1.0));
        assertCategoryLabelsWhole(drawn, names);
        assertLegendOutsideTheData(drawn, List.of("Year", "Increase", "Decrease"));
    }

    // --- stacked bars

    @Test
    void thePlanByDirectorateStacksEachDirectorateAtItsValue() {
        Plan plan = WcfData.plan2020();
        DrawnChart drawn = new DrawnChart(Charts.svg(Charts.planByDirectorate(plan)), false);
        List<DrawnChart.Box> boxes = drawn.boxes.stream()
                .filter(b -> !b.fill().equals("rgb(255,255,255)") && b.y() >= drawn.top - 0.5 && b.y() + b.h() <= drawn.bottom + 0.5
                        && b.x() > drawn.left && b.w() > 20)
                .sorted(java.util.Comparator.comparingDouble((DrawnChart.Box b) -> b.x()).thenComparingDouble(b -> -(b.y() + b.h())))
                .toList();
        List<Long> all = new ArrayList<>();
        int i = 0;
        for (BudgetBook book : plan.years()) {
            Map<Directorate, Money> byDir = new LinkedHashMap<>();
            for (Service s : book.services()) {
                byDir.merge(s.directorate(), book.grossOf(s), Money::plus);
            }
            long base = 0;
            for (Money m : byDir.values()) {
                long v = K.units(m);
                all.add(v);
                assertSpan(drawn, drawn.extent(boxes.get(i++)), base, base + v);
                base += v;
            }
        }
        assertThat(boxes).hasSize(i);
        assertValueLabels(drawn, all);
        assertLegendOutsideTheData(drawn, plan.years().get(0).services().stream().map(s -> s.directorate().name()).distinct().toList());
    }

    // --- PNG

    @Test
    void pngsHaveTheirSizeAndDrawTheirColours() throws Exception {
        BufferedImage reserve = ImageIO.read(new ByteArrayInputStream(Charts.png(Charts.dsgReserve(WcfData.dsgReserve2019()))));
        assertThat(reserve.getWidth()).isEqualTo(Charts.WIDTH);
        assertThat(reserve.getHeight()).isEqualTo(Charts.HEIGHT);
        assertThat(count(reserve, Charts.OVERSPEND.getRGB())).isGreaterThan(500);
        BufferedImage bridge = ImageIO.read(new ByteArrayInputStream(Charts.png(Charts.bridgeWaterfall(WcfData.plan2020(), FiscalYear.of(2021)))));
        assertThat(count(bridge, Charts.OVERSPEND.getRGB())).isGreaterThan(500);
        assertThat(count(bridge, Charts.TOTAL.getRGB())).isGreaterThan(5000);
    }

    // --- helpers

    private static void assertSpan(DrawnChart drawn, double[] extent, long from, long to) {
        double a = drawn.pixel(from);
        double b = drawn.pixel(to);
        assertThat(extent[0]).as("%d to %d: low end", from, to).isCloseTo(Math.min(a, b), within(1.0));
        assertThat(extent[1]).as("%d to %d: high end", from, to).isCloseTo(Math.max(a, b), within(1.0));
    }

    private static void assertValueLabels(DrawnChart drawn, List<Long> values) {
        var f = Charts.thousands();
        List<String> texts = drawn.texts.stream().map(DrawnChart.Text::text).toList();
        for (long v : values) {
            assertThat(texts).as("a label for %d", v).contains(f.format(v));
        }
        if (values.stream().anyMatch(v -> v < 0)) {
            assertThat(texts).as("negatives in brackets").anyMatch(t -> t.startsWith("(") && t.endsWith(")"));
        }
        assertThat(texts).noneMatch(t -> t.matches("-[0-9].*"));
    }

    private static void assertAxisIncludesZero(DrawnChart drawn) {
        double lo = drawn.horizontal ? drawn.left : drawn.top;
        double hi = drawn.horizontal ? drawn.right : drawn.bottom;
        assertThat(drawn.pixel(0)).as("zero on the value axis").isBetween(lo - 0.5, hi + 0.5);
    }

    private static void assertCategoryLabelsWhole(DrawnChart drawn, List<String> names) {
        String all = drawn.allText();
        assertThat(all).doesNotContain("...").doesNotContain("…");
        for (String n : names) {
            assertThat(all).as("category label").contains(n);
        }
    }

    private static void assertLegendOutsideTheData(DrawnChart drawn, List<String> items) {
        for (String item : items) {
            List<DrawnChart.Text> t = drawn.texts.stream().filter(x -> x.text().equals(item)).toList();
            assertThat(t).as("legend item %s", item).isNotEmpty();
            assertThat(t).as("legend item %s below the data", item).anyMatch(x -> x.y() > drawn.bottom + 5);
        }
    }

    private static List<String> categories(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "Line " + i).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> categoriesOf(JFreeChart chart) {
        return ((List<Comparable<?>>) (List<?>) chart.getCategoryPlot().getDataset().getColumnKeys()).stream().map(Object::toString).toList();
    }

    private static int count(BufferedImage img, int argb) {
        int n = 0;
        for (int x = 0; x < img.getWidth(); x++) {
            for (int y = 0; y < img.getHeight(); y++) {
                if ((img.getRGB(x, y) & 0xffffff) == (argb & 0xffffff)) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void theS251ChartHighlightsTheCouncilAndMarksItsGroup() throws Exception {
        List<S251Benchmark.CouncilFigure> figures = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            figures.add(S251Benchmark.CouncilFigure.of(String.valueOf(800 + i), "Council " + i, Gbp.pounds(1_000_000L * (i + 1))));
        }
        JFreeChart c = S251Charts.ranking("Line 15", figures, "805", Set.of("810", "811"));
        var data = c.getCategoryPlot().getDataset();
        // highest first: 839 (40,000) ... 800 (1,000)
        assertThat(data.getColumnKey(0).toString()).isEqualTo("839");
        assertThat(data.getValue(0, data.getColumnIndex("805")).longValue()).isEqualTo(6000);
        var legend = c.getCategoryPlot().getFixedLegendItems();
        List<String> labels = IntStream.range(0, legend.getItemCount()).mapToObj(k -> legend.get(k).getLabel()).toList();
        assertThat(labels).containsExactly("805 Council 5", "Group", "Other councils");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(Charts.png(c)));
        assertThat(count(img, Charts.OVERSPEND.getRGB())).isGreaterThan(100);
        assertThat(count(img, Charts.UNDERSPEND.getRGB())).isGreaterThan(100);
        assertThat(new String(Charts.svg(c), java.nio.charset.StandardCharsets.UTF_8)).contains("805: 6,000");
    }

}
