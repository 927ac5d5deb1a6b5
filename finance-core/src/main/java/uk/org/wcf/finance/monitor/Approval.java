package uk.org.wcf.finance.monitor;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import uk.org.wcf.finance.money.FinanceRuleException;

/**
 * Who agreed a movement of money and when: the annual budget, or an in-year change request with its
 * reference (Business Plan 2020/21: reserves are used as agreed in the annual budget or by change request).
 *
 * @param route annual budget or change request
 * @param reference the decision's reference, such as {@code CR-2020-014}
 * @param date when it was agreed
 */
public record Approval(Route route, String reference, LocalDate date) {

    /** How a movement was agreed. */
    public enum Route {
        /** The annual budget-setting process. */
        ANNUAL_BUDGET,
        /** An in-year change request. */
        CHANGE_REQUEST,
        /** Schools Forum (DSG block transfers). */
        SCHOOLS_FORUM,
        /** The Secretary of State (DSG block transfers above the cap without Schools Forum). */
        SECRETARY_OF_STATE;

        /**
         * Parses a route written as its lower-case name, such as {@code change_request}.
         *
         * @param text the route
         * @return the route
         * @throws FinanceRuleException naming the routes when the text is none of them
         */
        public static Route parse(String text) {
            for (Route r : values()) {
                if (r.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                    return r;
                }
            }
            throw new FinanceRuleException("route", "'" + text + "'",
                    "it is annual_budget, change_request, schools_forum or secretary_of_state");
        }
    }

    /**
     * Validates the approval.
     *
     * @param route not null
     * @param reference not blank
     * @param date not null
     */
    public Approval {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(date, "date");
        if (reference == null || reference.isBlank()) {
            throw new FinanceRuleException("approval reference", "'" + reference + "'",
                    "every approval has a reference (budget report or change request number)");
        }
    }

    /**
     * @param reference the budget report
     * @param date the date
     * @return an annual-budget approval
     */
    public static Approval annualBudget(String reference, LocalDate date) {
        return new Approval(Route.ANNUAL_BUDGET, reference, date);
    }

    /**
     * @param reference the change request number
     * @param date the date
     * @return a change-request approval
     */
    public static Approval changeRequest(String reference, LocalDate date) {
        return new Approval(Route.CHANGE_REQUEST, reference, date);
    }

    @Override
    public String toString() {
        return route.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + reference + " (" + date + ")";
    }
}
