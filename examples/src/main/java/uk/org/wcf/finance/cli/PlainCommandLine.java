package uk.org.wcf.finance.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain command line, read without building picocli's command model (which costs about 0.1 s on every start):
 * the command's words (such as {@code import}, or {@code s251 check}) followed only by the given options, each once,
 * as {@code --name value} or {@code --name=value}, with a value that is not empty and does not start with {@code -} or
 * {@code @}, and {@code --verbose}; at most one argument where the command takes one (a word not starting with
 * {@code -} or {@code @}); the required options and the argument present. Anything else (help, a mistake, an
 * argument file, any other option) is not plain, and goes through picocli so that its messages are picocli's.
 * {@code actuals}, {@code import}, {@code s251 check} and {@code s251 benchmark} use it; each converts the values as
 * its picocli options do and runs the same {@code call}.
 *
 * @param values the options' values by name
 * @param verbose whether {@code --verbose} was given
 * @param argument the command's one argument, or null for a command that takes none
 */
record PlainCommandLine(Map<String, String> values, boolean verbose, String argument) {

    /**
     * @param args the whole command line
     * @param command the command's name, {@code args[0]}
     * @param options the options a plain command line may have
     * @param required how many of the first options are required
     * @return the command line, or null when it is not plain
     */
    static PlainCommandLine parse(String[] args, String command, List<String> options, int required) {
        return parse(args, List.of(command), options, options.subList(0, required), false);
    }

    /**
     * @param args the whole command line
     * @param command the command's words, the first of {@code args}
     * @param options the options a plain command line may have
     * @param required the options it must have
     * @param argument whether the command takes (and needs) one argument
     * @return the command line, or null when it is not plain
     */
    static PlainCommandLine parse(String[] args, List<String> command, List<String> options, List<String> required,
            boolean argument) {
        if (args.length < command.size() || !command.equals(List.of(args).subList(0, command.size()))) {
            return null;
        }
        Map<String, String> values = new HashMap<>();
        boolean verboseFlag = false;
        String arg = null;
        for (int i = command.size(); i < args.length; i++) {
            String a = args[i];
            if (argument && !a.startsWith("-")) {
                if (arg != null || a.startsWith("@")) {
                    return null;
                }
                arg = a;
                continue;
            }
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
            if (value == null || value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
                return null;
            }
            values.put(name, value);
        }
        if (!values.keySet().containsAll(required) || argument && arg == null) {
            return null;
        }
        return new PlainCommandLine(values, verboseFlag, arg);
    }
}
