package uk.org.wcf.finance.cli;

import picocli.CommandLine;

import uk.org.wcf.finance.io.DateFormat;

/** Converts {@code --date-format dd/mm/yyyy}. */
final class DateFormatConverter implements CommandLine.ITypeConverter<DateFormat> {
    @Override
    public DateFormat convert(String value) {
        try {
            return DateFormat.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
