package uk.org.wcf.finance.plan;

/**
 * A saving the plan left out, and why.
 *
 * @param saving the saving
 * @param reason why it was left out
 */
public record ExcludedSaving(Saving saving, String reason) {
}
