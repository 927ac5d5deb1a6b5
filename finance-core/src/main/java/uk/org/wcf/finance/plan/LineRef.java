package uk.org.wcf.finance.plan;

import java.util.Objects;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.structure.CostLine;
import uk.org.wcf.finance.structure.SubjectiveGroup;

/**
 * Which cost line an assumption touches, by service reference or name, subjective group and optional detail,
 * so that assumptions can be written before the book they apply to is loaded.
 *
 * @param service the service's reference or name, such as {@code B}
 * @param group the subjective group
 * @param detail the detail within the group, or empty
 */
public record LineRef(String service, SubjectiveGroup group, String detail) {

    /**
     * Validates the reference.
     *
     * @param service not blank
     * @param group not null
     * @param detail may be empty
     */
    public LineRef {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(group, "group");
        detail = detail == null ? "" : detail;
    }

    /**
     * @param service the service's reference or name
     * @param group the subjective group
     * @return the reference
     */
    public static LineRef of(String service, SubjectiveGroup group) {
        return new LineRef(service, group, "");
    }

    /**
     * @param service the service's reference or name
     * @param group the subjective group
     * @param detail the detail
     * @return the reference
     */
    public static LineRef of(String service, SubjectiveGroup group, String detail) {
        return new LineRef(service, group, detail);
    }

    /**
     * @param book the book to find the service in
     * @return the cost line
     * @throws uk.org.wcf.finance.money.FinanceRuleException for a service the book does not have
     */
    public CostLine resolve(BudgetBook book) {
        return CostLine.of(book.service(service), group, detail);
    }

    @Override
    public String toString() {
        return service + " / " + group.name() + (detail.isEmpty() ? "" : " / " + detail);
    }
}
