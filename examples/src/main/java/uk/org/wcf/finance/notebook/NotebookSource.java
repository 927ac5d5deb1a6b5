package uk.org.wcf.finance.notebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.org.wcf.finance.io.InvalidInputException;
import uk.org.wcf.finance.io.Problem;

/**
 * A notebook's cells, read from and written to the two forms the library keeps: a JShell script ({@code .jsh})
 * and a Jupyter notebook ({@code .ipynb}, nbformat 4). The {@code .jsh} is the source of truth in
 * {@code examples/notebooks/}; the {@code .ipynb} is made from it ({@code wcf-finance jupyter convert}), and an
 * {@code .ipynb} converts back, so an analyst's edits in Jupyter return to the script.
 *
 * <p>In a {@code .jsh}, cells are separated by blank lines; the comment lines that open a cell are its prose. In
 * an {@code .ipynb}, the prose is a Markdown cell and the code a code cell after it.
 */
public final class NotebookSource {

    /** The kernel an {@code .ipynb} written here runs on ({@code wcf-finance jupyter install}). */
    public static final String KERNEL_NAME = "wcf-finance";
    /** The name Jupyter lists the kernel under. */
    public static final String KERNEL_DISPLAY_NAME = "wcf-finance (Java)";

    /** Notebooks nest a few levels; outputs can hold large images, so strings may be long, but not without end. */
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(50_000_000).build()).build()).build();

    /**
     * A cell of a notebook.
     *
     * @param prose the prose that opens the cell (plain text, may be empty)
     * @param code the code (may be empty)
     */
    public record Cell(String prose, String code) {
        /**
         * @param prose not null
         * @param code not null
         */
        public Cell {
            Objects.requireNonNull(prose, "prose");
            Objects.requireNonNull(code, "code");
        }
    }

    private NotebookSource() {
    }

    /**
     * Reads a notebook by its extension: {@code .ipynb} as Jupyter JSON, anything else as a JShell script.
     *
     * @param file the notebook
     * @return its cells, in order
     * @throws IOException when the file cannot be read
     * @throws InvalidInputException when an {@code .ipynb} is not a notebook (the file and what is wrong)
     */
    public static List<Cell> read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file);
        } catch (java.nio.charset.CharacterCodingException notText) {
            throw new InvalidInputException(Problem.ofFile(file.toString(), "is not UTF-8 text: a notebook is a JShell"
                    + " script (.jsh) or a Jupyter notebook (.ipynb) saved as UTF-8"));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidInputException(Problem.ofFile(file.toString(), "no such file"));
        }
        return isIpynb(file) ? fromIpynb(text, file.toString()) : fromJsh(text);
    }

    /**
     * @param file a file name
     * @return true when it names a Jupyter notebook
     */
    public static boolean isIpynb(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ipynb");
    }

    /**
     * The cells of a JShell script: blank lines separate cells; the comment lines opening a cell are its prose.
     *
     * @param jsh the script
     * @return the cells
     */
    public static List<Cell> fromJsh(String jsh) {
        List<Cell> cells = new ArrayList<>();
        for (String block : jsh.split("\\R\\s*\\R")) {
            if (block.isBlank()) {
                continue;
            }
            StringBuilder prose = new StringBuilder();
            List<String> code = new ArrayList<>();
            boolean inProse = true;
            for (String line : block.strip().split("\\R")) {
                if (inProse && line.strip().startsWith("//")) {
                    prose.append(line.strip().replaceFirst("^//\\s?", "")).append('\n');
                } else {
                    inProse = false;
                    code.add(line);
                }
            }
            cells.add(new Cell(prose.toString().strip(), String.join("\n", code)));
        }
        return cells;
    }

    /**
     * Writes cells as a JShell script, the form {@link #fromJsh} reads.
     *
     * @param cells the cells
     * @param name the notebook's name, for a message when a cell cannot be written
     * @return the script
     * @throws InvalidInputException when a cell's code has a blank line (in a script, that ends the cell)
     */
    public static String toJsh(List<Cell> cells, String name) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (Cell c : cells) {
            n++;
            if (c.code().lines().anyMatch(String::isBlank)) {
                throw new InvalidInputException(Problem.ofFile(name, "cell " + n
                        + " has a blank line in its code; in a .jsh notebook a blank line ends the cell: remove it"));
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            c.prose().lines().forEach(l -> sb.append(l.isEmpty() ? "//" : "// " + l).append('\n'));
            if (!c.code().isEmpty()) {
                sb.append(c.code()).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * The cells of a Jupyter notebook: a Markdown cell is the prose of the code cell after it; raw cells are
     * skipped.
     *
     * @param json the notebook
     * @param name the file name, for messages
     * @return the cells
     * @throws InvalidInputException when it is not an nbformat 4 notebook
     */
    public static List<Cell> fromIpynb(String json, String name) {
        JsonNode root;
        try {
            // one JSON value and nothing after it, as every reader of the library requires
            root = JSON.readerFor(JsonNode.class).with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(json);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 0);
            int column = e.getLocation() == null ? 0 : Math.max(e.getLocation().getColumnNr(), 0);
            String why = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException
                    && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")
                    ? "more content after the end of the JSON value; a notebook holds one value"
                    // Jackson's own words, without its note of where the source is (the line and column say that)
                    : "not JSON: " + String.valueOf(e.getOriginalMessage()).replaceAll("\\s*\\(start marker at \\[Source:.*$", "")
                            .replaceAll("\\[Source:[^\\]]*\\]", "").lines().findFirst().orElse("").strip();
            throw new InvalidInputException(new Problem(name, line, column, "", why));
        }
        if (root == null || !root.isObject() || root.path("nbformat").asInt() != 4 || !root.path("cells").isArray()) {
            throw new InvalidInputException(Problem.ofFile(name, "not a Jupyter notebook in nbformat 4 (an object with"
                    + " \"nbformat\": 4 and a \"cells\" list)"));
        }
        List<Cell> cells = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        int n = 0;
        for (JsonNode cell : root.get("cells")) {
            n++;
            String type = cell.path("cell_type").asText();
            String source = source(cell.path("source"), name, n);
            switch (type) {
                case "markdown" -> prose.append(prose.length() > 0 ? "\n\n" : "").append(source.strip());
                case "code" -> {
                    cells.add(new Cell(prose.toString(), source.strip()));
                    prose.setLength(0);
                }
                case "raw" -> {
                    // raw cells carry no code and no prose
                }
                default -> throw new InvalidInputException(Problem.ofFile(name, "cell " + n + " has cell_type '" + type
                        + "': a notebook cell is code, markdown or raw"));
            }
        }
        if (prose.length() > 0) {
            cells.add(new Cell(prose.toString(), ""));
        }
        return cells;
    }

    private static String source(JsonNode source, String name, int n) {
        if (source.isTextual()) {
            return source.asText();
        }
        boolean text = source.isArray();
        StringBuilder sb = new StringBuilder();
        for (JsonNode part : source) {
            text &= part.isTextual();
            sb.append(part.asText());
        }
        if (text) {
            return sb.toString();
        }
        throw new InvalidInputException(Problem.ofFile(name, "cell " + n + "'s source is not text or a list of text"));
    }

    /**
     * Writes cells as a Jupyter notebook (nbformat 4.4) for the wcf-finance kernel: each cell's prose as a
     * Markdown cell, its code as a code cell, no outputs.
     *
     * @param cells the cells
     * @return the notebook's JSON
     */
    public static String toIpynb(List<Cell> cells) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode out = root.putArray("cells");
        for (Cell c : cells) {
            if (!c.prose().isEmpty()) {
                ObjectNode md = out.addObject();
                md.put("cell_type", "markdown");
                md.putObject("metadata");
                lines(md.putArray("source"), c.prose());
            }
            if (!c.code().isEmpty()) {
                ObjectNode code = out.addObject();
                code.put("cell_type", "code");
                code.putNull("execution_count");
                code.putObject("metadata");
                code.putArray("outputs");
                lines(code.putArray("source"), c.code());
            }
        }
        ObjectNode meta = root.putObject("metadata");
        ObjectNode spec = meta.putObject("kernelspec");
        spec.put("display_name", KERNEL_DISPLAY_NAME);
        spec.put("language", "java");
        spec.put("name", KERNEL_NAME);
        ObjectNode lang = meta.putObject("language_info");
        lang.put("name", "java");
        lang.put("file_extension", ".jsh");
        lang.put("mimetype", "text/x-java-source");
        lang.put("codemirror_mode", "java");
        root.put("nbformat", 4);
        root.put("nbformat_minor", 4);
        // the layout Jupyter itself writes: one-space indents, "key": value, empty {} and []
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("")
                .withArrayEmptySeparator("")).withObjectIndenter(new DefaultIndenter(" ", "\n"))
                .withArrayIndenter(new DefaultIndenter(" ", "\n"));
        try {
            return JSON.writer(pp).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notebook of text cells always writes", e);
        }
    }

    /** Jupyter's own form: the source as a list of lines, each but the last ending with a line break. */
    private static void lines(ArrayNode array, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            array.add(i < lines.length - 1 ? lines[i] + "\n" : lines[i]);
        }
    }
}
