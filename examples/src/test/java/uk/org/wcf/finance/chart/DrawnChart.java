package uk.org.wcf.finance.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chart read back from its SVG as drawn: the value axis's scale (worked out from the tick labels and the
 * grid lines they label, not from the chart library), the bars, the line segments and the text. Used to check
 * that each bar or point sits where its value says on the axis.
 */
final class DrawnChart {

    private static final Pattern ATTR = Pattern.compile("(\\w[\\w-]*)='([^']*)'");
    private static final Pattern ELEMENT = Pattern.compile("<(rect|line|text)\\s([^>]*?)/?>(?:([^<]*)</text>)?");
    private static final String GRID = "rgb(204,204,204)";
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    record Text(double x, double y, String text) {
        double centreX() {
            return x + TICK_FONT.getStringBounds(text, new FontRenderContext(null, true, true)).getWidth() / 2;
        }
    }

    /** A filled rectangle: left, top, width, height, fill colour. */
    record Box(double x, double y, double w, double h, String fill) {
    }

    /** A stroked line. */
    record Segment(double x1, double y1, double x2, double y2, String stroke) {
    }

    final boolean horizontal;
    final List<Text> texts = new ArrayList<>();
    final List<Box> boxes = new ArrayList<>();
    final List<Segment> segments = new ArrayList<>();
    /** The data area: left, top, right, bottom (the plot's background). */
    final double left;
    final double top;
    final double right;
    final double bottom;
    /** Pixels per £000 and the pixel of zero on the value axis. */
    final double slope;
    final double zero;
    /** The value axis's labelled ticks: value, pixel. */
    final List<double[]> ticks = new ArrayList<>();

    DrawnChart(byte[] svg, boolean horizontal) {
        this.horizontal = horizontal;
        String s = new String(svg, StandardCharsets.UTF_8);
        // drop the clip path definitions
        s = s.replaceAll("<defs>.*?</defs>", "");
        Matcher m = ELEMENT.matcher(s);
        while (m.find()) {
            java.util.Map<String, String> a = new java.util.HashMap<>();
            Matcher am = ATTR.matcher(m.group(2));
            while (am.find()) {
                a.put(am.group(1), am.group(2));
            }
            switch (m.group(1)) {
                case "rect" -> boxes.add(new Box(d(a, "x"), d(a, "y"), d(a, "width"), d(a, "height"), style(a, "fill")));
                case "line" -> segments.add(new Segment(d(a, "x1"), d(a, "y1"), d(a, "x2"), d(a, "y2"), style(a, "stroke")));
                default -> texts.add(new Text(d(a, "x"), d(a, "y"), unescape(m.group(3) == null ? "" : m.group(3))));
            }
        }
        List<Segment> grid = segments.stream().filter(g -> GRID.equals(g.stroke())).toList();
        if (grid.size() < 2) {
            throw new AssertionError("the chart has fewer than two grid lines");
        }
        // the plot's background: the largest white box smaller than the whole chart
        Box area = boxes.stream().filter(b -> "rgb(255,255,255)".equals(b.fill()) && b.w() * b.h() < Charts.WIDTH * Charts.HEIGHT)
                .max(Comparator.comparingDouble(b -> b.w() * b.h())).orElseThrow(() -> new AssertionError("no plot area"));
        left = area.x();
        right = area.x() + area.w();
        top = area.y();
        bottom = area.y() + area.h();
        NumberFormat f = Charts.thousands();
        for (Text t : texts) {
            boolean outside = horizontal ? t.y() < top : t.x() < left;
            ParsePosition p = new ParsePosition(0);
            Number n = f.parse(t.text(), p);
            if (!outside || n == null || p.getIndex() != t.text().length()) {
                continue;
            }
            // the grid line this label names: the nearest one across the axis
            double at = horizontal ? t.centreX() : t.y() - 4;
            OptionalDouble line = grid.stream().mapToDouble(g -> horizontal ? g.x1() : g.y1())
                    .filter(v -> Math.abs(v - at) < 10).min();
            if (line.isPresent()) {
                double best = grid.stream().mapToDouble(g -> horizontal ? g.x1() : g.y1())
                        .boxed().min(Comparator.comparingDouble(v -> Math.abs(v - at))).orElseThrow();
                ticks.add(new double[] {n.doubleValue(), best});
            }
        }
        if (ticks.size() < 2) {
            throw new AssertionError("fewer than two labelled ticks on the value axis: " + ticks.size());
        }
        ticks.sort(Comparator.comparingDouble(t -> t[0]));
        double[] a = ticks.get(0);
        double[] b = ticks.get(ticks.size() - 1);
        if (a[0] == b[0]) {
            throw new AssertionError("the value axis's tick labels all read " + a[0]);
        }
        slope = (b[1] - a[1]) / (b[0] - a[0]);
        zero = a[1] - a[0] * slope;
        for (double[] t : ticks) {
            if (Math.abs(pixel(t[0]) - t[1]) > 0.5) {
                throw new AssertionError("the value axis is not linear: tick " + t[0] + " is at " + t[1] + ", not " + pixel(t[0]));
            }
        }
    }

    /** @return the pixel (y when vertical, x when horizontal) of a value in £000 */
    double pixel(double value) {
        return zero + value * slope;
    }

    /** @return the value a pixel stands for */
    double value(double pixel) {
        return (pixel - zero) / slope;
    }

    /** @return the boxes of these fill colours inside the data area, in category order */
    List<Box> bars(String... fills) {
        List<String> f = List.of(fills);
        return boxes.stream().filter(b -> f.contains(b.fill()))
                .filter(b -> b.x() >= left - 0.5 && b.x() + b.w() <= right + 0.5 && b.y() >= top - 0.5 && b.y() + b.h() <= bottom + 0.5)
                .sorted(Comparator.comparingDouble(b -> horizontal ? b.y() : b.x())).toList();
    }

    /** @return the lines of this stroke colour inside the data area, in category order */
    List<Segment> lines(String stroke) {
        return segments.stream().filter(s -> stroke.equals(s.stroke()))
                .filter(s -> s.y1() >= top - 0.5 && s.y1() <= bottom + 0.5 && s.x1() >= left - 0.5 && s.x1() <= right + 0.5)
                .sorted(Comparator.comparingDouble(Segment::x1)).toList();
    }

    /** @return the extent of a box along the value axis, low pixel first */
    double[] extent(Box b) {
        return horizontal ? new double[] {b.x(), b.x() + b.w()} : new double[] {b.y(), b.y() + b.h()};
    }

    /** @return every text's content, in drawing order, joined by spaces */
    String allText() {
        return String.join(" ", texts.stream().map(Text::text).toList()).replaceAll("\\s+", " ");
    }

    static String rgb(java.awt.Color c) {
        return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }

    private static double d(java.util.Map<String, String> a, String k) {
        String v = a.get(k);
        return v == null ? Double.NaN : Double.parseDouble(v);
    }

    private static String style(java.util.Map<String, String> a, String key) {
        String st = a.getOrDefault("style", "");
        Matcher m = Pattern.compile("(?:^|;)\\s*" + key + "\\s*:\\s*([^;]+)").matcher(st);
        return m.find() ? m.group(1).trim() : "";
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&#163;", "£")
                .replace("&amp;", "&");
    }
}
