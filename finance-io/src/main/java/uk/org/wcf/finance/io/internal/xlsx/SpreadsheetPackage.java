package uk.org.wcf.finance.io.internal.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The parts of an XLSX package that do not depend on what the sheets hold: content types, relationships, the
 * workbook (with the flag that recalculates every formula on opening), the shared strings, XML escaping, and the zip
 * itself, each part with the same time so that the same workbook gives the same bytes. {@code XlsxWriter} lays out
 * the sheets and their styles.
 */
public final class SpreadsheetPackage {

    private SpreadsheetPackage() {
    }

    /** The XML declaration every part starts with. */
    public static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    /** SpreadsheetML's namespace. */
    public static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    /** The same time on every part, so that the same tables give the same bytes. */
    private static final LocalDateTime PART_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    /**
     * Writes the package: content types, relationships, the workbook, its styles, the sheets in order and the
     * shared strings. The zip is finished, not closed, so the caller's stream stays open.
     *
     * @param out where to write
     * @param names the sheets' names, in order
     * @param styles the part {@code xl/styles.xml}
     * @param sheets the sheets' parts, in the same order
     * @param strings the workbook's shared strings
     * @throws IOException from the stream
     */
    public static void write(OutputStream out, List<String> names, String styles, List<String> sheets, SharedStrings strings)
            throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        part(zip, "[Content_Types].xml", contentTypes(names.size()));
        part(zip, "_rels/.rels", XML + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\"><Relationship Id=\"rId1\""
                + " Type=\"" + OFFICE_RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        part(zip, "xl/workbook.xml", workbook(names));
        part(zip, "xl/_rels/workbook.xml.rels", workbookRelationships(names.size()));
        part(zip, "xl/styles.xml", styles);
        for (int i = 0; i < sheets.size(); i++) {
            part(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", sheets.get(i));
        }
        part(zip, "xl/sharedStrings.xml", strings.xml());
        zip.finish(); // the caller's stream stays open
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(PART_TIME);
        zip.putNextEntry(e);
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String contentTypes(int sheets) {
        StringBuilder x = new StringBuilder(XML).append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"").append(CONTENT_TYPE).append("sheet.main+xml\"/>")
                .append("<Override PartName=\"/xl/styles.xml\" ContentType=\"").append(CONTENT_TYPE).append("styles+xml\"/>")
                .append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"").append(CONTENT_TYPE).append("sharedStrings+xml\"/>");
        for (int i = 1; i <= sheets; i++) {
            x.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"").append(CONTENT_TYPE)
                    .append("worksheet+xml\"/>");
        }
        return x.append("</Types>").toString();
    }

    /** The sheets, in order, and the flag that makes Excel and LibreOffice recalculate every formula on opening. */
    private static String workbook(List<String> names) {
        StringBuilder x = new StringBuilder(XML).append("<workbook xmlns=\"").append(MAIN).append("\" xmlns:r=\"")
                .append(OFFICE_RELATIONSHIPS).append("\"><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < names.size(); i++) {
            x.append("<sheet name=\"");
            escape(x, names.get(i));
            x.append("\" sheetId=\"").append(i + 1).append("\" r:id=\"rId").append(i + 3).append("\"/>");
        }
        return x.append("</sheets><calcPr fullCalcOnLoad=\"1\"/></workbook>").toString();
    }

    private static String workbookRelationships(int sheets) {
        StringBuilder x = new StringBuilder(XML).append("<Relationships xmlns=\"").append(PACKAGE_RELATIONSHIPS).append("\">")
                .append("<Relationship Id=\"rId1\" Type=\"").append(OFFICE_RELATIONSHIPS).append("/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                .append("<Relationship Id=\"rId2\" Type=\"").append(OFFICE_RELATIONSHIPS).append("/styles\" Target=\"styles.xml\"/>");
        for (int i = 1; i <= sheets; i++) {
            x.append("<Relationship Id=\"rId").append(i + 2).append("\" Type=\"").append(OFFICE_RELATIONSHIPS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        return x.append("</Relationships>").toString();
    }

    /** The workbook's text, each string once, cells referring to it by its index. */
    public static final class SharedStrings {
        /** Excel's limit on a cell's text (POI checks it too). */
        private static final int MAX_TEXT = 32_767;
        private final Map<String, Integer> index = new LinkedHashMap<>();
        private int count;

        /** An empty table. */
        public SharedStrings() {
        }

        /**
         * @param s a cell's text
         * @return its index in the table
         */
        public int of(String s) {
            if (s.length() > MAX_TEXT) {
                throw new IllegalArgumentException("a cell holds at most 32,767 characters of text, not " + s.length()
                        + ": '" + s.substring(0, 40) + "...'");
            }
            count++;
            // a plain lookup, not computeIfAbsent with a lambda: a JDK 17 class-data archive leaves out the lambdas of a
            // nested class whose outer class has none on the path it was trained on, so that one was made at every run
            Integer i = index.get(s);
            if (i == null) {
                i = index.size();
                index.put(s, i);
            }
            return i;
        }

        /** @return the part {@code xl/sharedStrings.xml} */
        public String xml() {
            StringBuilder x = new StringBuilder(XML).append("<sst xmlns=\"").append(MAIN).append("\" count=\"").append(count)
                    .append("\" uniqueCount=\"").append(index.size()).append("\">");
            for (String s : index.keySet()) {
                boolean edges = !s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
                x.append(edges ? "<si><t xml:space=\"preserve\">" : "<si><t>");
                escape(x, s);
                x.append("</t></si>");
            }
            return x.append("</sst>").toString();
        }
    }

    /**
     * Appends text escaped for XML content or an attribute. A character XML 1.0 cannot hold (a control character
     * other than tab and line ends, a lone surrogate, U+FFFE, U+FFFF) is written as "?", as POI writes it; a
     * carriage return is a character reference, which a parser keeps.
     */
    public static void escape(StringBuilder x, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> x.append("&amp;");
                case '<' -> x.append("&lt;");
                case '>' -> x.append("&gt;");
                case '"' -> x.append("&quot;");
                case '\r' -> x.append("&#13;");
                case '\t', '\n' -> x.append(c);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        x.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        x.append('?');
                    } else {
                        x.append(c);
                    }
                }
            }
        }
    }

}
