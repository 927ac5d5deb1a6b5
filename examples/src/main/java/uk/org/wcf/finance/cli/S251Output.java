package uk.org.wcf.finance.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * {@code --format} and {@code --output}, shared by the s251 commands that print a table: text or CSV (after a first
 * comment line), on stdout or written atomically to a file.
 */
final class S251Output {

    @Option(names = "--format", defaultValue = "text", description = "text or csv (default: ${DEFAULT-VALUE})")
    S251Command.Format format = S251Command.Format.TEXT;

    @Option(names = "--output", paramLabel = "FILE", description = "write to FILE (atomically) instead of stdout")
    Path output;

    /** @return true when the table is to be CSV */
    boolean csv() {
        return format == S251Command.Format.CSV;
    }
}
