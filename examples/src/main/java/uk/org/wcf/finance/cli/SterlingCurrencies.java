package uk.org.wcf.finance.cli;

import org.joda.money.CurrencyUnitDataProvider;

/**
 * The currencies the command-line tool registers with Joda-Money: sterling, which every amount the library reads,
 * computes and prints is in, and the six that Joda-Money itself names as constants ({@code CurrencyUnit.USD},
 * {@code EUR}, {@code JPY}, {@code CHF}, {@code AUD}, {@code CAD}: its class does not initialise without them).
 *
 * <p>Why: Joda-Money's default provider parses its tables of every ISO currency and country with regular expressions
 * when the first amount is made, about 12 ms of every command's start (benchmarks/README.md, "Start-up"), for
 * currencies no file the tool reads can name (amounts in its files are numbers in pounds; no format has a currency
 * column). {@link WcfFinance#main} selects it through Joda-Money's documented system property,
 * {@code org.joda.money.CurrencyUnitDataProvider}, unless that is already set: to have Joda-Money's full table (in a
 * notebook run by the {@code notebook} command, say),
 * {@code JAVA_OPTS=-Dorg.joda.money.CurrencyUnitDataProvider=org.joda.money.DefaultCurrencyUnitDataProvider}.
 * A library that embeds wcf-finance is not affected: only the tool's {@code main} selects it.
 */
public final class SterlingCurrencies extends CurrencyUnitDataProvider {

    /** Joda-Money makes it by reflection (public, without parameters). */
    public SterlingCurrencies() {
    }

    /** Registers each currency with the code, ISO numeric code and decimal places of Joda-Money's own table. */
    @Override
    protected void registerCurrencies() {
        registerCurrency("GBP", 826, 2);
        registerCountry("GB", "GBP");
        registerCurrency("USD", 840, 2);
        registerCurrency("EUR", 978, 2);
        registerCurrency("JPY", 392, 0);
        registerCurrency("CHF", 756, 2);
        registerCurrency("AUD", 36, 2);
        registerCurrency("CAD", 124, 2);
    }
}
