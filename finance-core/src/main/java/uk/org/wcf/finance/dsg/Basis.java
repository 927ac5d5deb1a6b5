package uk.org.wcf.finance.dsg;

import java.util.Objects;

import uk.org.wcf.finance.money.FinanceRuleException;

/**
 * Where an assumption of a DSG management plan comes from: a published source, or an illustrative figure that
 * no source gives (which every report marks as such).
 *
 * @param source the source, such as "Scrutiny panel 13 Nov 2019, P6 DSG forecast", or the reason an
 *               illustrative figure was chosen
 * @param illustrative true when no source gives the figure
 */
public record Basis(String source, boolean illustrative) {

    /**
     * Validates the basis.
     *
     * @param source not blank
     * @param illustrative whether the figure is illustrative
     */
    public Basis {
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new FinanceRuleException("source", "''", "an assumption names its source, or says why an "
                    + "illustrative figure was chosen");
        }
        source = source.strip();
    }

    /**
     * @param source the published source
     * @return a sourced basis
     */
    public static Basis source(String source) {
        return new Basis(source, false);
    }

    /**
     * @param note why the figure was chosen
     * @return an illustrative basis
     */
    public static Basis illustrative(String note) {
        return new Basis(note, true);
    }

    /** @return {@code [ILLUSTRATIVE: note]} or {@code [source: ...]} */
    public String label() {
        return illustrative ? "[ILLUSTRATIVE: " + source + "]" : "[source: " + source + "]";
    }

    @Override
    public String toString() {
        return label();
    }
}
