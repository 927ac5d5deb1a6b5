package uk.org.wcf.finance.io.export;

import java.util.Locale;
import java.util.Optional;

/**
 * The file formats of an export. xlsx, csv, json and yaml are the library's own formats, which it reads back; md
 * (Markdown) and html (a printable page) are for people. {@link #toString()} is the name as a user types it
 * ({@code xlsx}), also the file ending.
 */
public enum ExportFormat {
    /** A workbook: one sheet per table, totals as formulas. */
    XLSX,
    /** The library's CSV form of what is exported, after a UTF-8 byte-order mark. */
    CSV,
    /** The library's JSON form. */
    JSON,
    /** The library's YAML form. */
    YAML,
    /** Markdown: each table as a grid at £000, under the title. */
    MD,
    /** A printable HTML page. */
    HTML;

    /** @return the name as a user types it, lower case */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return true for the formats the library reads back (xlsx, csv, json, yaml) */
    public boolean readsBack() {
        return this != MD && this != HTML;
    }

    /**
     * The format a file's ending names: {@code .xlsx}, {@code .csv}, {@code .json}, {@code .yaml} or {@code .yml},
     * {@code .md} or {@code .markdown}, {@code .html} or {@code .htm}, in any case.
     *
     * @param fileName the file's name
     * @return the format, or empty when the ending names none
     */
    public static Optional<ExportFormat> ofFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return Optional.ofNullable(switch (dot < 0 ? "" : n.substring(dot + 1)) {
            case "xlsx" -> XLSX;
            case "csv" -> CSV;
            case "json" -> JSON;
            case "yaml", "yml" -> YAML;
            case "md", "markdown" -> MD;
            case "html", "htm" -> HTML;
            default -> null;
        });
    }
}
