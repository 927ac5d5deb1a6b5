package uk.org.wcf.finance.cli;

import picocli.CommandLine;

import uk.org.wcf.finance.time.FiscalYear;

/** Converts {@code --year 2020/21}. */
final class YearConverter implements CommandLine.ITypeConverter<FiscalYear> {
    @Override
    public FiscalYear convert(String value) {
        try {
            return FiscalYear.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
