package uk.org.wcf.finance.s251;

import java.util.Locale;

/** Which of the two statements a return is: the budget set before the year, or the outturn after it. */
public enum ReturnKind {
    /** The budget statement. */
    BUDGET,
    /** The outturn statement. */
    OUTTURN,
    /** A return whose file does not say which of the two it is. */
    UNSTATED;

    /** @return {@code budget}, {@code outturn}, or {@code return} when unstated */
    public String word() {
        return this == UNSTATED ? "return" : name().toLowerCase(Locale.ROOT);
    }
}
