package uk.org.wcf.finance.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

import uk.org.wcf.finance.io.InvalidInputException;

/** A notebook's cells are the same in its .jsh and in the .ipynb made from it, and back. */
class NotebookSourceTest {

    static Stream<Path> notebooks() throws Exception {
        return NotebooksTest.notebooks();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notebooks")
    void aWorkedNotebookKeepsItsCellsThroughIpynbAndBack(Path notebook) throws Exception {
        List<NotebookSource.Cell> cells = NotebookSource.read(notebook);
        String ipynb = NotebookSource.toIpynb(cells);
        assertThat(NotebookSource.fromIpynb(ipynb, "x.ipynb")).isEqualTo(cells);
        assertThat(NotebookSource.fromJsh(NotebookSource.toJsh(cells, "x"))).isEqualTo(cells);
        assertThat(ipynb).contains("\"nbformat\": 4").contains("\"name\": \"wcf-finance\"")
                .contains("\"display_name\": \"wcf-finance (Java)\"").contains("\"outputs\": []");
        // the prose is Markdown, the code a code cell
        assertThat(ipynb.split("\"cell_type\": \"code\"", -1)).hasSize(
                (int) cells.stream().filter(c -> !c.code().isEmpty()).count() + 1);
    }

    @Test
    void anIpynbFileIsReadByItsExtension() throws Exception {
        Path dir = Files.createTempDirectory("nb");
        try {
            Path nb = dir.resolve("t.ipynb");
            Files.writeString(nb, NotebookSource.toIpynb(List.of(new NotebookSource.Cell("Prose.", "1 + 1"))));
            assertThat(NotebookSource.read(nb)).containsExactly(new NotebookSource.Cell("Prose.", "1 + 1"));
        } finally {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    @Test
    void cellsSurviveIpynbAndJshForAnyText() {
        Gen<String> line = strings().basicLatinAlphabet().ofLengthBetween(1, 30)
                .map(s -> s.replace('\n', ' ').replace('\r', ' ').strip()).assuming(s -> !s.isEmpty() && !s.startsWith("//"));
        Gen<String> text = lists().of(line).ofSizeBetween(1, 4).map(l -> String.join("\n", l));
        Gen<NotebookSource.Cell> cell = text.zip(text, NotebookSource.Cell::new);
        qt().withExamples(200).forAll(lists().of(cell).ofSizeBetween(1, 6)).checkAssert(cells -> {
            assertThat(NotebookSource.fromIpynb(NotebookSource.toIpynb(cells), "p.ipynb")).isEqualTo(cells);
            assertThat(NotebookSource.fromJsh(NotebookSource.toJsh(cells, "p"))).isEqualTo(cells);
        });
    }

    @Test
    void proseWithABlankLineStaysOneCellInTheJsh() {
        List<NotebookSource.Cell> cells = List.of(new NotebookSource.Cell("First.\n\nSecond.", "var x = 1;"));
        String jsh = NotebookSource.toJsh(cells, "p");
        assertThat(jsh).isEqualTo("// First.\n//\n// Second.\nvar x = 1;\n");
        assertThat(NotebookSource.fromJsh(jsh)).isEqualTo(cells);
    }

    @Test
    void codeWithABlankLineCannotBeAJshCell() {
        List<NotebookSource.Cell> cells = List.of(new NotebookSource.Cell("", "int a = 1;\n\nint b = 2;"));
        assertThatThrownBy(() -> NotebookSource.toJsh(cells, "in.ipynb")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("in.ipynb").hasMessageContaining("cell 1 has a blank line in its code");
    }

    @Test
    void aFileThatIsNotANotebookIsRefusedWithItsNameAndLine() {
        assertThatThrownBy(() -> NotebookSource.fromIpynb("{\n \"cells\": [\n", "broken.ipynb"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("broken.ipynb").hasMessageContaining("not JSON");
        assertThatThrownBy(() -> NotebookSource.fromIpynb("{\"nbformat\": 3, \"worksheets\": []}", "old.ipynb"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("old.ipynb").hasMessageContaining("nbformat 4");
        assertThatThrownBy(() -> NotebookSource.fromIpynb("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": 7}]}", "n.ipynb"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cell 1's source is not text");
    }

    @Test
    void markdownBeforeACodeCellIsItsProseAndRawCellsAreSkipped() {
        String json = "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": ["
                + "{\"cell_type\": \"markdown\", \"source\": \"# Title\"},"
                + "{\"cell_type\": \"raw\", \"source\": [\"ignored\"]},"
                + "{\"cell_type\": \"markdown\", \"source\": [\"Line one\\n\", \"line two\"]},"
                + "{\"cell_type\": \"code\", \"source\": [\"var a = 1;\\n\", \"a\"], \"outputs\": []},"
                + "{\"cell_type\": \"code\", \"source\": \"a + 1\", \"outputs\": []}]}";
        assertThat(NotebookSource.fromIpynb(json, "j.ipynb")).containsExactly(
                new NotebookSource.Cell("# Title\n\nLine one\nline two", "var a = 1;\na"),
                new NotebookSource.Cell("", "a + 1"));
    }
}
