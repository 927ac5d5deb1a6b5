package uk.org.wcf.finance.notebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.List;

import uk.org.wcf.finance.io.write.HtmlReport;

/** Writes a run notebook as a standalone HTML page (charts embedded) or as Markdown (charts as files beside it). */
public final class NotebookDocument {

    private NotebookDocument() {
    }

    /**
     * @param title the title
     * @param cells the cells as run
     * @return the HTML page
     * @throws IOException when a chart cannot be read
     */
    public static String html(String title, List<NotebookRunner.Cell> cells) throws IOException {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(HtmlReport.escape(title)).append("</title>\n<style>\n")
                .append("body{font-family:Arial,Helvetica,sans-serif;margin:2em;max-width:72em;color:#111}\n")
                .append(".cell{margin:1.2em 0}.prose{margin:0.4em 0}\n")
                .append("pre{margin:0;padding:0.6em;overflow-x:auto;font-size:0.85em}\n")
                .append("pre.code{background:#f4f6f8;border-left:3px solid #1f4e79}\n")
                .append("pre.out{background:#fff;border-left:3px solid #aaa}\n")
                .append("pre.err{background:#fdecea;border-left:3px solid #c0392b}\n")
                .append("img{max-width:100%;border:1px solid #ddd;margin-top:0.4em}\n</style>\n</head>\n<body>\n<h1>")
                .append(HtmlReport.escape(title)).append("</h1>\n");
        for (NotebookRunner.Cell c : cells) {
            sb.append("<div class=\"cell\">\n");
            if (!c.prose().isEmpty()) {
                sb.append("<p class=\"prose\">").append(HtmlReport.escape(c.prose()).replace("\n", "<br>")).append("</p>\n");
            }
            if (!c.code().isBlank()) {
                sb.append("<pre class=\"code\">").append(HtmlReport.escape(c.code())).append("</pre>\n");
            }
            if (!c.output().isEmpty()) {
                sb.append("<pre class=\"out\">").append(HtmlReport.escape(c.output())).append("</pre>\n");
            }
            for (Path img : c.images()) {
                sb.append("<img alt=\"chart\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(Files.readAllBytes(img))).append("\">\n");
            }
            if (c.failed()) {
                sb.append("<pre class=\"err\">").append(HtmlReport.escape(c.error())).append("</pre>\n");
            }
            sb.append("</div>\n");
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    /**
     * @param title the title
     * @param cells the cells as run
     * @param imagePrefix the name charts are written under, beside the document ({@code NAME-1.png}, ...)
     * @param dir the folder of the document
     * @return the Markdown
     * @throws IOException when a chart cannot be copied
     */
    public static String markdown(String title, List<NotebookRunner.Cell> cells, String imagePrefix, Path dir) throws IOException {
        StringBuilder sb = new StringBuilder("# ").append(title).append("\n\n");
        int n = 0;
        for (NotebookRunner.Cell c : cells) {
            if (!c.prose().isEmpty()) {
                sb.append(c.prose()).append("\n\n");
            }
            if (!c.code().isBlank()) {
                sb.append("```java\n").append(c.code()).append("\n```\n\n");
            }
            if (!c.output().isEmpty()) {
                sb.append("```\n").append(c.output()).append("\n```\n\n");
            }
            for (Path img : c.images()) {
                String name = imagePrefix + "-" + ++n + ".png";
                Path copy = dir.resolve(name);
                Files.copy(img, copy, StandardCopyOption.REPLACE_EXISTING);
                // readable as the page is: the temporary file it came from was private to its owner
                if (Files.getFileStore(copy).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
                    Files.setPosixFilePermissions(copy, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
                }
                sb.append("![chart](").append(name).append(")\n\n");
            }
            if (c.failed()) {
                sb.append("> **Error:** ").append(c.error()).append("\n\n");
            }
        }
        return sb.toString();
    }
}
