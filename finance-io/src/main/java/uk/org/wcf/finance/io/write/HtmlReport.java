package uk.org.wcf.finance.io.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import uk.org.wcf.finance.report.SafeText;

/**
 * A standalone, printable HTML page of report tables: no scripts, no external files; figures right-aligned,
 * negatives in brackets as the published tables print them, totals in bold, notes under each table.
 */
public final class HtmlReport {

    /**
     * One table of the page.
     *
     * @param title the table's title
     * @param cells a heading row, then the rows (figures already formatted)
     * @param textColumns how many leading columns are text
     * @param totalRows the indexes (in {@code cells}, 1-based after the heading) of total rows, shown in bold
     * @param notes notes shown under the table
     */
    public record Section(String title, List<String[]> cells, int textColumns, List<Integer> totalRows, List<String> notes) {
        /**
         * Copies the lists.
         *
         * @param title not null
         * @param cells at least a heading row
         * @param textColumns 0 or more
         * @param totalRows the total rows
         * @param notes the notes
         */
        public Section {
            Objects.requireNonNull(title, "title");
            cells = List.copyOf(cells);
            totalRows = List.copyOf(totalRows);
            notes = List.copyOf(notes);
        }
    }

    private HtmlReport() {
    }

    /**
     * Writes the page.
     *
     * @param title the page title
     * @param subtitle a line under the title (source, date), or empty
     * @param sections the tables
     * @return the HTML document
     */
    public static String page(String title, String subtitle, List<Section> sections) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n")
                .append("body{font-family:Arial,Helvetica,sans-serif;margin:2em;color:#111}\n")
                .append("h1{font-size:1.4em}h2{font-size:1.1em;margin-top:2em}\n")
                .append("table{border-collapse:collapse;margin:0.5em 0;font-size:0.9em}\n")
                .append("th,td{border-bottom:1px solid #ccc;padding:0.25em 0.6em}\n")
                .append("th{text-align:left;background:#f0f0f0;vertical-align:bottom}\n")
                .append("td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n")
                .append("tr.total td{font-weight:bold;border-top:1px solid #333}\n")
                .append("p.note{font-size:0.85em;color:#444;margin:0.2em 0}\n")
                .append("@media print{body{margin:1cm}h2{page-break-after:avoid}table{page-break-inside:avoid}}\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n");
        if (!subtitle.isEmpty()) {
            sb.append("<p>").append(escape(subtitle)).append("</p>\n");
        }
        for (Section s : sections) {
            sb.append("<h2>").append(escape(s.title())).append("</h2>\n<table>\n<thead><tr>");
            String[] head = s.cells().get(0);
            for (int i = 0; i < head.length; i++) {
                sb.append(i < s.textColumns() ? "<th>" : "<th class=\"n\">").append(escape(head[i])).append("</th>");
            }
            sb.append("</tr></thead>\n<tbody>\n");
            for (int r = 1; r < s.cells().size(); r++) {
                sb.append(s.totalRows().contains(r) ? "<tr class=\"total\">" : "<tr>");
                String[] row = s.cells().get(r);
                for (int i = 0; i < row.length; i++) {
                    sb.append(i < s.textColumns() ? "<td>" : "<td class=\"n\">").append(escape(row[i])).append("</td>");
                }
                sb.append("</tr>\n");
            }
            sb.append("</tbody>\n</table>\n");
            for (String n : s.notes()) {
                sb.append("<p class=\"note\">").append(escape(n)).append("</p>\n");
            }
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    /**
     * Escapes text for HTML. Tabs and line breaks are kept (code and output are shown in {@code <pre>}); any other
     * control character, and the direction-override characters that would show text in another order than it is
     * stored, are written visibly as {@code <U+202E>} (see {@link SafeText}).
     *
     * @param text the text
     * @return the escaped text
     */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            if (SafeText.unsafe(ch) && ch != '\n' && ch != '\r' && ch != '\t' && !Character.isSurrogate(ch)) {
                sb.append(String.format(java.util.Locale.ROOT, "&lt;U+%04X&gt;", (int) ch));
                continue;
            }
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }

    /**
     * The 1-based indexes of rows whose label is one of the given total labels.
     *
     * @param cells heading row then rows
     * @param labelColumn the column holding labels
     * @param totals the labels of total rows
     * @return the indexes
     */
    public static List<Integer> totalRows(List<String[]> cells, int labelColumn, List<String> totals) {
        List<Integer> out = new ArrayList<>();
        for (int r = 1; r < cells.size(); r++) {
            if (totals.contains(cells.get(r)[labelColumn])) {
                out.add(r);
            }
        }
        return out;
    }
}
