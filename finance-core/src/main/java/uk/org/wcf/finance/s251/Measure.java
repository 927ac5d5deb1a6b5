package uk.org.wcf.finance.s251;

import java.util.Arrays;
import java.util.stream.Collectors;

import uk.org.wcf.finance.money.FinanceRuleException;

/** The ten measure columns of a section 251 line, in DfE's column order, each named as DfE's files name it. */
public enum Measure {
    /** Spend on the council's own provision. */
    OWN_PROVISION("OwnProvision"),
    /** Spend on private provision. */
    PRIVATE_PROVISION("PrivateProvision"),
    /** Spend on provision by other public bodies. */
    OTHER_PUBLIC("OtherPublic"),
    /** Spend on voluntary provision. */
    VOLUNTARY("Voluntary"),
    /** Total expenditure: own + private + other public + voluntary. */
    TOTAL_EXPENDITURE("TotalExpenditure"),
    /** Income. */
    INCOME("Income"),
    /** Net current expenditure: total expenditure - income. */
    NET_CURRENT_EXPENDITURE("NetCurrentExpenditure"),
    /** Government grants inside aggregate external finance. */
    GOV_GRANTS_INSIDE_AEF("GovGrantsInsideAEF"),
    /** Government grants outside aggregate external finance. */
    GOV_GRANTS_OUTSIDE_AEF("GovGrantsOutsideAEF"),
    /** The council's net revenue expenditure: net - grants inside AEF - grants outside AEF. */
    LEA_NET_REVENUE_EXPENDITURE("LEANetRevenueExpenditure");

    private final String column;

    Measure(String column) {
        this.column = column;
    }

    /** @return the column name in DfE's files, such as {@code TotalExpenditure} */
    public String column() {
        return column;
    }

    /**
     * @param text a column name such as {@code TotalExpenditure}, in any case
     * @return the measure
     * @throws FinanceRuleException naming the ten measures otherwise
     */
    public static Measure parse(String text) {
        for (Measure m : values()) {
            if (m.column.equalsIgnoreCase(text.strip())) {
                return m;
            }
        }
        throw new FinanceRuleException("measure", "'" + text + "'", "it is one of "
                + Arrays.stream(values()).map(Measure::column).collect(Collectors.joining(", ")));
    }

    /** @return the column name */
    @Override
    public String toString() {
        return column;
    }
}
