package uk.org.wcf.finance.s251;

/** The rules a section 251 return keeps, in the order they are checked and reported. */
public enum S251Rule {
    /** Within a row: TotalExpenditure = OwnProvision + PrivateProvision + OtherPublic + Voluntary. */
    TOTAL("total", "TotalExpenditure = OwnProvision + PrivateProvision + OtherPublic + Voluntary"),
    /** Within a row: NetCurrentExpenditure = TotalExpenditure - Income. */
    NET("net", "NetCurrentExpenditure = TotalExpenditure - Income"),
    /** Within a row: LEANetRevenueExpenditure = NetCurrentExpenditure - GovGrantsInsideAEF - GovGrantsOutsideAEF. */
    LEA_NET("lea_net", "LEANetRevenueExpenditure = NetCurrentExpenditure - GovGrantsInsideAEF - GovGrantsOutsideAEF"),
    /** Across rows: a section's total line equals the sum of its lines. */
    SECTION("section", "a section total equals the sum of its lines"),
    /** Across rows: a grand total equals the sum of its section totals and lines. */
    GRAND_TOTAL("grand_total", "a grand total equals the sum of its totals and lines");

    private final String code;
    private final String statement;

    S251Rule(String code, String statement) {
        this.code = code;
        this.statement = statement;
    }

    /** @return the rule's name in CSV output: {@code total}, {@code net}, {@code lea_net}, {@code section}, {@code grand_total} */
    public String code() {
        return code;
    }

    /** @return the rule as a sentence */
    public String statement() {
        return statement;
    }

    /** @return the code */
    @Override
    public String toString() {
        return code;
    }
}
