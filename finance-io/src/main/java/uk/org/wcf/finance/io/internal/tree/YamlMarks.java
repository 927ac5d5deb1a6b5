package uk.org.wcf.finance.io.internal.tree;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

import uk.org.wcf.finance.io.Problem;

/**
 * Finds the YAML marks the library does not read: anchors ({@code &a}) on any node, a mapping, a list or a plain
 * value, aliases ({@code *a}) and tags ({@code !!str}, {@code !local}). Each is refused at its line and column.
 * <p>
 * They are found in the one pass that reads the document: Jackson's YAML parser reads SnakeYAML's events, and
 * {@link Parser} sees each event as Jackson takes it. Jackson's own view is not enough: it reports an anchor only on
 * a mapping, a list or a key (it reads {@code label: &a Foo} as {@code Foo}), gives the tag of the first key of a
 * mapping as the mapping's, strips a tag's leading {@code !}, reads an alias as the anchor's name, and stops at an
 * alias used as a key before it says so. Nothing is built from the events here and no alias is expanded.
 */
public final class YamlMarks {

    private static final String YAML_TAG = "tag:yaml.org,2002:";

    private YamlMarks() {
    }

    /**
     * Reads a whole document for its marks alone (a check of what the library writes; {@link TreeNode} finds them
     * while it reads).
     *
     * @param file the file name, for problems
     * @param bytes the document
     * @return a problem for each anchor, alias and tag, up to the end of the text or the first point where it is not
     *         UTF-8 or not YAML (a read says so)
     */
    public static List<Problem> refused(String file, byte[] bytes) {
        try (Parser p = Factory.INSTANCE.createParser(bytes)) {
            return p.refused(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The YAML factory {@link TreeNode} reads with: Jackson's, limited as {@link TreeNode#LIMITS} says, whose parsers
     * are {@link Parser}s. Configured once and never changed, so one instance serves every thread.
     */
    static final class Factory extends YAMLFactory {

        private static final long serialVersionUID = 1L;

        static final Factory INSTANCE = new Factory();

        private Factory() {
            // not through YAMLFactory.builder(), whose parser features start empty: it would read an empty value
            // as an empty string, not as null (EMPTY_STRING_AS_NULL, on in a YAMLFactory made so)
            setStreamReadConstraints(TreeNode.LIMITS);
        }

        @Override
        public Parser createParser(byte[] data) throws IOException {
            return (Parser) super.createParser(data);
        }

        @Override
        protected YAMLParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
            // as YAMLFactory makes it, but a Parser
            return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
                    _createReader(data, offset, len, null, ctxt));
        }
    }

    /**
     * Jackson's YAML parser, noting each event that carries an anchor, an alias or a tag as Jackson reads it. One
     * per document, as every parser.
     */
    static final class Parser extends YAMLParser {

        private final List<Event> marked = new ArrayList<>();
        private boolean broken;

        Parser(IOContext ctxt, int parserFeatures, int formatFeatures, LoaderOptions options, ObjectCodec codec,
                Reader reader) {
            super(ctxt, parserFeatures, formatFeatures, options, codec, reader);
        }

        @Override
        protected Event getEvent() throws IOException {
            Event e;
            try {
                e = super.getEvent();
            } catch (RuntimeException x) {
                // not UTF-8 or not YAML (SnakeYAML's YAMLException, or a fault it does not catch): SnakeYAML cannot go
                // on, and Jackson reports where
                broken = true;
                throw x;
            }
            if (e != null && isMarked(e)) {
                marked.add(e);
            }
            return e;
        }

        /**
         * Walks the events Jackson did not read (after a first document, or after Jackson stopped at what it does not
         * read as JSON's model, such as an alias as a key), so that every mark in the text is reported, and gives
         * them all. Call it before the parser is closed.
         *
         * @param file the file name, for problems
         * @return a problem for each anchor, alias and tag, in the order of the text
         */
        List<Problem> refused(String file) {
            try {
                while (!broken && _yamlParser.peekEvent() != null) {
                    getEvent();
                }
            } catch (YAMLException | IOException e) {
                // not valid YAML from here on: the read reports where
            }
            List<Problem> problems = new ArrayList<>(marked.size());
            for (Event e : marked) {
                problems.addAll(problems(file, e));
            }
            return problems;
        }
    }

    private static boolean isMarked(Event e) {
        return e instanceof AliasEvent || e instanceof NodeEvent n && (n.getAnchor() != null || tag(e) != null);
    }

    private static List<Problem> problems(String file, Event e) {
        if (e instanceof AliasEvent a) {
            return List.of(at(file, e.getStartMark(), "an alias (*" + a.getAnchor() + ") stands for another value"
                    + " here; write the value itself (anchors and aliases are not read)"));
        }
        List<Problem> problems = new ArrayList<>(2);
        if (((NodeEvent) e).getAnchor() != null) {
            problems.add(at(file, e.getStartMark(), "an anchor (&" + ((NodeEvent) e).getAnchor() + "); write each value"
                    + " where it is used (anchors and aliases are not read)"));
        }
        String tag = tag(e);
        if (tag != null) {
            problems.add(at(file, e.getStartMark(), "a tag (" + shortTag(tag) + ") decides the value's type"
                    + " here; write the value plainly (tags are not read)"));
        }
        return problems;
    }

    private static String tag(Event e) {
        return e instanceof ScalarEvent s ? s.getTag() : e instanceof CollectionStartEvent c ? c.getTag() : null;
    }

    private static String shortTag(String tag) {
        return tag.startsWith(YAML_TAG) ? "!!" + tag.substring(YAML_TAG.length()) : tag;
    }

    private static Problem at(String file, Mark mark, String message) {
        return new Problem(file, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1, "", message);
    }
}
