package uk.org.wcf.finance.money;

import java.util.Objects;

/**
 * A value broke a finance rule. The message names the field, the offending value and the rule, in words a
 * finance officer can act on; the three parts are also available separately for callers that report them.
 */
public class FinanceRuleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The field or line that holds the offending value. */
    private final String field;
    /** The offending value, as text. */
    private final String value;
    /** The rule that was broken. */
    private final String rule;

    /**
     * Creates an exception for a broken rule.
     *
     * @param field the field or line, such as {@code "staffing for 'Resources Directorate'"}
     * @param value the offending value, as text
     * @param rule the rule broken, such as {@code "a budget line may not be negative"}
     */
    public FinanceRuleException(String field, Object value, String rule) {
        super(field + " is " + text(value) + ": " + rule);
        this.field = Objects.requireNonNull(field, "field");
        this.value = text(value);
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** Money as a finance officer reads it (£1,101,000.00, brackets for a negative); anything else as it prints. */
    private static String text(Object value) {
        return value instanceof org.joda.money.Money m && m.getCurrencyUnit().equals(Gbp.GBP) ? Gbp.readable(m) : String.valueOf(value);
    }

    /** @return the field or line that holds the offending value */
    public String field() {
        return field;
    }

    /** @return the offending value as text */
    public String value() {
        return value;
    }

    /** @return the rule that was broken */
    public String rule() {
        return rule;
    }
}
