package uk.org.wcf.finance.structure;

import java.util.Objects;

/**
 * Where a budget sits: a service, a subjective group and an optional detail within the group (such as
 * {@code utilities} within premises, or {@code placements} within other non-staffing).
 *
 * @param service the service
 * @param group the subjective group
 * @param detail a lower-case detail code, or empty for the group as a whole
 */
public record CostLine(Service service, SubjectiveGroup group, String detail) {

    /** The detail code of utilities (gas and electricity), which the MTFP inflates with its own index. */
    public static final String UTILITIES = "utilities";

    /**
     * Validates the line.
     *
     * @param service not null
     * @param group not null
     * @param detail empty, or lower-case letters, digits and underscores
     */
    public CostLine {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(group, "group");
        detail = detail == null || detail.isEmpty() ? "" : Names.code(detail, "cost line detail");
    }

    /**
     * A line for a whole subjective group of a service.
     *
     * @param service the service
     * @param group the group
     * @return the line
     */
    public static CostLine of(Service service, SubjectiveGroup group) {
        return new CostLine(service, group, "");
    }

    /**
     * A line for a detail within a group.
     *
     * @param service the service
     * @param group the group
     * @param detail the detail code
     * @return the line
     */
    public static CostLine of(Service service, SubjectiveGroup group, String detail) {
        return new CostLine(service, group, detail);
    }

    /** @return true for a utilities line */
    public boolean isUtilities() {
        return UTILITIES.equals(detail);
    }

    // equals and hashCode as the record's own (RecordMethodsTest), written out: a record's are linked at first use
    // through ObjectMethods.bootstrap, method handles spun at run time that the class-data archive cannot hold
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof CostLine l && service.equals(l.service) && group.equals(l.group)
                && detail.equals(l.detail);
    }

    @Override
    public int hashCode() {
        return (31 * service.hashCode() + group.hashCode()) * 31 + detail.hashCode();
    }

    /** @return e.g. {@code A Resources Directorate / Premises / utilities} */
    @Override
    public String toString() {
        return service.name() + " / " + group.name() + (detail.isEmpty() ? "" : " / " + detail);
    }
}
