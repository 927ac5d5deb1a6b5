package uk.org.wcf.finance.plan;

/**
 * A saving the plan left out, and why.
 *
 * @param saving the saving
 * @param reason why it was left out
 */
public record ExcludedSaving(Saving saving, String reason) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }

}
