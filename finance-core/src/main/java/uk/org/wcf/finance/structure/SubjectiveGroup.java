package uk.org.wcf.finance.structure;

import java.util.List;

import uk.org.wcf.finance.money.FinanceRuleException;

/**
 * A subjective group: what money is spent on, as opposed to which service spends it. The published Table 2
 * has four; a cost line may carry a detail within its group (utilities within premises). The set is open:
 * {@link #of} makes others.
 *
 * @param code a lower-case code, such as {@code staffing}
 * @param name the heading as published
 * @param staffing true for pay and on-costs, which staffing inflation applies to
 */
public record SubjectiveGroup(String code, String name, boolean staffing) {

    /** Pay and employer on-costs. */
    public static final SubjectiveGroup STAFFING = new SubjectiveGroup("staffing", "Staffing", true);
    /** Premises, including utilities (gas, electricity) as their own lines. */
    public static final SubjectiveGroup PREMISES = new SubjectiveGroup("premises", "Premises", false);
    /** Transport, including home to school transport contracts. */
    public static final SubjectiveGroup TRANSPORT = new SubjectiveGroup("transport", "Transport", false);
    /** Everything else: placements, supplies and services, support services bought back. */
    public static final SubjectiveGroup OTHER_NON_STAFFING =
            new SubjectiveGroup("other_non_staffing", "Other Non Staffing", false);

    /** Expenditure the source gives only as a service total (the 2019/20 part-year in Table 3). */
    public static final SubjectiveGroup NOT_ANALYSED = new SubjectiveGroup("not_analysed", "Not analysed", false);

    /** The four groups of the published Table 2, in its column order. */
    public static final List<SubjectiveGroup> PUBLISHED = List.of(STAFFING, PREMISES, TRANSPORT, OTHER_NON_STAFFING);

    /**
     * Validates the group.
     *
     * @param code lower-case letters, digits and underscores
     * @param name not blank
     * @param staffing whether staffing inflation applies
     */
    public SubjectiveGroup {
        code = Names.code(code, "subjective group");
        name = Names.name(name, "subjective group");
    }

    /**
     * A group other than the standard four.
     *
     * @param code the code
     * @param name the name
     * @param staffing whether it is pay
     * @return the group
     */
    public static SubjectiveGroup of(String code, String name, boolean staffing) {
        return new SubjectiveGroup(code, name, staffing);
    }

    /**
     * One of the standard groups (or {@link #NOT_ANALYSED}) by its code.
     *
     * @param code such as {@code staffing} or {@code other_non_staffing}
     * @return the group
     * @throws uk.org.wcf.finance.money.FinanceRuleException for an unknown code
     */
    public static SubjectiveGroup standard(String code) {
        for (SubjectiveGroup g : PUBLISHED) {
            if (g.code.equals(code)) {
                return g;
            }
        }
        if (NOT_ANALYSED.code.equals(code)) {
            return NOT_ANALYSED;
        }
        throw new FinanceRuleException("subjective group", "'" + code + "'",
                "unknown; a subjective group is one of staffing, premises, transport, other_non_staffing, not_analysed");
    }

    // equals and hashCode as the record's own (RecordMethodsTest), written out: a record's are linked at first use
    // through ObjectMethods.bootstrap, method handles spun at run time that the class-data archive cannot hold
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof SubjectiveGroup g && code.equals(g.code) && name.equals(g.name)
                && staffing == g.staffing;
    }

    @Override
    public int hashCode() {
        return (31 * code.hashCode() + name.hashCode()) * 31 + Boolean.hashCode(staffing);
    }

    @Override
    public String toString() {
        return name;
    }
}
