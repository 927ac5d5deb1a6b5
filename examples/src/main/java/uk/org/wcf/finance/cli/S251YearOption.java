package uk.org.wcf.finance.cli;

import picocli.CommandLine.Option;

import uk.org.wcf.finance.time.FiscalYear;

/** {@code --year} of an s251 file, shared by {@code s251 check} and {@code s251 benchmark}: only when the file cannot say. */
final class S251YearOption {

    @Option(names = "--year", paramLabel = "YYYY/YY", converter = YearConverter.class,
            description = "the year, when neither a Year column nor the file name gives it")
    FiscalYear year;
}
