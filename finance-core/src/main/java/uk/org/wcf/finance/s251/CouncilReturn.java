package uk.org.wcf.finance.s251;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import uk.org.wcf.finance.money.FinanceRuleException;

/**
 * One council's section 251 figures for a year: its code, its name and each line's figures.
 *
 * @param la the council's DfE code, such as {@code 885} for Worcestershire
 * @param name the council's name
 * @param lines each line's figures by line number
 */
public record CouncilReturn(String la, String name, Map<Integer, Figures> lines) {

    /**
     * Validates the return.
     *
     * @param la not blank
     * @param name not null
     * @param lines not null; copied, in line-number order
     */
    public CouncilReturn {
        Objects.requireNonNull(la, "la");
        if (la.isBlank()) {
            throw new FinanceRuleException("council code (LA)", "blank", "a return needs its council's code");
        }
        Objects.requireNonNull(name, "name");
        lines = Collections.unmodifiableMap(new TreeMap<>(lines));
    }

    /**
     * @param la the council's code
     * @param name its name
     * @param lines its figures by line number
     * @return the return
     */
    public static CouncilReturn of(String la, String name, Map<Integer, Figures> lines) {
        return new CouncilReturn(la, name, lines);
    }

    /**
     * @param line a line number
     * @return that line's figures, or empty when the return has no such line
     */
    public Optional<Figures> figures(int line) {
        return Optional.ofNullable(lines.get(line));
    }

    /** @return {@code 885 Worcestershire} */
    @Override
    public String toString() {
        return la + " " + name;
    }
}
