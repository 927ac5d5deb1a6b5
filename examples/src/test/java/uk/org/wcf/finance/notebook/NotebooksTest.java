package uk.org.wcf.finance.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every notebook runs, cell by cell, through the JShell API without a failing cell. */
class NotebooksTest {

    static Stream<Path> notebooks() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("notebooks"))) {
            List<Path> all = s.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.jsh")).sorted().toList();
            assertThat(all).hasSizeGreaterThanOrEqualTo(5);
            return all.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notebooks")
    void runsWithoutAFailingCell(Path notebook) throws Exception {
        Path s251 = Path.of(System.getProperty("wcf.shared", "../../shared"), "s251", "outturn_1213.csv");
        assumeTrue(!Files.readString(notebook).contains("shared/s251") || Files.exists(s251),
                notebook + " reads the shared s251 data, which is not beside the project (" + s251 + "); CI has it");
        List<String> cp = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        List<NotebookRunner.Cell> cells = NotebookRunner.run(notebook, Path.of("notebooks", "startup.jsh"), cp);
        assertThat(cells).isNotEmpty();
        for (NotebookRunner.Cell c : cells) {
            assertThat(c.error()).as(notebook + ": " + c.code()).isEmpty();
        }
        assertThat(cells.stream().mapToInt(c -> c.output().length()).sum()).isGreaterThan(200);
        String html = NotebookDocument.html("t", cells);
        assertThat(html).contains("<pre class=\"code\">");
        if (notebook.toString().contains("02-") || notebook.toString().contains("03-") || notebook.toString().contains("07-")) {
            assertThat(html).contains("data:image/png;base64,");
        }
    }

    @org.junit.jupiter.api.Test
    void moneyShowsAsPoundsAndATableWhole(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path nb = dir.resolve("n.jsh");
        Files.writeString(nb, """
                // # Money
                WcfData.businessPlan2020().contractSum()
                Gbp.pounds(-633000)
                Notebooks.show(WcfData.dsgReport2019P6())
                WcfData.plan2020()
                """);
        List<String> cp = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        List<NotebookRunner.Cell> cells = NotebookRunner.run(nb, Path.of("notebooks", "startup.jsh"), cp);
        String out = String.join("\n", cells.stream().map(NotebookRunner.Cell::output).toList());
        assertThat(cells).allSatisfy(c -> assertThat(c.error()).isEmpty());
        assertThat(out).contains("£114,622,000.00", "(£633,000.00)").doesNotContain("GBP ");
        // the whole report, every line of it, not one line cut short
        String report = Notebooks.text(uk.org.wcf.finance.data.WcfData.dsgReport2019P6());
        assertThat(report.lines().count()).isGreaterThan(5);
        assertThat(out).contains(report);
        // a value that prints as one short line but has a table of its own is shown by its table
        assertThat(report).isEqualTo(uk.org.wcf.finance.data.WcfData.dsgReport2019P6().toText());
        assertThat(out).contains(uk.org.wcf.finance.data.WcfData.plan2020().toText().stripTrailing())
                .doesNotContain("Plan[");
    }
}
