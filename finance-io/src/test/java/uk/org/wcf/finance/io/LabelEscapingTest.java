package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.joda.money.Money;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import uk.org.wcf.finance.io.internal.csv.CsvTable;
import uk.org.wcf.finance.io.internal.tree.TreeNode;
import uk.org.wcf.finance.io.internal.tree.YamlMarks;
import uk.org.wcf.finance.io.write.Csv;
import uk.org.wcf.finance.io.write.HtmlReport;
import uk.org.wcf.finance.io.write.XlsxWriter;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.Approval;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.report.SafeText;
import uk.org.wcf.finance.report.TableText;
import uk.org.wcf.finance.reserve.EarmarkedReserve;
import uk.org.wcf.finance.reserve.ReserveLedger;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * Labels, names and codes written in every format come back unchanged: each writer quotes or escapes what its
 * format would read as something else (a comment, a formula, a number or a date, markup, a new row), and each is
 * read back by a reader of that format: the library's own, SnakeYAML as a YAML 1.1 reader, CommonMark with GFM
 * tables for Markdown, jsoup for HTML and POI for XLSX. Control and direction-override characters are refused on
 * the way in, and written visibly, never as themselves, on the way out.
 */
class LabelEscapingTest {

    /** Text that reads as something else somewhere: YAML 1.1 scalars, CSV, spreadsheet, Markdown and HTML markup. */
    private static final List<String> TOKENS = List.of("yes", "No", "on", "OFF", "y", "~", "null", "true", "+1", "-1",
            ".inf", "-.Inf", ".NaN", "0x10", "0o17", "0b101", "017", "1_000", "1e3", "12:30", "190:20:30", "2020-01-01",
            "2001-12-14t21:59:43.10-05:00", "<<", "=", "=SUM(A1)", "@cmd", "+", "-", "'", "\"", ",", "#", "# x", ": ",
            "- ", "? ", "|", ">", "*", "_", "`", "[", "]", "{", "}", "<b>", "</td>", "&amp;", "&#39;", "&", "\\", "\\|",
            "~~", "**", "_x0041_", "_x005F_", "%", "!", "!!str", "&a", "*a", "Caf\u00e9", "\u00a3", "\u4e2d\u6587",
            "\ud83d\udcb7", "\u05e2\u05d1\u05e8\u05d9\u05ea", "A", "b", "Placements", "1", "0", " ", "  ", ".", "...",
            "---", "--", "P6", "2019/20", "(975)", "1,234.56");

    /** Labels: one to five tokens run together, as read (no blank, no surrounding space). */
    static Gen<String> labels() {
        return lists().of(arbitrary().pick(TOKENS)).ofSizeBetween(1, 5).map(l -> String.join("", l))
                .map(String::strip).map(s -> s.isEmpty() ? "x" : s);
    }

    private static ByteArrayInputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSharedCsvWriterAndReaderGiveBackEveryLabel() {
        qt().forAll(lists().of(labels()).ofSizeBetween(1, 4)).checkAssert(labels -> {
            StringBuilder csv = new StringBuilder("label\n");
            labels.forEach(l -> csv.append(Csv.line(List.of(l))));
            List<String> back = new ArrayList<>();
            try (CsvTable t = CsvTable.open("l.csv", in(csv.toString()), List.of("label"), List.of())) {
                ReadResult<List<String>> r = t.readAll(row -> row.text("label"));
                assertThat(r.problems()).isEmpty();
                back.addAll(r.value().orElseThrow());
            }
            assertThat(back).isEqualTo(labels);
        });
    }

    private static ReserveLedger ledger(List<String> names, String description) {
        List<EarmarkedReserve> reserves = new ArrayList<>();
        Approval a = Approval.changeRequest(description, LocalDate.of(2020, 7, 1));
        for (int i = 0; i < names.size(); i++) {
            Money m = Money.of(Gbp.GBP, 10 + i);
            reserves.add(EarmarkedReserve.opening(names.get(i) + (i == 0 ? "" : " " + i), FiscalYear.of(2020), m.multipliedBy(2))
                    .draw(description, m, a, false));
        }
        return new ReserveLedger(FiscalYear.of(2020), reserves);
    }

