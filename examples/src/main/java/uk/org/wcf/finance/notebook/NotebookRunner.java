package uk.org.wcf.finance.notebook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;

/**
 * Runs a JShell notebook ({@code .jsh}, or the {@code .ipynb} made from one) through the JDK's own JShell API,
 * cell by cell, as a Jupyter export would. Cells are read by {@link NotebookSource}: in a {@code .jsh} they are
 * separated by blank lines and the comment lines that open a cell are its prose. Each snippet's
 * value is shown as JShell shows it ({@code name ==> value}), with anything the cell prints and any chart it
 * shows ({@link Notebooks#show}).
 */
public final class NotebookRunner {

    /**
     * A cell as run.
     *
     * @param prose the comment lines that open the cell, without {@code //}
     * @param code the code
     * @param output what the cell showed: values and printed text
     * @param images the charts it showed
     * @param error the error, or empty when the cell ran
     */
    public record Cell(String prose, String code, String output, List<Path> images, String error) {
        /** @return true when the cell failed */
        public boolean failed() {
            return !error.isEmpty();
        }
    }

    private NotebookRunner() {
    }

    /**
     * Runs a notebook.
     *
     * @param notebook the .jsh (or .ipynb) file
     * @param startup a startup script run first (imports), or null
     * @param classPath class path entries for the notebook's code
     * @return the cells, in order
     * @throws IOException when a file cannot be read
     */
    public static List<Cell> run(Path notebook, Path startup, List<String> classPath) throws IOException {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        List<Cell> cells = new ArrayList<>();
        jdk.jshell.spi.ExecutionControlProvider tables = new jdk.jshell.spi.ExecutionControlProvider() {
            @Override
            public String name() {
                return "wcf-finance-notebook";
            }

            @Override
            public jdk.jshell.spi.ExecutionControl generate(jdk.jshell.spi.ExecutionEnv env,
                    java.util.Map<String, String> parameters) {
                return new TableValues();
            }
        };
        try (JShell js = JShell.builder().executionEngine(tables, java.util.Map.of()).out(capture).err(capture).build()) {
            classPath.forEach(js::addToClasspath);
            System.setOut(capture);
            System.setErr(capture);
            if (startup != null) {
                String error = eval(js, Files.readString(startup), new StringBuilder());
                if (!error.isEmpty()) {
                    throw new IllegalStateException("the startup script " + startup + " failed: " + error);
                }
                captured.reset();
            }
            for (NotebookSource.Cell cell : NotebookSource.read(notebook)) {
                String src = cell.code();
                StringBuilder values = new StringBuilder();
                String error = src.isBlank() ? "" : eval(js, src, values);
                capture.flush();
                String printed = captured.toString(StandardCharsets.UTF_8);
                captured.reset();
                List<Path> images = new ArrayList<>();
                StringBuilder out = new StringBuilder();
                for (String line : (printed + values).split("\\R")) {
                    if (line.startsWith(Notebooks.IMAGE_MARKER) && line.endsWith("]]")) {
                        images.add(Path.of(line.substring(Notebooks.IMAGE_MARKER.length(), line.length() - 2)));
                    } else if (!line.isEmpty() || out.length() > 0) {
                        out.append(line).append('\n');
                    }
                }
                cells.add(new Cell(cell.prose(), src, out.toString().stripTrailing(), images, error));
            }
        } finally {
            System.setOut(realOut);
            System.setErr(realErr);
        }
        return cells;
    }

    /**
     * Evaluates source as the jshell tool reads a script: line by line, each snippet as soon as it is complete
     * ({@link Snippets}). Returns the first error, or empty.
     */
    private static String eval(JShell js, String source, StringBuilder values) {
        Snippets.Split split = Snippets.split(js.sourceCodeAnalysis(), source);
        for (Snippets.Snippet snippet : split.snippets()) {
            String error = evalSnippet(js, snippet.source(), values);
            if (!error.isEmpty()) {
                return error;
            }
        }
        return split.incomplete().isEmpty() ? "" : "incomplete code at the end of the cell: " + split.incomplete();
    }

    private static String evalSnippet(JShell js, String snippet, StringBuilder values) {
        for (SnippetEvent e : js.eval(snippet)) {
            if (e.exception() != null) {
                return e.exception() instanceof EvalException ee ? ee.getExceptionClassName() + ": " + ee.getMessage()
                        : e.exception().toString();
            }
            if (e.status() == Snippet.Status.REJECTED) {
                StringBuilder sb = new StringBuilder("does not compile: ");
                js.diagnostics(e.snippet()).forEach((Diag d) -> sb.append(d.getMessage(null)).append("; "));
                return sb.append("in: ").append(snippet.strip()).toString();
            }
            // an expression's value is shown, as a notebook shows it; a declaration's is not, so that
            // `var report = ...; report` shows the report once
            if (e.causeSnippet() == null && e.value() != null && e.snippet().kind() != Snippet.Kind.IMPORT
                    && e.snippet().subKind() != Snippet.SubKind.STATEMENT_SUBKIND
                    && e.snippet().subKind() != Snippet.SubKind.VAR_DECLARATION_WITH_INITIALIZER_SUBKIND) {
                String name = e.snippet() instanceof VarSnippet v ? v.name() : "";
                String value = readable(e.snippet(), e.value());
                values.append(name.isEmpty() ? "" : name + " ==> ").append(value.contains("\n") ? "\n" : "")
                        .append(value).append('\n');
            }
        }
        return "";
    }

    /**
     * Money as a person reads it: JShell shows a value by its {@code toString}, which for Joda's {@code Money} is
     * {@code GBP 5982377.21}; a snippet whose type is money shows {@code £5,982,377.21} (brackets for a negative).
     */
    static String readable(Snippet snippet, String value) {
        String type = snippet instanceof VarSnippet v ? v.typeName()
                : snippet instanceof jdk.jshell.ExpressionSnippet x ? x.typeName() : "";
        if ((type.equals("Money") || type.equals("org.joda.money.Money")) && value.startsWith("GBP ")) {
            try {
                return uk.org.wcf.finance.money.Gbp.readable(org.joda.money.Money.parse(value));
            } catch (IllegalArgumentException | ArithmeticException e) {
                return value;
            }
        }
        return value;
    }
}
