package uk.org.wcf.finance.structure;

import java.util.List;

import uk.org.wcf.finance.money.FinanceRuleException;

/**
 * A source of funding the council passes through to the company on top of its base budget (Business Plan
 * 2020/21, Table 4). The eight published sources are constants; {@link #of} makes others.
 *
 * @param code a lower-case code, such as {@code dedicated_schools_grant}
 * @param name the line as published
 */
public record FundingSource(String code, String name) {

    /** Dedicated Schools Grant (the part that funds the company). */
    public static final FundingSource DEDICATED_SCHOOLS_GRANT =
            new FundingSource("dedicated_schools_grant", "Dedicated Schools Grant");
    /** Public Health ring-fenced grant. */
    public static final FundingSource PUBLIC_HEALTH_GRANT =
            new FundingSource("public_health_ring_fenced_grant", "Public Health Ring-Fenced Grant");
    /** NHS income. */
    public static final FundingSource NHS_INCOME = new FundingSource("nhs_income", "NHS Income");
    /** Other grants. */
    public static final FundingSource OTHER_GRANTS = new FundingSource("other_grants", "Other Grants");
    /** Other income. */
    public static final FundingSource OTHER_INCOME = new FundingSource("other_income", "Other Income");
    /** Council reserves passported to the company as income. */
    public static final FundingSource FUNDING_FROM_RESERVES =
            new FundingSource("funding_from_reserves", "Funding from Reserves");
    /** Home to school transport income. */
    public static final FundingSource HTST_INCOME = new FundingSource("htst_income", "HTST Income");
    /** Capitalised revenue. */
    public static final FundingSource CAPITALISED_REVENUE =
            new FundingSource("capitalised_revenue", "Capitalised Revenue");
    /** Funding added to the contract where the source does not itemise it (the 2019/20 part-year). */
    public static final FundingSource NOT_ITEMISED =
            new FundingSource("funding_added_to_contract", "Funding added to contract (Grants / Income / Reserves)");

    /** The eight sources of Table 4, in its order. */
    public static final List<FundingSource> PUBLISHED = List.of(DEDICATED_SCHOOLS_GRANT, PUBLIC_HEALTH_GRANT,
            NHS_INCOME, OTHER_GRANTS, OTHER_INCOME, FUNDING_FROM_RESERVES, HTST_INCOME, CAPITALISED_REVENUE);

    /**
     * Validates the source.
     *
     * @param code lower-case letters, digits and underscores
     * @param name not blank
     */
    public FundingSource {
        code = Names.code(code, "funding source");
        name = Names.name(name, "funding source");
    }

    /**
     * A source other than the published ones.
     *
     * @param code the code
     * @param name the name
     * @return the source
     */
    public static FundingSource of(String code, String name) {
        return new FundingSource(code, name);
    }

    /**
     * A published source, or the not-itemised line, by its code.
     *
     * @param code such as {@code htst_income}
     * @return the source
     */
    public static FundingSource standard(String code) {
        for (FundingSource s : PUBLISHED) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        if (NOT_ITEMISED.code.equals(code)) {
            return NOT_ITEMISED;
        }
        throw new FinanceRuleException("funding source", "'" + code + "'",
                "not a known funding source; known: " + PUBLISHED.stream().map(FundingSource::code).toList()
                        + " and " + NOT_ITEMISED.code);
    }

    // equals and hashCode as the record's own (RecordMethodsTest), written out: a record's are linked at first use
    // through ObjectMethods.bootstrap, method handles spun at run time that the class-data archive cannot hold
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof FundingSource s && code.equals(s.code) && name.equals(s.name);
    }

    @Override
    public int hashCode() {
        return 31 * code.hashCode() + name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
