package uk.org.wcf.finance.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import uk.org.wcf.finance.io.InvalidInputException;
import uk.org.wcf.finance.io.Problem;
import uk.org.wcf.finance.io.write.AtomicFiles;
import uk.org.wcf.finance.notebook.NotebookDocument;
import uk.org.wcf.finance.notebook.NotebookRunner;

/** {@code notebook}: run a JShell notebook and write it as a document with each cell's output and charts. */
@Command(name = "notebook", mixinStandardHelpOptions = true,
        description = {"Runs a JShell notebook and writes its code, output and charts as a document.",
                "Runs a .jsh notebook through the JDK's JShell API, cell by cell (cells are separated by blank lines; "
                        + "a cell's opening comment lines are its prose), and writes each cell's code, output and charts "
                        + "as HTML (charts embedded) or Markdown (charts as PNG files beside it). The startup.jsh beside "
                        + "the notebook, if there is one, runs first. Exits 1 when a cell fails (the document shows it). An .ipynb "
                        + "(see 'jupyter convert') runs the same way: Markdown cells are prose, code cells code."},
        footer = {"", "Example:", "  wcf-finance notebook examples/notebooks/01-budget-book-2020.jsh \\",
                "      --output budget.html"})
final class NotebookCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.jsh", description = "the notebook (.jsh, or .ipynb)")
    private Path notebook;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "FILE.html or FILE.md")
    private Path output;

    @Option(names = "--startup", paramLabel = "FILE.jsh", description = "a startup script (default: startup.jsh beside the notebook)")
    private Path startup;

    @picocli.CommandLine.Mixin
    private VerboseOption verbose = new VerboseOption();

    @Override
    public Integer call() throws Exception {
        if (Files.isDirectory(notebook)) {
            throw new InvalidInputException(Problem.ofFile(notebook.toString(), "is a folder, not a file; give the notebook's name (FILE.jsh)"));
        }
        if (!Files.isRegularFile(notebook)) {
            throw new InvalidInputException(Problem.ofFile(notebook.toString(), "no such file"));
        }
        for (Path text : startup == null ? List.of(notebook) : List.of(notebook, startup)) {
            try {
                Files.readString(text);
            } catch (java.nio.charset.CharacterCodingException notText) {
                throw new InvalidInputException(Problem.ofFile(text.toString(), "is not UTF-8 text: a notebook is a JShell"
                        + " script (.jsh) saved as UTF-8"));
            }
        }
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean html = name.endsWith(".html") || name.endsWith(".htm");
        if (!html && !name.endsWith(".md")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--output must end .html or .md");
        }
        Path start = startup;
        if (start == null) {
            Path beside = notebook.toAbsolutePath().resolveSibling("startup.jsh");
            start = Files.isRegularFile(beside) ? beside : null;
        }
        List<String> cp = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        List<NotebookRunner.Cell> cells = NotebookRunner.run(notebook, start, cp);
        // the title is the notebook's first heading: the first line of its first prose
        String title = cells.stream().map(NotebookRunner.Cell::prose).filter(p -> !p.isBlank()).findFirst()
                .map(p -> p.lines().findFirst().orElse("").strip()).filter(t -> !t.isEmpty())
                .orElse(notebook.getFileName().toString().replaceFirst("\\.(jsh|ipynb)$", ""));
        String doc;
        if (html) {
            doc = NotebookDocument.html(title, cells);
        } else {
            Path dir = output.toAbsolutePath().getParent();
            doc = NotebookDocument.markdown(title, cells, output.getFileName().toString().replaceFirst("\\.md$", ""), dir);
        }
        try {
            Output.write(output, out -> out.write(doc.getBytes(StandardCharsets.UTF_8)));
        } finally {
            // the charts' temporary files are in the document now (embedded, or copied beside it)
            for (NotebookRunner.Cell c : cells) {
                for (Path img : c.images()) {
                    Files.deleteIfExists(img);
                }
            }
        }
        long failed = cells.stream().filter(NotebookRunner.Cell::failed).count();
        if (failed > 0) {
            cells.stream().filter(NotebookRunner.Cell::failed).forEach(c -> spec.commandLine().getErr()
                    .println("wcf-finance: a cell of " + notebook + " failed: " + c.error()));
            return WcfFinance.CHECK_FAILED;
        }
        spec.commandLine().getOut().println("wrote " + output + " (" + cells.size() + " cells)");
        return WcfFinance.OK;
    }
}
