package uk.org.wcf.finance.plan;

import java.util.Objects;

import uk.org.wcf.finance.money.FinanceRuleException;

/** Checks shared by the assumption records. */
final class Describe {

    private Describe() {
    }

    static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new FinanceRuleException("assumption name", "'" + name + "'", "every assumption has a name");
        }
        return name.strip();
    }

    static String source(String source) {
        return Objects.requireNonNullElse(source, "").strip();
    }
}
