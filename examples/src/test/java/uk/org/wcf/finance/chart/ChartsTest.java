package uk.org.wcf.finance.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;

import uk.org.wcf.finance.data.WcfData;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.s251.S251Benchmark;
import uk.org.wcf.finance.time.FiscalYear;

/** Each chart renders at its size, is not blank, and draws its colours. */
class ChartsTest {

    private static List<CategoryChart> charts() {
        return List.of(Charts.varianceByLine(WcfData.dsgReport2019P6()),
                Charts.bridgeWaterfall(WcfData.plan2020(), FiscalYear.of(2021)),
                Charts.planByDirectorate(WcfData.plan2020()),
                Charts.dsgReserve(WcfData.dsgReserve2019()));
    }

    @Test
    void pngsHaveTheirSizeAndAreNotBlank() throws Exception {
        for (CategoryChart c : charts()) {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(Charts.png(c)));
            assertThat(img.getWidth()).isEqualTo(1000);
            assertThat(img.getHeight()).isEqualTo(560);
            Set<Integer> colours = new HashSet<>();
            int notWhite = 0;
            for (int x = 0; x < img.getWidth(); x += 2) {
                for (int y = 0; y < img.getHeight(); y += 2) {
                    int rgb = img.getRGB(x, y) & 0xffffff;
                    colours.add(rgb);
                    if (rgb != 0xffffff) {
                        notWhite++;
                    }
                }
            }
            assertThat(colours.size()).as(c.getTitle()).isGreaterThan(10);
            assertThat(notWhite).as(c.getTitle()).isGreaterThan(2000);
        }
    }

    @Test
    void theVarianceChartDrawsTheOverspendInRedAndTheWaterfallItsSteps() throws Exception {
        BufferedImage variance = ImageIO.read(new ByteArrayInputStream(Charts.png(charts().get(0))));
        assertThat(count(variance, Charts.OVERSPEND.getRGB())).isGreaterThan(1000);
        BufferedImage bridge = ImageIO.read(new ByteArrayInputStream(Charts.png(charts().get(1))));
        assertThat(count(bridge, Charts.OVERSPEND.getRGB())).isGreaterThan(1000);
        assertThat(count(bridge, Charts.TOTAL.getRGB())).isGreaterThan(1000);
    }

    @Test
    void theS251ChartHighlightsTheCouncilAndMarksItsGroup() throws Exception {
        List<S251Benchmark.CouncilFigure> figures = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            figures.add(S251Benchmark.CouncilFigure.of(String.valueOf(800 + i), "Council " + i, Gbp.pounds(1_000_000L * (i + 1))));
        }
        CategoryChart c = Charts.s251Ranking("Line 15", figures, "805", Set.of("810", "811"));
        assertThat(c.getSeriesMap().keySet()).containsExactly("Other councils", "Group", "805 Council 5");
        assertThat(nonZero(c, "805 Council 5")).containsExactly(6000.0);
        assertThat(nonZero(c, "Group")).containsExactly(12000.0, 11000.0);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(Charts.png(c)));
        assertThat(count(img, Charts.OVERSPEND.getRGB())).isGreaterThan(100);
        assertThat(count(img, Charts.UNDERSPEND.getRGB())).isGreaterThan(100);
    }

    @Test
    void svgsAreSvg() throws Exception {
        for (CategoryChart c : charts()) {
            String svg = new String(Charts.svg(c), StandardCharsets.UTF_8);
            assertThat(svg).contains("<svg").contains("</svg>");
            assertThat(svg.length()).isGreaterThan(10_000);
        }
    }

    private static List<Double> nonZero(CategoryChart c, String series) {
        return c.getSeriesMap().get(series).getYData().stream().map(Number::doubleValue).filter(v -> v != 0).toList();
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
}
