package uk.org.wcf.finance.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.joda.money.Money;

import uk.org.wcf.finance.ledger.Actuals;
import uk.org.wcf.finance.ledger.LedgerLines;
import uk.org.wcf.finance.money.Gbp;

/**
 * The text forms of imported actuals that {@link LedgerImport#write} returns: JSON written straight into one buffer
 * (the import's hot output: a million postings' actuals with their ledger lines), and the tree that YAML is written
 * from. The two say the same: a test holds the JSON equal to what Jackson's object mapper writes for the tree.
 */
final class ActualsText {

    private ActualsText() {
    }

    /**
     * JSON in the layout of Jackson's default pretty printer (two-space indents, {@code " : "} between a name and its
     * value, arrays inline: {@code [ {}, {} ]}, {@code [ ]} when empty), byte for byte what the object mapper writes
     * for {@link #tree} (a test holds them equal), written into one buffer: loading Jackson took longer than writing
     * the JSON of a million postings, and its escaping looked at each character of the ledger lines and amounts,
     * which are digits and punctuation of our own (only the names from the files are escaped, as Jackson does).
     */
    static String json(Actuals actuals) {
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder(1024 + actuals.lines().size() * 1536); // a traced line takes about 1,400
        sb.append('{').append(nl).append("  \"schemaVersion\" : 1,").append(nl).append("  \"year\" : ");
        quoted(sb, actuals.year().toString());
        sb.append(',').append(nl).append("  \"unit\" : \"pounds\",").append(nl);
        if (!actuals.provenance().ledger().isEmpty()) {
            sb.append("  \"ledger\" : ");
            quoted(sb, actuals.provenance().ledger());
            sb.append(',').append(nl);
        }
        sb.append("  \"lines\" : [");
        String sep = " {";
        for (Map.Entry<String, List<Money>> e : actuals.lines().entrySet()) {
            sb.append(sep).append(nl).append("    \"line\" : ");
            sep = ", {";
            quoted(sb, e.getKey());
            sb.append(',').append(nl).append("    \"periods\" : {");
            List<Money> periods = e.getValue();
            for (int p = 0; p < periods.size(); p++) {
                sb.append(p == 0 ? "" : ",").append(nl).append("      \"P").append(p + 1).append("\" : \"")
                        .append(periods.get(p).getAmount().toPlainString()).append('"');
            }
            sb.append(nl).append("    },").append(nl).append("    \"total\" : \"")
                    .append(Gbp.sum(periods).getAmount().toPlainString()).append('"');
            List<LedgerLines> at = actuals.provenance().lines().get(e.getKey());
            boolean traced = false;
            for (int p = 0; at != null && p < at.size(); p++) {
                if (!at.get(p).isEmpty()) {
                    sb.append(traced ? "," : "," + nl + "    \"ledgerLines\" : {").append(nl).append("      \"P").append(p + 1)
                            .append("\" : \"").append(at.get(p)).append('"');
                    traced = true;
                }
            }
            sb.append(traced ? nl + "    }" : "").append(nl).append("  }");
        }
        sb.append(" ],").append(nl).append("  \"unmapped\" : [");
        sep = " {";
        for (Actuals.Unmapped u : actuals.unmapped()) {
            sb.append(sep).append(nl).append("    \"costCentre\" : ");
            sep = ", {";
            quoted(sb, u.costCentre());
            sb.append(',').append(nl).append("    \"code\" : ");
            quoted(sb, u.code());
            sb.append(',').append(nl).append("    \"postings\" : ").append(u.postings()).append(',').append(nl)
                    .append("    \"total\" : \"").append(u.total().getAmount().toPlainString()).append('"').append(nl).append("  }");
        }
        return sb.append(" ]").append(nl).append('}').append('\n').toString();
    }

    /**
     * A JSON string as Jackson writes it: quote and backslash escaped, the control characters with a short escape
     * (backspace, tab, line feed, form feed, carriage return) as that, the others as a unicode escape in upper-case
     * hex; everything else as itself.
     */
    private static void quoted(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c >= 0x20) {
                sb.append(c);
            } else {
                String shortForm = switch (c) {
                    case '\b' -> "\\b";
                    case '\t' -> "\\t";
                    case '\n' -> "\\n";
                    case '\f' -> "\\f";
                    case '\r' -> "\\r";
                    default -> null;
                };
                sb.append(shortForm != null ? shortForm : "\\u00" + "0123456789ABCDEF".charAt(c >> 4) + "0123456789ABCDEF".charAt(c & 0xF));
            }
        }
        sb.append('"');
    }

    /** A line's ledger lines by period ({@code P1}: {@code 2, 5, 9-14}), the periods without postings left out. */
    private static Map<String, String> ledgerLines(Actuals actuals, String line) {
        Map<String, String> at = new LinkedHashMap<>();
        actuals.provenance().of(line).ifPresent(l -> {
            for (int p = 0; p < l.size(); p++) {
                if (!l.get(p).isEmpty()) {
                    at.put("P" + (p + 1), l.get(p).toString());
                }
            }
        });
        return at;
    }

    /** The tree the object mapper writes, for YAML (and, in a test, to hold the JSON writer to it). */
    static Map<String, Object> tree(Actuals actuals) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", 1);
        root.put("year", actuals.year().toString());
        root.put("unit", "pounds");
        if (!actuals.provenance().ledger().isEmpty()) {
            root.put("ledger", actuals.provenance().ledger());
        }
        root.put("lines", actuals.lines().entrySet().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", e.getKey());
            Map<String, Object> periods = new LinkedHashMap<>();
            for (int p = 0; p < e.getValue().size(); p++) {
                periods.put("P" + (p + 1), e.getValue().get(p).getAmount().toPlainString());
            }
            m.put("periods", periods);
            m.put("total", Gbp.sum(e.getValue()).getAmount().toPlainString());
            Map<String, String> at = ledgerLines(actuals, e.getKey());
            if (!at.isEmpty()) {
                m.put("ledgerLines", at);
            }
            return m;
        }).toList());
        root.put("unmapped", actuals.unmapped().stream().map(u -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("costCentre", u.costCentre());
            m.put("code", u.code());
            m.put("postings", u.postings());
            m.put("total", u.total().getAmount().toPlainString());
            return m;
        }).toList());
        return root;
    }
}
