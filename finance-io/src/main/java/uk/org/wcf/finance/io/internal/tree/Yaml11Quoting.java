package uk.org.wcf.finance.io.internal.tree;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Quotes every string that a YAML 1.1 reader would take as something other than text. Jackson's own check knows
 * {@code true}, {@code yes} and plain numbers, but not {@code .inf}, {@code 0x10}, {@code 1_000}, {@code 12:30}
 * (base 60 in YAML 1.1), {@code 2020-01-01} (a timestamp), {@code ~} or {@code <<}: a label or a cost centre written
 * unquoted as one of those comes back from PyYAML, Ruby or SnakeYAML as a number, a date or null. YAML 1.1's own
 * resolver (SnakeYAML's) decides, so the rule is the reader's, not a list kept here.
 */
public final class Yaml11Quoting extends StringQuotingChecker {

    private static final long serialVersionUID = 1L;
    private static final Resolver YAML_1_1 = new Resolver();

    @Override
    public boolean needToQuoteName(String name) {
        return Default.instance().needToQuoteName(name) || !isText(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
        return Default.instance().needToQuoteValue(value) || !isText(value);
    }

    private static boolean isText(String s) {
        return !s.isEmpty() && Tag.STR.equals(YAML_1_1.resolve(NodeId.scalar, s, true));
    }
}
