package uk.org.wcf.finance.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

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
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        f.setMinimumFractionDigits(Math.max(figure.scale(), 0));
        f.setMaximumFractionDigits(Math.max(figure.scale(), 0));
        f.setParseBigDecimal(true);
        String body = f.format(figure.abs());
        return figure.signum() < 0 ? "(" + body + ")" : body;
    }
}