    @Test
    void labelsComeBackFromCsvJsonAndYamlAndAYaml11ReaderReadsThemAsText() {
        qt().forAll(lists().of(labels()).ofSizeBetween(1, 4), labels()).checkAssert((names, description) -> {
            ReserveLedger ledger = ledger(names, description);
            assertThat(ReserveLedgerCsv.read("r.csv", in(ReserveLedgerCsv.write(List.of(ledger)))).orThrow())
                    .containsExactly(ledger);
            for (StructuredFormat f : StructuredFormat.values()) {
                String text = ReserveLedgerFile.write(ledger, f);
                assertThat(ReserveLedgerFile.read("r", in(text), f).orThrow()).isEqualTo(ledger);
                // YAML 1.1 (SnakeYAML, like PyYAML and Ruby's Psych) reads every name and description as that text,
                // never as a number, a boolean, a date or null; JSON is YAML too
                Map<String, Object> doc = new Yaml(new LoaderOptions()).load(text);
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> reserves = (List<Map<String, Object>>) doc.get("reserves");
                for (int i = 0; i < reserves.size(); i++) {
                    assertThat(reserves.get(i).get("name")).as(text).isEqualTo(ledger.reserves().get(i).name());
                }
                assertThat(text).as("no reader finds an anchor, alias or tag in what the library writes")
                        .satisfies(t -> assertThat(YamlMarks.refused("r", t.getBytes(StandardCharsets.UTF_8))).isEmpty());
            }
        });
    }

    private static FigureTable table(List<String> labels) {
        FigureTable.Builder b = FigureTable.builder("t", "Labels").column("a", "Amount");
        for (int i = 0; i < labels.size(); i++) {
            b.row("r" + i, "", labels.get(i), Money.of(Gbp.GBP, i));
        }
        return b.build();
    }

    @Test
    void markdownTablesShowEachLabelAsItIsInOneCell() {
        Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
        qt().forAll(lists().of(labels()).ofSizeBetween(1, 4), labels()).checkAssert((labels, title) -> {
            List<String[]> cells = new ArrayList<>();
            cells.add(new String[] {"Line", "Amount"});
            labels.forEach(l -> cells.add(new String[] {l, "1"}));
            String md = TableText.markdownGrid(title, cells, 1);
            Node doc = parser.parse(md);
            assertThat(doc.getFirstChild()).isInstanceOf(Heading.class);
            assertThat(text(doc.getFirstChild())).as(md).isEqualTo(title);
            assertThat(doc.getFirstChild().getNext()).as(md).isInstanceOf(TableBlock.class);
            List<List<String>> rows = rows(doc);
            assertThat(rows).as(md).hasSize(labels.size() + 1);
            for (int i = 0; i < labels.size(); i++) {
                assertThat(rows.get(i + 1)).as(md).containsExactly(labels.get(i), "1");
            }
        });
    }

