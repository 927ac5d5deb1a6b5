package uk.org.wcf.finance.plan;

import java.util.Objects;

import org.joda.money.Money;

import uk.org.wcf.finance.structure.Service;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * One step of the bridge from the previous year to this one: a service, a driver, the assumption behind it and
 * the amount, to the penny. For each year and service the steps add exactly to the change in its budget.
 *
 * @param year the year bridged to
 * @param service the service
 * @param driver the driver
 * @param assumption the assumption's name ({@code rounding} for the rounding step)
 * @param amount the amount
 */
public record BridgeLine(FiscalYear year, Service service, Driver driver, String assumption, Money amount) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * Validates the line.
     *
     * @param year not null
     * @param service not null
     * @param driver not null
     * @param assumption not null
     * @param amount not null
     */
    public BridgeLine {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(driver, "driver");
        Objects.requireNonNull(assumption, "assumption");
        Objects.requireNonNull(amount, "amount");
    }
}
