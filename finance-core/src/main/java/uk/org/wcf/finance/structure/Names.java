package uk.org.wcf.finance.structure;

import java.util.Locale;
import java.util.regex.Pattern;

import uk.org.wcf.finance.money.FinanceRuleException;

/** Checks shared by the structure's codes and names. */
final class Names {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_]*");
    /** Compiled once: codeOf runs for every line a budget book reads, and String.replaceAll compiles at each call. */
    private static final Pattern NOT_CODE = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_UNDERSCORES = Pattern.compile("^_+|_+$");

    private Names() {
    }

    static String code(String code, String what) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new FinanceRuleException(what + " code", "'" + code + "'",
                    "a code is lower-case letters, digits and underscores, such as 'staffing'");
        }
        return code;
    }

    static String name(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new FinanceRuleException(what + " name", "'" + name + "'", "a name may not be blank");
        }
        return name.strip();
    }

    /** A code made from a name: 'Resources Directorate' becomes 'resources_directorate'. */
    static String codeOf(String name) {
        String c = EDGE_UNDERSCORES.matcher(NOT_CODE.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("_")).replaceAll("");
        return c.isEmpty() ? "unnamed" : c;
    }
}
