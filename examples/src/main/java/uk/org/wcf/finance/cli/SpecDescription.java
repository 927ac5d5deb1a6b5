package uk.org.wcf.finance.cli;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ITypeInfo;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.ParserSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Range;

/**
 * Every attribute picocli reports of a command, as lines of text, so that two specs of one command can be compared:
 * the one picocli makes from the annotations and the one {@link ModelReader} builds from the {@link CommandModel}. It
 * reads every public getter of picocli's model classes (a spec, its options, positionals, groups, mixins, usage
 * message, parser settings, type information and ranges), not a list of them, so that an attribute the model does not
 * carry shows as a difference whether or not anyone thought of it. It guards the build ({@link CommandModelWriter})
 * and {@code CommandModelTest}; a run never uses it.
 */
final class SpecDescription {

    /** The model classes whose getters are read; any other object is described by its class. */
    private static final List<Class<?>> MODEL = List.of(CommandSpec.class, ArgSpec.class, ArgGroupSpec.class,
            UsageMessageSpec.class, ParserSpec.class, ITypeInfo.class, Range.class);

    /**
     * Getters not read: links to other parts (described where they are), the bindings (described by the field, which
     * {@code userObject} gives), the few that are not getters, and {@code originallyRequired}, which picocli sets
     * only when it reads annotations (a group's options), and which decides only whether the required-option marker
     * shows: {@link ModelWriter} refuses a marker with a group, and the help text is compared whole.
     */
    private static final Set<String> SKIPPED = Set.of("commandLine", "parent", "root", "subcommands", "getter", "setter",
            "scope", "command", "group", "parentGroup", "messages", "resourceBundle", "specElements",
            "mixinAnnotatedElements", "sectionMap", "helpFactory", "allOptionsNested",
            "allPositionalParametersNested", "optionsMap", "negatedOptionsMap", "posixOptionsMap", "requiredArgs",
            "toBuilder", "addMethodSubcommands", "originallyRequired", "toString", "hashCode", "getClass", "argCount", "id");

    private SpecDescription() {
    }

    /**
     * @param spec a command's spec
     * @return its attributes, one {@code path = value} a line
     */
    static List<String> of(CommandSpec spec) {
        List<String> lines = new ArrayList<>();
        describe(spec.name(), spec, lines, 0);
        lines.add(spec.name() + ".subcommands = " + spec.subcommands().keySet());
        return lines;
    }

    /**
     * @param expected a command's spec as picocli makes it from the annotations
     * @param actual the same command's spec built from the model
     * @return the lines that differ, each side's, empty when the two are the same
     */
    static List<String> differences(CommandSpec expected, CommandSpec actual) {
        List<String> e = of(expected);
        List<String> a = of(actual);
        List<String> diff = new ArrayList<>();
        for (String line : e) {
            if (!a.contains(line)) {
                diff.add("annotations: " + line);
            }
        }
        for (String line : a) {
            if (!e.contains(line)) {
                diff.add("model:       " + line);
            }
        }
        return diff;
    }

    private static void describe(String path, Object value, List<String> lines, int depth) {
        if (value == null || value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?>) {
            lines.add(path + " = " + value);
        } else if (value instanceof Class<?> c) {
            lines.add(path + " = " + c.getName());
        } else if (value instanceof Field f) {
            lines.add(path + " = field " + f.getDeclaringClass().getName() + "." + f.getName());
        } else if (value.getClass().isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                list.add(Array.get(value, i));
            }
            describe(path, list, lines, depth);
        } else if (value instanceof Collection<?> c) {
            lines.add(path + ".size = " + c.size());
            int i = 0;
            for (Object o : c) {
                describe(path + "[" + i++ + "]", o, lines, depth);
            }
        } else if (value instanceof Map<?, ?> m) {
            lines.add(path + ".keys = " + m.keySet());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                describe(path + "[" + e.getKey() + "]", e.getValue(), lines, depth);
            }
        } else if (depth < 8 && isModel(value)) {
            getters(path, value, lines, depth);
        } else {
            lines.add(path + " = a " + value.getClass().getName());
        }
    }

    private static boolean isModel(Object value) {
        for (Class<?> c : MODEL) {
            if (c.isInstance(value)) {
                return true;
            }
        }
        return false;
    }

    private static void getters(String path, Object value, List<String> lines, int depth) {
        if (value instanceof CommandSpec spec) {
            lines.add(path + ".userObject = a " + spec.userObject().getClass().getName());
        }
        List<Method> methods = new ArrayList<>(Arrays.asList(value.getClass().getMethods()));
        methods.sort(Comparator.comparing(Method::getName));
        for (Method m : methods) {
            if (m.getParameterCount() != 0 || m.getReturnType() == void.class || Modifier.isStatic(m.getModifiers())
                    || SKIPPED.contains(m.getName()) || m.getDeclaringClass() == Object.class
                    || value instanceof CommandSpec && m.getName().equals("userObject")
                    // picocli reads a group option's initial value from each group it makes, and a group built in code
                    // is made with its initial values: no builder says so, and the parse tests compare the outcome
                    || value instanceof ArgSpec a && a.group() != null && m.getName().endsWith("nitialValue")) {
                continue;
            }
            Object result;
            try {
                m.setAccessible(true);
                result = m.invoke(value);
            } catch (InvocationTargetException e) {
                result = "throws " + e.getCause();
            } catch (ReflectiveOperationException | RuntimeException e) {
                result = "unreadable: " + e;
            }
            describe(path + "." + m.getName(), result, lines, depth + 1);
        }
        // what links elsewhere is named, not described again
        if (value instanceof ArgGroupSpec g) {
            for (ArgSpec a : g.args()) {
                lines.add(path + ".arg " + label(a));
            }
        }
        if (value instanceof ArgSpec a && a.group() != null) {
            lines.add(path + ".group = " + a.group().synopsis());
        }
    }

    private static String label(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() : ((PositionalParamSpec) a).index() + " " + a.paramLabel();
    }

    /**
     * @param type a command class
     * @return the command line picocli makes of it from its annotations
     */
    static CommandLine reflective(Class<?> type) {
        return new CommandLine(ModelReader.create(type));
    }
}