    private static List<List<String>> rows(Node doc) {
        List<List<String>> rows = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableRow) {
                    List<String> row = new ArrayList<>();
                    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                        assertThat(c).isInstanceOf(TableCell.class);
                        row.add(text(c));
                    }
                    rows.add(row);
                } else {
                    visitChildren(node);
                }
            }

            @Override
            public void visit(CustomBlock node) {
                visitChildren(node);
            }
        });
        return rows;
    }

    /** The text a reader sees: literal text and code, with no markup. */
    private static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                sb.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                sb.append('`').append(c.getLiteral()).append('`');
            }
        });
        return sb.toString();
    }

    @Test
    void htmlShowsEachLabelAsItIs() {
        qt().forAll(lists().of(labels()).ofSizeBetween(1, 4), labels()).checkAssert((labels, title) -> {
            List<String[]> cells = new ArrayList<>();
            cells.add(new String[] {"Line", "Amount"});
            labels.forEach(l -> cells.add(new String[] {l, "1"}));
            String html = HtmlReport.page(title, title, List.of(new HtmlReport.Section(title, cells, 1, List.of(), List.of(title))));
            Document d = Jsoup.parse(html);
            assertThat(d.selectFirst("title").wholeText()).isEqualTo(title);
            List<Element> tds = d.select("tbody tr td:first-child");
            assertThat(tds).hasSize(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                assertThat(tds.get(i).wholeText()).as(html).isEqualTo(labels.get(i));
            }
        });
    }

    @Test
    void xlsxCellsHoldEachLabelAsItIs() {
        qt().withExamples(40).forAll(lists().of(labels()).ofSizeBetween(1, 4)).checkAssert(labels -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                XlsxWriter.write(List.of(XlsxWriter.SheetSpec.of(table(labels))), out);
                try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                    for (int i = 0; i < labels.size(); i++) {
                        assertThat(wb.getSheetAt(0).getRow(2 + i).getCell(0).getStringCellValue()).isEqualTo(labels.get(i));
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void controlAndDirectionOverrideCharactersAreRefusedAtTheirCellInCsvAndYaml() {
        qt().forAll(labels(), integers().between(0, 5), arbitrary().pick(List.of('\u0000', '\t', '\n', '\r', '\u001b',
                '\u007f', '\u0085', '\u2028', '\u202e', '\u2066', '\ufeff'))).checkAssert((label, at, bad) -> {
            // inside the text: a tab or a line break before or after it is trimmed as space, as every reader trims
            String l = "a" + label.substring(0, Math.min(at, label.length())) + bad + label.substring(Math.min(at, label.length())) + "z";
            String csv = "label,n\n\"" + l.replace("\"", "\"\"") + "\",1\n";
            try (CsvTable t = CsvTable.open("l.csv", in(csv), List.of("label", "n"), List.of())) {
                List<Problem> p = t.readAll(row -> row.text("label")).problems();
                assertThat(p).hasSize(1);
                assertThat(p.get(0).line()).isEqualTo(2);
                assertThat(p.get(0).column()).isEqualTo(1);
                assertThat(p.get(0).toString()).contains(SafeText.describe(bad)).doesNotContain(String.valueOf(bad));
            }
            String yaml = "name: \"" + l.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                    .replace("\t", "\\t").replace("\u0000", "\\0").replace("\u001b", "\\e").replace("\u007f", "\\x7f")
                    .replace("\u0085", "\\N").replace("\u2028", "\\L").replace("\ufeff", "\\ufeff") + "\"\n";
            List<Problem> p = TreeNode.read("a.yaml", in(yaml), StructuredFormat.YAML).problems();
            assertThat(p).as(yaml).hasSize(1);
            assertThat(p.get(0).line()).isEqualTo(1);
            assertThat(p.get(0).column()).isEqualTo(7);
        });
    }

    @Test
    void aLabelWithAControlCharacterIsWrittenVisiblyNeverAsItself() {
        String label = "Care\u001b[31m\u202eA\nB|";
        assertThat(Csv.text(label)).isEqualTo("Care<U+001B>[31m<U+202E>A<U+000A>B|");
        assertThat(TableText.markdownText(label)).isEqualTo("Care\\<U+001B\\>\\[31m\\<U+202E\\>A\\<U+000A\\>B\\|");
        assertThat(HtmlReport.escape(label)).isEqualTo("Care&lt;U+001B&gt;[31m&lt;U+202E&gt;A\nB|");
        assertThat(Problem.ofFile("f", "x '" + label + "'").toString()).isEqualTo("f: x 'Care<U+001B>[31m<U+202E>A<U+000A>B|'");
    }
}
