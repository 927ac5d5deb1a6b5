package uk.org.wcf.finance.io;

import java.util.Locale;

/**
 * The form a ledger writes its dates in: {@link #AUTO} (the default) takes each of the forms below cell by cell;
 * any other value declares one form and refuses the others at their cell. The month is never first: a UK
 * spreadsheet writes 14 April 2020 as {@code 14/04/2020}.
 */
public enum DateFormat {
    /** Any of the forms, cell by cell. */
    AUTO("auto"),
    /** {@code 2020-04-14}. */
    ISO("yyyy-mm-dd"),
    /** {@code 14/04/2020} (day first). */
    DAY_MONTH_YEAR("dd/mm/yyyy"),
    /** {@code 14-Apr-2020}. */
    DAY_MONTH_NAME_YEAR("dd-mmm-yyyy");

    private final String text;

    DateFormat(String text) {
        this.text = text;
    }

    /** @return the form as the {@code --date-format} option names it */
    public String text() {
        return text;
    }

    /**
     * @param text {@code auto}, {@code yyyy-mm-dd} (or {@code iso}), {@code dd/mm/yyyy} or {@code dd-mmm-yyyy}, in
     *             any case
     * @return the format
     * @throws IllegalArgumentException naming the forms otherwise
     */
    public static DateFormat parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("iso")) {
            return ISO;
        }
        for (DateFormat f : values()) {
            if (f.text.equals(t)) {
                return f;
            }
        }
        throw new IllegalArgumentException("date format is '" + text + "': it is one of auto, yyyy-mm-dd,"
                + " dd/mm/yyyy or dd-mmm-yyyy (the month is never first)");
    }

    @Override
    public String toString() {
        return text;
    }
}
