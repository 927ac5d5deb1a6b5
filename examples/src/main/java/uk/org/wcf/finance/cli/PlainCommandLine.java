package uk.org.wcf.finance.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain command line, read without building picocli's command model (which costs about 0.1 s on every start):
 * the command followed only by the given options, each once, as {@code --name value} or {@code --name=value}, with
 * a value that does not start with {@code -} or {@code @}, and {@code --verbose}; the required options present.
 * Anything else (help, a mistake, an argument file, any other option) is not plain, and goes through picocli so
 * that its messages are picocli's. {@code actuals} and {@code import} use it; each converts the values as its
 * picocli options do and runs the same {@code call}.
 *
 * @param values the options' values by name
 * @param verbose whether {@code --verbose} was given
 */
record PlainCommandLine(Map<String, String> values, boolean verbose) {

    /**
     * @param args the whole command line
     * @param command the command's name, {@code args[0]}
     * @param options the options a plain command line may have
     * @param required how many of the first options are required
     * @return the command line, or null when it is not plain
     */
    static PlainCommandLine parse(String[] args, String command, List<String> options, int required) {
        if (args.length == 0 || !command.equals(args[0])) {
            return null;
        }
        Map<String, String> values = new HashMap<>();
        boolean verboseFlag = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq);
            if ("--verbose".equals(a) && !verboseFlag) {
                verboseFlag = true;
                continue;
            }
            if (!options.contains(name) || values.containsKey(name)) {
                return null;
            }
            String value = eq >= 0 ? a.substring(eq + 1) : ++i < args.length ? args[i] : null;
            if (value == null || value.startsWith("-") || value.startsWith("@")) {
                return null;
            }
            values.put(name, value);
        }
        if (!values.keySet().containsAll(options.subList(0, required))) {
            return null;
        }
        return new PlainCommandLine(values, verboseFlag);
    }
}
