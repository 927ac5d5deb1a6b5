package uk.org.wcf.finance.io.internal.tree;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import uk.org.wcf.finance.io.InputFiles;
import uk.org.wcf.finance.io.InvalidInputException;
import uk.org.wcf.finance.io.Problem;
import uk.org.wcf.finance.io.ReadResult;
import uk.org.wcf.finance.io.StructuredFormat;
import uk.org.wcf.finance.report.SafeText;

/**
 * A JSON or YAML document read into a tree whose every node knows its line and column, so that a value that
 * breaks a rule is reported at its cell. Scalars are kept as text (numbers exactly, never as floating point);
 * YAML is read as data only: no tags, no types, nothing is executed. Refused at their line and column: YAML
 * anchors, aliases and tags ({@link YamlMarks}), a second document or any content after the first value, a
 * duplicate key, and a control or direction-override character in a key or a value ({@code SafeText}).
 *
 * @param value a {@code Map<String, TreeNode>}, a {@code List<TreeNode>}, a {@code String}, or null
 * @param line the line the node starts on, 1-based
 * @param column the column it starts at, 1-based
 */
public record TreeNode(Object value, long line, int column) {

    /** How deep, how long a number and how long a string a document may be, JSON or YAML. */
    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder().maxNestingDepth(64)
            .maxNumberLength(100).maxStringLength(1_000_000).build();

    /**
     * The JSON factory, made once when the first JSON document is read (a YAML read never makes it): configured here
     * and never changed, so one instance serves every thread.
     */
    private static final class Json {
        static final JsonFactory FACTORY = new JsonFactory().setStreamReadConstraints(LIMITS);
    }

