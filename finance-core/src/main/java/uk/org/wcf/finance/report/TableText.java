package uk.org.wcf.finance.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link RoundedTable} for people: as an aligned plain-text table in the published layout, or as a
 * Markdown table. Both list the table's footing differences under it. (CSV, JSON and spreadsheets are written
 * by finance-io.)
 */
public final class TableText {

    private TableText() {
    }

    /**
     * An aligned text table: title, unit, headings, one line per row, then any footing differences.
     *
     * @param table the rounded table
     * @return the text, ending with a line break
     */
    public static String text(RoundedTable table) {
        StringBuilder sb = new StringBuilder(grid(table.table().title() + " (" + table.policy().unit().label() + ")",
                cells(table, FigureFormat.PRINTED), 2));
        footing(table, sb, "");
        return sb.toString();
    }

    /**
     * Any grid of cells as aligned text: the first {@code textColumns} columns left-aligned, the rest (figures)
     * right-aligned, a rule under the heading row.
     *
     * @param title the title line
     * @param given a heading row, then the rows
     * @param textColumns how many leading columns are text
     * @return the text, ending with a line break
     */
    public static String grid(String title, List<String[]> given, int textColumns) {
        // shown on a terminal: a control or direction-override character is shown as <U+001B>, never run
        List<String[]> cells = given.stream().map(r -> java.util.Arrays.stream(r).map(SafeText::visible).toArray(String[]::new)).toList();
        title = SafeText.visible(title);
        int n = cells.get(0).length;
        int[] width = new int[n];
        boolean[] used = new boolean[n];
        for (String[] row : cells) {
            for (int i = 0; i < n; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (int r = 1; r < cells.size(); r++) {
            for (int i = 0; i < n; i++) {
                used[i] |= !cells.get(r)[i].isEmpty();
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(title).append('\n');
        for (int r = 0; r < cells.size(); r++) {
            String[] row = cells.get(r);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i < textColumns && !used[i]) {
                    continue;
                }
                String cell = row[i];
                String pad = " ".repeat(width[i] - cell.length());
                line.append(line.length() == 0 ? "" : "  ").append(i < textColumns ? cell + pad : pad + cell);
            }
            String l = line.toString().stripTrailing();
            sb.append(l).append('\n');
            if (r == 0) {
                sb.append("-".repeat(l.length())).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * A Markdown table with a heading line and the footing differences as a list.
     *
     * @param table the rounded table
     * @return the Markdown, ending with a line break
     */
    public static String markdown(RoundedTable table) {
        StringBuilder sb = new StringBuilder(markdownGrid(table.table().title() + " (" + table.policy().unit().label()
                + ")", cells(table, FigureFormat.PRINTED), 2));
        footing(table, sb, "- ");
        return sb.toString();
    }

    /**
     * Any grid of cells as a Markdown table under a level-3 heading.
     *
     * @param title the heading
     * @param cells a heading row, then the rows
     * @param textColumns how many leading columns are text (left-aligned)
     * @return the Markdown, ending with a line break
     */
    public static String markdownGrid(String title, List<String[]> cells, int textColumns) {
        StringBuilder sb = new StringBuilder();
        sb.append("### ").append(markdownText(title)).append("\n\n");
        for (int r = 0; r < cells.size(); r++) {
            String[] row = cells.get(r);
            sb.append('|');
            for (String c : row) {
                sb.append(' ').append(markdownText(c)).append(" |");
            }
            sb.append('\n');
            if (r == 0) {
                sb.append('|');
                for (int i = 0; i < row.length; i++) {
                    sb.append(i < textColumns ? " --- |" : " ---: |");
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Text as Markdown shows it, unchanged: the characters Markdown would read as markup ({@code | * _ ` [ ] < > ~ #
     * \}, and {@code &} before a name, as in an entity) are escaped with a backslash, and a character no reader of
     * the library accepts (a line break, a control or direction-override character) is written visibly as
     * {@code <U+000A>} (see {@link SafeText}), so a label never splits a table row or runs as markup.
     *
     * @param text the text
     * @return the Markdown
     */
    public static String markdownText(String text) {
        String t = SafeText.visible(text);
        StringBuilder sb = new StringBuilder(t.length() + 8);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ("\\|*_`[]<>~#".indexOf(c) >= 0
                    || c == '&' && i + 1 < t.length() && (Character.isLetterOrDigit(t.charAt(i + 1)) || t.charAt(i + 1) == '#')) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * The table as rows of strings: a heading row, then one row per table row; the first two columns are the
     * reference and the label.
     *
     * @param table the rounded table
     * @param format how figures are written
     * @return the cells
     */
    public static List<String[]> cells(RoundedTable table, FigureFormat format) {
        FigureTable t = table.table();
        List<String[]> out = new ArrayList<>();
        String[] head = new String[t.columns().size() + 2];
        head[0] = "Ref";
        head[1] = "Line";
        for (int i = 0; i < t.columns().size(); i++) {
            head[i + 2] = t.columns().get(i).heading();
        }
        out.add(head);
        for (FigureTable.Row r : t.rows()) {
            String[] row = new String[head.length];
            row[0] = r.ref();
            row[1] = r.label();
            for (int i = 0; i < t.columns().size(); i++) {
                row[i + 2] = format.format(table.cell(r.key(), t.columns().get(i).key()));
            }
            out.add(row);
        }
        return out;
    }

    private static void footing(RoundedTable table, StringBuilder sb, String bullet) {
        List<FootingDifference> diffs = table.footingDifferences();
        if (diffs.isEmpty()) {
            return;
        }
        sb.append(bullet.isEmpty() ? "" : "\n").append(bullet.isEmpty() ? "Footing (totals are rounded once from exact values):\n"
                : "Footing (totals are rounded once from exact values):\n\n");
        for (FootingDifference d : diffs) {
            FigureTable t = table.table();
            boolean md = !bullet.isEmpty();
            String label = md ? markdownText(t.row(d.row()).label()) : SafeText.visible(t.row(d.row()).label());
            String heading = md ? markdownText(t.column(d.column()).heading()) : SafeText.visible(t.column(d.column()).heading());
            sb.append(md ? bullet : "  ").append(label).append(" / ").append(heading).append(": total ")
                    .append(FigureFormat.PRINTED.format(d.roundedTotal())).append(", rounded parts add to ")
                    .append(FigureFormat.PRINTED.format(d.sumOfRoundedParts())).append(" (difference ")
                    .append(d.difference() > 0 ? "+" : "").append(d.difference()).append(")\n");
        }
    }
}
