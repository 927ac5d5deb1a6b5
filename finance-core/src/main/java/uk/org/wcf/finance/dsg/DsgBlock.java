package uk.org.wcf.finance.dsg;

import java.util.Locale;

import uk.org.wcf.finance.money.FinanceRuleException;

/** The four blocks of the Dedicated Schools Grant. */
public enum DsgBlock {
    /** Schools block (school formula budgets, de-delegated services). */
    SCHOOLS("Schools"),
    /** Central School Services block (statutory duties, historic commitments). */
    CENTRAL_SCHOOL_SERVICES("Central School Services"),
    /** High Needs block. */
    HIGH_NEEDS("High Needs"),
    /** Early Years block. */
    EARLY_YEARS("Early Years");

    private final String label;

    DsgBlock(String label) {
        this.label = label;
    }

    /** @return the block's name */
    public String label() {
        return label;
    }

    /** @return the lower-case code, such as {@code high_needs} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param code a block code such as {@code high_needs}
     * @return the block
     */
    public static DsgBlock parse(String code) {
        for (DsgBlock b : values()) {
            if (b.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return b;
            }
        }
        throw new FinanceRuleException("DSG block", "'" + code + "'",
                "a DSG block is schools, central_school_services, high_needs or early_years");
    }
}