    /**
     * Reads a document.
     *
     * @param file the file name, for problems
     * @param in the bytes
     * @param format JSON or YAML
     * @return the root node, or the problem that stopped the parse
     */
    public static ReadResult<TreeNode> read(String file, InputStream in, StructuredFormat format) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            return ReadResult.failed(List.of(Problem.ofFile(file, "cannot be read: " + e.getMessage())));
        }
        // the streaming parser alone, from a factory made once: an ObjectMapper (data binding) was made here only to
        // make the parser, and loading and starting it was most of the time the embedded dataset took to read
        // (benchmarks/README.md); a YAML parser notes the anchors, aliases and tags as it reads (YamlMarks)
        List<Problem> problems = new ArrayList<>();
        List<Problem> marks = new ArrayList<>();
        TreeNode root;
        try (JsonParser p = format == StructuredFormat.YAML ? YamlMarks.Factory.INSTANCE.createParser(bytes)
                : Json.FACTORY.createParser(bytes)) {
            try {
                root = document(p, file, format, problems);
            } finally {
                // every mark in the text, also after a first document or where the parse stopped: an anchor, alias
                // or tag is the cause the user can act on
                if (p instanceof YamlMarks.Parser y) {
                    marks.addAll(y.refused(file));
                }
            }
        } catch (java.io.CharConversionException e) {
            return ReadResult.failed(List.of(Problem.ofFile(file,
                    "the file has bytes that are not UTF-8 (a file saved as Windows-1252 or Latin-1?); save it as UTF-8")));
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            if (e.getCause() instanceof java.io.CharConversionException
                    || String.valueOf(e.getOriginalMessage()).contains("CharConversionException")) {
                return ReadResult.failed(List.of(Problem.ofFile(file,
                        "the file has bytes that are not UTF-8 (a file saved as Windows-1252 or Latin-1?); save it as UTF-8")));
            }
            if (!marks.isEmpty() || !problems.isEmpty()) {
                // an anchor, alias or tag found in the text is the cause the user can act on
                marks.addAll(problems);
                return ReadResult.failed(marks);
            }
            String msg = e.getOriginalMessage();
            return ReadResult.failed(List.of(l == null ? Problem.ofFile(file, "cannot be read: " + msg)
                    : new Problem(file, Math.max(l.getLineNr(), 0), Math.max(l.getColumnNr(), 0), "",
                            "not valid " + format.name() + ": " + firstLine(msg))));
        } catch (IOException e) {
            return ReadResult.failed(List.of(Problem.ofFile(file, "cannot be read: " + e.getMessage())));
        }
        if (root == null) {
            return ReadResult.failed(List.of(Problem.ofFile(file, "the file is empty")));
        }
        // the marks first: the problems after them often follow from them (an alias is read as nothing)
        marks.addAll(problems);
        return ReadResult.of(root, marks);
    }

    /** @return the one value of a document, or null when it has none */
    private static TreeNode document(JsonParser p, String file, StructuredFormat format, List<Problem> problems)
            throws IOException {
        if (p.nextToken() == null) {
            return null;
        }
        TreeNode root = node(p, file, problems);
        if (p.nextToken() != null) {
            JsonLocation l = p.currentTokenLocation();
            problems.add(new Problem(file, Math.max(l.getLineNr(), 0), Math.max(l.getColumnNr(), 0), "",
                    "more content after the end of the " + (format == StructuredFormat.YAML ? "first YAML document" : "JSON value")
                    + "; a file holds one " + (format == StructuredFormat.YAML ? "document (no second ---)" : "value")));
        }
        return root;
    }

    /** Reads one kind of document from a stream. */
    @FunctionalInterface
    public interface DocumentReader<T> {
        ReadResult<T> read(String file, InputStream in, StructuredFormat format);
    }

    /**
     * Reads a document file with a reader; the format follows the file's ending.
     *
     * @throws InvalidInputException when the file does not exist or its ending is not .yaml, .yml or .json
     */
    public static <T> ReadResult<T> readFile(Path path, DocumentReader<T> reader) {
        String file = path.toString();
        StructuredFormat format = StructuredFormat.ofFile(file);
        try (InputStream in = InputFiles.open(path)) {
            return reader.read(file, in, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the top-level mapping of a document and checks its {@code schemaVersion}.
     *
     * @return the top-level fields, or empty (with the problems recorded) when the document could not be parsed
     */
    public static Optional<Fields> topLevel(String file, ReadResult<TreeNode> tree, List<Problem> problems,
            Set<String> keys, int schemaVersion) {
        problems.addAll(tree.problems());
        if (tree.value().isEmpty()) {
            return Optional.empty();
        }
        Fields top = new Fields(file, tree.value().get(), problems, keys);
        Integer version = top.integer("schemaVersion", true);
        if (version != null && version != schemaVersion) {
            top.fail(top.node().map().get("schemaVersion"), "schemaVersion",
                    "schemaVersion is " + version + "; this version of wcf-finance reads " + schemaVersion);
        }
        return Optional.of(top);
    }

    private static String firstLine(String s) {
        int i = s == null ? -1 : s.indexOf('\n');
        return s == null ? "" : i < 0 ? s : s.substring(0, i);
    }

    private static TreeNode node(JsonParser p, String file, List<Problem> problems) throws IOException {
        JsonLocation loc = p.currentTokenLocation();
        long line = loc.getLineNr();
        int column = loc.getColumnNr();
        JsonToken t = p.currentToken();
        // YAML anchors, aliases and tags are refused as the parser reads them (YamlMarks); an alias is read as nothing
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
            skip(p);
            return new TreeNode(null, line, column);
        }
        if (t == JsonToken.START_OBJECT) {
            Map<String, TreeNode> map = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonLocation at = p.currentTokenLocation();
                SafeText.problem("the key", name).ifPresent(m -> problems.add(new Problem(file, at.getLineNr(),
                        at.getColumnNr(), "", m)));
                p.nextToken();
                TreeNode child = node(p, file, problems);
                if (map.putIfAbsent(name, child) != null) {
                    problems.add(new Problem(file, at.getLineNr(), at.getColumnNr(), name,
                            "the key '" + name + "' appears twice"));
                }
            }
            return new TreeNode(map, line, column);
        }
        if (t == JsonToken.START_ARRAY) {
            List<TreeNode> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                list.add(node(p, file, problems));
            }
            return new TreeNode(list, line, column);
        }
        if (t == JsonToken.VALUE_NULL) {
            return new TreeNode(null, line, column);
        }
        String text = p.getText();
        String name = nameOf(p);
        SafeText.problem(name.isEmpty() ? "the value" : name, text.strip())
                .ifPresent(m -> problems.add(new Problem(file, line, column, name, m)));
        return new TreeNode(text, line, column);
    }

    private static String nameOf(JsonParser p) throws IOException {
        String n = p.currentName();
        return n == null ? "" : n;
    }

    private static void skip(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
            p.skipChildren();
        }
    }

    /** @return true for a mapping */
    public boolean isMap() {
        return value instanceof Map;
    }

    /** @return true for a list */
    public boolean isList() {
        return value instanceof List;
    }

    /** @return the mapping's entries (empty when not a mapping) */
    @SuppressWarnings("unchecked")
    public Map<String, TreeNode> map() {
        return value instanceof Map ? (Map<String, TreeNode>) value : Map.of();
    }

    /** @return the list's items (empty when not a list) */
    @SuppressWarnings("unchecked")
    public List<TreeNode> list() {
        return value instanceof List ? (List<TreeNode>) value : List.of();
    }

    /** @return the scalar's text, or empty for null, a mapping or a list */
    public String text() {
        return value instanceof String s ? s.strip() : "";
    }

    /**
     * A problem at this node.
     *
     * @param file the file
     * @param field the field name, for the message
     * @param message the rule broken
     * @return the problem
     */
    public Problem problem(String file, String field, String message) {
        return new Problem(file, line, column, field, message);
    }
}
