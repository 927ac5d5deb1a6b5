package uk.org.wcf.finance.report;

import java.math.BigDecimal;

/**
 * How a rounded figure is written: for people (thousands separators, negatives in brackets, as the published
 * tables print them) or for machines (a plain signed number). Formatting never rounds: it is given figures the
 * {@link uk.org.wcf.finance.money.RoundingPolicy} has already rounded.
 */
public enum FigureFormat {
    /** {@code 36,752} and {@code (975)}. */
    PRINTED,
    /** {@code 36752} and {@code -975}. */
    PLAIN;

    /**
     * @param figure a rounded figure
     * @return the figure written in this format
     */
    public String format(long figure) {
        return format(BigDecimal.valueOf(figure));
    }

    /**
     * @param figure a rounded figure (whole, or with the decimals it was rounded to)
     * @return the figure written in this format
     */
    public String format(BigDecimal figure) {
        if (this == PLAIN) {
            return figure.toPlainString();
        }
        // Written digit by digit rather than with DecimalFormat("#,##0") and Locale.UK's symbols (what it was, and
        // what FigureFormatTest checks it against): the first DecimalFormatSymbols of a run starts the JDK's locale
        // providers, a visible part of a command's start-up. The fraction keeps the figure's scale, so nothing rounds.
        String digits = figure.abs().toPlainString();
        int point = digits.indexOf('.');
        int whole = point < 0 ? digits.length() : point;
        boolean negative = figure.signum() < 0;
        StringBuilder sb = new StringBuilder(digits.length() + whole / 3 + 2);
        if (negative) {
            sb.append('(');
        }
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(digits.charAt(i));
        }
        sb.append(digits, whole, digits.length());
        return negative ? sb.append(')').toString() : sb.toString();
    }
}
