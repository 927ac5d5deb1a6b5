package uk.org.wcf.finance.jupyter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.jfree.chart.JFreeChart;
import org.joda.money.BigMoney;
import org.joda.money.Money;

import uk.org.wcf.finance.chart.Charts;
import uk.org.wcf.finance.io.write.HtmlReport;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.report.FigureFormat;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.report.RoundedTable;
import uk.org.wcf.finance.report.TableText;

/**
 * How the kernel shows a value: a table as an HTML table and as the aligned text JShell prints (both at £000
 * through the rounding policy, footing differences under them); a chart as a PNG; money as pounds with separators
 * and brackets for a negative ({@code £5,982,377.21}, not Joda's {@code GBP 5982377.21}); anything else as the text
 * JShell shows for it. A named variable is shown as JShell shows it, {@code name ==> value}.
 */
final class Display {

    private Display() {
    }

    /**
     * @param name the variable's name, or empty for an expression's value
     * @param value the value
     * @param text JShell's text for the value
     * @return the display data
     */
    static DisplayData of(String name, Object value, String text) {
        String prefix = name.isEmpty() ? "" : name + " ==> ";
        DisplayData d = new DisplayData();
        if (value instanceof JFreeChart chart) {
            d.putText(prefix + "chart: " + title(chart));
            try {
                d.putData("image/png", Base64.getEncoder().encodeToString(Charts.png(chart)));
            } catch (IOException e) {
                throw new UncheckedIOException("the chart '" + title(chart) + "' could not be drawn", e);
            }
            return d;
        }
        RoundedTable table = value instanceof FigureTable f ? f.round(RoundingPolicy.THOUSANDS)
                : value instanceof RoundedTable r ? r : null;
        if (table != null) {
            String plain = TableText.text(table);
            d.putText(prefix + (plain.contains("\n") ? "\n" : "") + plain.stripTrailing());
            d.putHTML(html(name, table));
            return d;
        }
        if (value instanceof Money m && m.getCurrencyUnit().equals(Gbp.GBP)) {
            // Joda's own form is GBP 5982377.21; a person reads pounds with separators and brackets for a negative
            d.putText(prefix + Gbp.readable(m));
            return d;
        }
        if (value instanceof BigMoney b && b.getCurrencyUnit().equals(Gbp.GBP)) {
            d.putText(prefix + Gbp.readable(b.toMoney(java.math.RoundingMode.HALF_UP)));
            return d;
        }
        d.putText(prefix + (text.contains("\n") ? "\n" : "") + text);
        return d;
    }

    /** A rounded table as an HTML table: figures right-aligned, totals in bold, footing differences under it. */
    static String html(String name, RoundedTable table) {
        String title = table.table().title() + " (" + table.policy().unit().label() + ")";
        List<String[]> cells = TableText.cells(table, FigureFormat.PRINTED);
        StringBuilder sb = new StringBuilder("<div class=\"wcf-table\">\n");
        if (!name.isEmpty()) {
            sb.append("<code>").append(HtmlReport.escape(name)).append("</code> ==&gt;\n");
        }
        sb.append("<table>\n<caption style=\"text-align:left;font-weight:bold\">").append(HtmlReport.escape(title))
                .append("</caption>\n<thead><tr>");
        String[] head = cells.get(0);
        for (int i = 0; i < head.length; i++) {
            sb.append(i < 2 ? "<th style=\"text-align:left\">" : "<th style=\"text-align:right\">")
                    .append(HtmlReport.escape(head[i])).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (int r = 1; r < cells.size(); r++) {
            boolean total = table.table().rows().get(r - 1).isTotal();
            sb.append("<tr>");
            String[] row = cells.get(r);
            for (int i = 0; i < row.length; i++) {
                String cell = HtmlReport.escape(row[i]);
                sb.append(i < 2 ? "<td style=\"text-align:left\">" : "<td style=\"text-align:right\">")
                        .append(total ? "<b>" + cell + "</b>" : cell).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
        String plain = TableText.text(table);
        String grid = TableText.grid(title, cells, 2);
        String notes = plain.startsWith(grid) ? plain.substring(grid.length()).strip() : "";
        if (!notes.isEmpty()) {
            sb.append("<p>").append(HtmlReport.escape(notes).replace("\n", "<br>\n")).append("</p>\n");
        }
        return sb.append("</div>").toString();
    }

    private static String title(JFreeChart chart) {
        return chart.getTitle() == null ? "" : chart.getTitle().getText();
    }
}
