package uk.org.wcf.finance.s251;

import java.util.Locale;

/** Which of the two statements a return is: the budget set before the year, or the outturn after it. */
public enum ReturnKind {
    /** The budget statement. */
    BUDGET,
    /** The outturn statement. */
    OUTTURN;

    /** @return {@code budget} or {@code outturn} */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
