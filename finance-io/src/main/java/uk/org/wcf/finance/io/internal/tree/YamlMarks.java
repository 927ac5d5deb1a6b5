package uk.org.wcf.finance.io.internal.tree;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

import uk.org.wcf.finance.io.Problem;

/**
 * Finds the YAML marks the library does not read: anchors ({@code &a}) on any node, a mapping, a list or a plain
 * value, aliases ({@code *a}) and tags ({@code !!str}, {@code !local}). Jackson reports an anchor only on a mapping
 * or a list, and would read {@code label: &a Foo} as {@code Foo} and an alias as the anchor's name; a tag would
 * decide a value's type. Each is refused at its line and column. The document is walked as YAML events only:
 * nothing is built, no alias is expanded.
 */
public final class YamlMarks {

    private YamlMarks() {
    }

    /**
     * @param file the file name, for problems
     * @param bytes the document
     * @return a problem for each anchor, alias and tag; none when the text is not UTF-8 or not YAML (the parse
     *         that follows says so)
     */
    public static List<Problem> refused(String file, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return List.of();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Math.max(text.length() + 1, options.getCodePointLimit()));
        options.setNestingDepthLimit(64);
        List<Problem> problems = new ArrayList<>();
        try {
            // SnakeYAML's parser alone, as Yaml.parse makes it: the Yaml facade would also build a constructor, a
            // representer and a resolver (about a hundred classes and a dozen patterns) that an event walk never uses
            Parser parser = new ParserImpl(new StreamReader(new java.io.StringReader(text)), options);
            while (parser.peekEvent() != null) {
                Event e = parser.getEvent();
                if (e instanceof AliasEvent a) {
                    problems.add(at(file, e.getStartMark(), "an alias (*" + a.getAnchor() + ") stands for another value"
                            + " here; write the value itself (anchors and aliases are not read)"));
                } else if (e instanceof NodeEvent n) {
                    if (n.getAnchor() != null) {
                        problems.add(at(file, e.getStartMark(), "an anchor (&" + n.getAnchor() + "); write each value"
                                + " where it is used (anchors and aliases are not read)"));
                    }
                    String tag = e instanceof ScalarEvent s ? s.getTag() : e instanceof CollectionStartEvent c ? c.getTag() : null;
                    if (tag != null) {
                        problems.add(at(file, e.getStartMark(), "a tag (" + shortTag(tag) + ") decides the value's type"
                                + " here; write the value plainly (tags are not read)"));
                    }
                }
            }
        } catch (YAMLException e) {
            // not valid YAML: the parse that follows reports where
        }
        return problems;
    }

    private static String shortTag(String tag) {
        return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
    }

    private static Problem at(String file, Mark mark, String message) {
        return new Problem(file, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1, "", message);
    }
}
