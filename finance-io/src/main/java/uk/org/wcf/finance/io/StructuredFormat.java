package uk.org.wcf.finance.io;

import java.util.Locale;

import uk.org.wcf.finance.io.write.StructuredWriter;

/**
 * The two structured formats the YAML-or-JSON files are read and written in (snapshots, budget books, reserve
 * ledgers, plan assumptions, DSG plans, imported actuals).
 */
public enum StructuredFormat {
    /** JSON. */
    JSON,
    /** YAML (1.1, as SnakeYAML reads it through Jackson). */
    YAML;

    /**
     * @param fileName a file name
     * @return YAML for {@code .yaml} and {@code .yml}, JSON for {@code .json}
     * @throws InvalidInputException for any other ending
     */
    public static StructuredFormat ofFile(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".yaml") || n.endsWith(".yml")) {
            return YAML;
        }
        if (n.endsWith(".json")) {
            return JSON;
        }
        throw new InvalidInputException(Problem.ofFile(fileName, "the file must end .yaml, .yml or .json"));
    }

    /** The tree (maps, lists, strings, numbers, booleans) written in this format, through {@link StructuredWriter}. */
    String write(Object tree) {
        return this == YAML ? StructuredWriter.yaml(tree) : StructuredWriter.json(tree);
    }
}
