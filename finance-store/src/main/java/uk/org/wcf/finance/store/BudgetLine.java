package uk.org.wcf.finance.store;

import java.util.Objects;

import org.joda.money.Money;

import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.monitor.Scope;

/**
 * A line of a stored budget book.
 *
 * @param scope DSG or non-DSG
 * @param line the monitoring line's name
 * @param group its group (a DSG block code, or a service), or empty
 * @param netBudget the net budget (negative for income, such as the DSG grant)
 */
public record BudgetLine(Scope scope, String line, String group, Money netBudget) {

    /**
     * Validates the line.
     *
     * @param scope not null
     * @param line not blank
     * @param group not null
     * @param netBudget GBP
     */
    public BudgetLine {
        Objects.requireNonNull(scope, "scope");
        if (line == null || line.isBlank()) {
            throw new StoreException("budget line", "'" + line + "'", "every budget line has a name");
        }
        line = line.strip();
        group = group == null ? "" : group.strip();
        Gbp.requireGbp(netBudget, "net budget of '" + line + "'");
    }

    /** The versions of a year's budget book: the agreed budget and its in-year revision. */
    public enum Version {
        /** As agreed at budget setting. */
        AGREED,
        /** Revised in year; where a year has a revised book it is used in place of the agreed one. */
        REVISED
    }
}
