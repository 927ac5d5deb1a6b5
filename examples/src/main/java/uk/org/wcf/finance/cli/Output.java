package uk.org.wcf.finance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;

import uk.org.wcf.finance.io.write.AtomicFiles;
import uk.org.wcf.finance.io.write.Csv;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.report.FigureTable;
import uk.org.wcf.finance.report.RoundedTable;
import uk.org.wcf.finance.report.TableText;

/** The options shared by commands that print a report: {@code --format}, {@code --output} and {@code --verbose}. */
final class Output {

    /**
     * The UTF-8 byte-order mark that starts every CSV file the tool writes, so that Excel on Windows opens it as
     * UTF-8 (a £ stays a £, not Â£); the library's readers skip it. CSV on stdout, for scripts, has none.
     */
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The formats a report can be printed in. */
    enum Format {
        TEXT, CSV, MARKDOWN;

        /** @return the name as a user types it, and as messages print it */
        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Option(names = "--format", description = "text, csv or markdown (default: from the --output file's ending, "
            + ".csv or .md, else text)")
    private Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "write to FILE (atomically) instead of stdout")
    Path output;

    @picocli.CommandLine.Mixin
    VerboseOption verbose = new VerboseOption();

    /**
     * The format: {@code --format} when given, else the one the output file's ending names ({@code .csv},
     * {@code .md}, {@code .txt}), else text.
     *
     * @return the format
     * @throws IllegalArgumentException when {@code --format} contradicts the output file's ending
     */
    Format format() {
        Format byName = output == null ? null : byEnding(output);
        if (format != null && byName != null && byName != format) {
            throw new IllegalArgumentException("--format " + format + " does not match the output file " + output.getFileName()
                    + ", whose ending says " + byName + ": give a file ending in " + ending(format) + ", or leave --format out");
        }
        return format != null ? format : byName != null ? byName : Format.TEXT;
    }

    /**
     * Refuses a format the command does not write.
     *
     * @param command the command's name
     * @param formats the formats it writes
     * @return the format
     */
    Format format(String command, Format... formats) {
        Format f = format();
        if (!List.of(formats).contains(f)) {
            throw new IllegalArgumentException(command + " writes " + String.join(" or ", java.util.Arrays.stream(formats)
                    .map(Format::toString).toList()) + ", not " + f + (format == null ? " (from the output file's ending)" : ""));
        }
        return f;
    }

    private static Format byEnding(Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".csv")) {
            return Format.CSV;
        }
        if (n.endsWith(".md") || n.endsWith(".markdown")) {
            return Format.MARKDOWN;
        }
        if (n.endsWith(".txt")) {
            return Format.TEXT;
        }
        return null;
    }

    private static String ending(Format f) {
        return switch (f) {
            case CSV -> ".csv";
            case MARKDOWN -> ".md";
            case TEXT -> ".txt";
        };
    }

    /**
     * Prints the report, or writes it to the output file.
     *
     * @param out stdout
     * @param text the report
     * @throws IOException when the output file cannot be written (nothing is left behind)
     */
    void emit(PrintWriter out, String text) throws IOException {
        if (output == null) {
            out.print(text);
            out.flush();
        } else {
            boolean bom = format() == Format.CSV;
            write(output, o -> {
                if (bom) {
                    o.write(BOM);
                }
                o.write(text.getBytes(StandardCharsets.UTF_8));
            });
        }
    }

    /**
     * Renders tables in the chosen format, each rounded to £000 through the rounding policy: text and markdown
     * tables each followed by a blank line. CSV is one table however many the report has (a file of several
     * tables one after another is not what a spreadsheet or a script can read): one row per figure, columns
     * {@code table,ref,line,column,amount_gbp_thousands} ({@link Csv#longHeader}).
     *
     * @param tables the tables, in order
     * @return the text
     */
    String tables(List<FigureTable> tables) {
        if (format() == Format.CSV) {
            return longCsv(List.of(), tables.stream().map(t -> List.<String>of()).toList(), tables);
        }
        StringBuilder sb = new StringBuilder();
        for (FigureTable t : tables) {
            RoundedTable r = t.round(RoundingPolicy.THOUSANDS);
            switch (format()) {
                case TEXT -> sb.append(TableText.text(r)).append('\n');
                case MARKDOWN -> sb.append(TableText.markdown(r)).append('\n');
                default -> throw new IllegalStateException();
            }
        }
        return sb.toString();
    }

    /**
     * Tables as one long CSV table at £000: the leading columns (such as {@code scenario}), then
     * {@code table,ref,line,column,amount_gbp_thousands}; the {@code table} cell is the table's title.
     *
     * @param lead the leading columns' names
     * @param leadCells each table's leading cells
     * @param tables the tables
     * @return the CSV text
     */
    static String longCsv(List<String> lead, List<List<String>> leadCells, List<FigureTable> tables) {
        StringBuilder sb = new StringBuilder(Csv.longHeader(lead, RoundingPolicy.THOUSANDS.unit()));
        for (int i = 0; i < tables.size(); i++) {
            sb.append(Csv.longRows(leadCells.get(i), tables.get(i).title(), tables.get(i).round(RoundingPolicy.THOUSANDS)));
        }
        return sb.toString();
    }

    /**
     * Writes a file atomically; a failure becomes one line for the user naming the file.
     *
     * @param file the file
     * @param content what to write
     * @throws IOException "cannot write FILE: why", nothing left behind
     */
    static void write(Path file, AtomicFiles.Content content) throws IOException {
        try {
            AtomicFiles.write(file, content);
        } catch (IOException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
