package uk.org.wcf.finance.forecast;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The outturn forecasting methods of {@link Forecasting#forecast}, by the names the command line uses.
 * Each gives an outturn (the P50) and, where the spread can be estimated, a P10 to P90 range.
 */
public enum ForecastMethod {
    /** Actuals to date plus the months' mean for each remaining month. */
    RUN_RATE("run-rate"),
    /**
     * Actuals to date divided by the share of the year that prior years had spent by the same period, the share
     * shrunk toward flat (n/12) by 1/(years + 1): one prior year counts half, two count two thirds.
     */
    PROFILE("profile"),
    /** Simple exponential smoothing of the months (alpha 0.3): the smoothed level for each remaining month. */
    SMOOTHING("smoothing"),
    /**
     * A least-squares line through the months, its slope shrunk toward flat by its significance (t^2 / (1 + t^2))
     * and, on a cost line, limited so that no remaining month is forecast below nil.
     */
    TREND("trend"),
    /**
     * Per line, the one of run rate, profile and smoothing with the smallest mean absolute % error when
     * backtested on that line's prior years (each year forecast at P1 to P11 from the years before it); run rate
     * when the line has no prior year to test on, or when no other method's error there was at least 5% smaller
     * than run rate's.
     */
    AUTO("auto");

    private final String cliName;

    ForecastMethod(String cliName) {
        this.cliName = cliName;
    }

    /** @return the name on the command line and in CSV, such as {@code run-rate} */
    public String cliName() {
        return cliName;
    }

    /**
     * @param text a name such as {@code run-rate} (case ignored)
     * @return the method
     * @throws IllegalArgumentException naming the methods when the text is none of them
     */
    public static ForecastMethod parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.cliName.equals(t)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("method is '" + text + "': it is one of "
                        + Arrays.stream(values()).map(ForecastMethod::cliName).collect(Collectors.joining(", "))));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
