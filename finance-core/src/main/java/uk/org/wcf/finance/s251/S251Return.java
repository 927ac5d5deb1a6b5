package uk.org.wcf.finance.s251;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * A year's section 251 returns, one per council, in one layout: what DfE publishes for every council, or a single
 * council's own statement.
 *
 * @param kind budget or outturn
 * @param catalogue the year's line catalogue (which carries the year)
 * @param councils the councils' returns, in file order
 */
public record S251Return(ReturnKind kind, LineCatalogue catalogue, List<CouncilReturn> councils) {

    /**
     * Validates the returns.
     *
     * @param kind not null
     * @param catalogue not null
     * @param councils no council twice
     */
    public S251Return {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(catalogue, "catalogue");
        councils = List.copyOf(councils);
        Set<String> seen = new HashSet<>();
        for (CouncilReturn c : councils) {
            if (!seen.add(c.la())) {
                throw new FinanceRuleException("council code (LA)", c.la(), "a council has one return a year");
            }
        }
    }

    /**
     * @param kind budget or outturn
     * @param catalogue the year's lines
     * @param councils the returns
     * @return the returns
     */
    public static S251Return of(ReturnKind kind, LineCatalogue catalogue, List<CouncilReturn> councils) {
        return new S251Return(kind, catalogue, councils);
    }

    /** @return the year */
    public FiscalYear year() {
        return catalogue.year();
    }

    /**
     * @param la a council code
     * @return that council's return, or empty
     */
    public Optional<CouncilReturn> council(String la) {
        String code = la.strip();
        return councils.stream().filter(c -> c.la().equals(code)).findFirst();
    }

    /**
     * @param la a council code
     * @return that council's return
     * @throws FinanceRuleException naming the code when no council has it
     */
    public CouncilReturn requireCouncil(String la) {
        return council(la).orElseThrow(() -> new FinanceRuleException("council code (LA)", "'" + la + "'",
                "no council in the " + year() + " " + kind.word() + " has it (" + councils.size() + " councils)"));
    }

    /** @return {@code s251 outturn 2012/13: 152 councils} */
    @Override
    public String toString() {
        return "s251 " + kind.word() + " " + year() + ": " + councils.size() + " councils";
    }
}
