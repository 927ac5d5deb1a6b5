package uk.org.wcf.finance.store;

import uk.org.wcf.finance.money.FinanceRuleException;

/**
 * A store rule broken: a locked period changed, a ledger file imported twice, a year closed twice, a database
 * that refused the change. The message names the field, the value and the rule, never a credential.
 */
public class StoreException extends FinanceRuleException {

    private static final long serialVersionUID = 1L;

    /**
     * @param field what holds the offending value
     * @param value the value
     * @param rule the rule broken
     */
    public StoreException(String field, Object value, String rule) {
        super(field, value, rule);
    }
}
