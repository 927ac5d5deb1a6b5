package uk.org.wcf.finance.io.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import uk.org.wcf.finance.io.write.HtmlReport;
import uk.org.wcf.finance.io.StructuredFormat;
import uk.org.wcf.finance.report.TableText;

/**
 * One thing to export (made by {@link Exporter}), written whole in any of the formats it has: its CSV, JSON and YAML
 * forms are the library's file formats for it, its workbook a sheet per table, and its Markdown and HTML the same
 * tables at £000 for people.
 */
public final class Export {

    /** The UTF-8 byte-order mark before CSV, so that Excel opens the file as UTF-8 (the library's readers skip it). */
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Writes a workbook. */
    @FunctionalInterface
    interface Workbook {
        void write(OutputStream out) throws IOException;
    }

    private final String what;
    private final String title;
    private final Supplier<String> csv;
    private final Function<StructuredFormat, String> tree;
    private final Workbook xlsx;
    private final List<HtmlReport.Section> sections;
    private final Set<ExportFormat> formats;

    /**
     * @param sections the tables for Markdown and HTML; empty when the export has neither (a budget book, written
     *        only in forms the library reads back)
     */
    Export(String what, String title, Supplier<String> csv, Function<StructuredFormat, String> tree, Workbook xlsx,
            List<HtmlReport.Section> sections) {
        this.what = what;
        this.title = title;
        this.csv = csv;
        this.tree = tree;
        this.xlsx = xlsx;
        this.sections = List.copyOf(sections);
        this.formats = sections.isEmpty() ? EnumSet.of(ExportFormat.XLSX, ExportFormat.CSV, ExportFormat.JSON,
                ExportFormat.YAML) : EnumSet.allOf(ExportFormat.class);
    }

    /** @return what is exported, as a user names it: budget, book, plan, monitor or reserves */
    public String what() {
        return what;
    }

    /** @return the title of the Markdown and HTML forms */
    public String title() {
        return title;
    }

    /** @return the formats this export is written in */
    public Set<ExportFormat> formats() {
        return Set.copyOf(formats);
    }

    /**
     * Writes the export in a format.
     *
     * @param format the format
     * @param out where to write (not closed)
     * @throws IllegalArgumentException when this export has no such format, before anything is written
     * @throws IOException when writing fails
     */
    public void write(ExportFormat format, OutputStream out) throws IOException {
        if (!formats.contains(format)) {
            throw new IllegalArgumentException("the " + what + " export is written as " + formats.stream()
                    .map(ExportFormat::toString).collect(Collectors.joining(", ")) + ", not " + format);
        }
        switch (format) {
            case XLSX -> xlsx.write(out);
            case CSV -> {
                out.write(BOM);
                out.write(csv.get().getBytes(StandardCharsets.UTF_8));
            }
            case JSON -> out.write(tree.apply(StructuredFormat.JSON).getBytes(StandardCharsets.UTF_8));
            case YAML -> out.write(tree.apply(StructuredFormat.YAML).getBytes(StandardCharsets.UTF_8));
            case MD -> out.write(markdown().getBytes(StandardCharsets.UTF_8));
            case HTML -> out.write(HtmlReport.page(title, "wcf-finance, figures in GBP thousands", sections)
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The title as a heading, then each table as a Markdown grid (through {@link TableText}) with its notes. */
    private String markdown() {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        for (HtmlReport.Section s : sections) {
            md.append(TableText.markdownGrid(s.title(), s.cells(), s.textColumns()));
            s.notes().forEach(n -> md.append("\n").append(n).append('\n'));
            md.append('\n');
        }
        return md.toString();
    }

    /** @return what is exported and its title */
    @Override
    public String toString() {
        return what + ": " + title;
    }
}
