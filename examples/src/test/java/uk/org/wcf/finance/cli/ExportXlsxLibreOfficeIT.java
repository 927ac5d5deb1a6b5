package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exported workbook opened in LibreOffice (headless, recalculating every formula on load) shows, sheet by sheet,
 * the table the CLI prints: each title, heading, label, £000 figure (negatives in brackets) and percentage, every
 * total recalculated from its parts.
 */
class ExportXlsxLibreOfficeIT {

    @TempDir
    Path dir;

    /** The CLI's own tables in £000, as it writes them in Markdown: title, then rows of cells (headings first). */
    private static Map<String, List<List<String>>> printedTables(String markdown) {
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        List<List<String>> current = null;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("### ")) {
                current = new ArrayList<>();
                tables.put(line.substring(4).strip(), current);
            } else if (current != null && line.startsWith("|") && !line.startsWith("| ---")) {
                String inner = line.strip().substring(1, line.strip().length() - 1);
                current.add(Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList());
            }
        }
        return tables;
    }

    @ParameterizedTest
    @ValueSource(strings = {"budget", "plan", "monitor", "reserves"})
    void everySheetShowsTheTableTheCliPrints(String what) throws Exception {
        LibreOffice.require();
        Cli.Run xlsx = Cli.run(dir, "export", what, "--format", "xlsx", "--output", what + ".xlsx");
        assertThat(xlsx.exit()).as(xlsx.err()).isZero();
        Cli.Run md = Cli.run(dir, "export", what, "--format", "md", "--output", what + ".md");
        assertThat(md.exit()).as(md.err()).isZero();
        Map<String, List<List<String>>> printed = printedTables(Files.readString(dir.resolve(what + ".md")));

        List<Path> sheets = LibreOffice.convert(dir.resolve(what + ".xlsx"), LibreOffice.CSV_EVERY_SHEET_AS_SHOWN,
                Files.createDirectories(dir.resolve("csv")), dir);
        assertThat(sheets).as("one sheet per printed table").hasSize(printed.size());
        for (Path sheet : sheets) {
            List<List<String>> shown = Files.readAllLines(sheet, StandardCharsets.UTF_8).stream().map(LibreOffice::csvRow).toList();
            String title = shown.get(0).get(0);
            assertThat(printed).as(sheet.getFileName().toString()).containsKey(title);
            List<List<String>> table = printed.get(title);
            List<String> headings = shown.get(1);
            assertThat(table).as(title + ": printed rows").hasSizeGreaterThan(1);
            assertThat(shown).as(title + ": the title, the headings and one row per printed row").hasSize(table.size() + 1);
            for (int c = 0; c < headings.size(); c++) {
                // the printed table may have a Ref column where the sheet, with no references, has none
                int p = table.get(0).indexOf(headings.get(c));
                assertThat(p).as(title + ": heading " + headings.get(c)).isNotNegative();
                for (int r = 1; r < table.size(); r++) {
                    assertThat(shown.get(r + 1).get(c)).as(title + ", row " + r + ", " + headings.get(c))
                            .isEqualTo(table.get(r).get(p));
                }
            }
        }
    }
}
