package uk.org.wcf.finance.io.write;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import uk.org.wcf.finance.io.internal.tree.Yaml11Quoting;
import uk.org.wcf.finance.report.SafeText;

/**
 * The one YAML and JSON writer every structured format shares (snapshots, budget books, reserve ledgers, plan
 * assumptions, DSG plans, imported actuals). YAML strings are quoted wherever a YAML 1.1 reader would take them as a
 * number, a boolean, a date or null; a character no reader of the library accepts (a control or direction-override
 * character) is written visibly, as {@code <U+001B>}, never as itself.
 */
public final class StructuredWriter {
    private StructuredWriter() {
    }

    /**
     * @param tree maps (keys in the order to write), lists, strings, numbers and booleans
     * @return the tree as YAML, without a document start marker, ending with a line end
     */
    public static String yaml(Object tree) {
        return write(new ObjectMapper(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).stringQuotingChecker(new Yaml11Quoting()).build()),
                tree, "YAML");
    }

    /**
     * @param tree maps (keys in the order to write), lists, strings, numbers and booleans
     * @return the tree as indented JSON, ending with a line end
     */
    public static String json(Object tree) {
        return write(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT), tree, "JSON");
    }

    private static String write(ObjectMapper mapper, Object tree, String format) {
        try {
            String s = mapper.writeValueAsString(visible(tree));
            return s.endsWith("\n") ? s : s + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + format, e);
        }
    }

    private static Object visible(Object node) {
        if (node instanceof String s) {
            return SafeText.visible(s);
        }
        if (node instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(visible(k), visible(v)));
            return out;
        }
        if (node instanceof List<?> l) {
            return l.stream().map(StructuredWriter::visible).toList();
        }
        return node;
    }
}
