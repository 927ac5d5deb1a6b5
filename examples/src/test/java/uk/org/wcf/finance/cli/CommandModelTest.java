package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Every command and subcommand built from the {@link CommandModel} is the command picocli makes from its annotations:
 * the same help, word for word; the same attributes, every option, positional, group and mixin
 * ({@link SpecDescription}); and the same result for the same command line: the same values in the same fields, or the
 * same error (a missing required option, an unknown option, a value its converter refuses, two options of an exclusive
 * group).
 */
class CommandModelTest {

    private static final CommandModel MODEL = CommandModel.get()
            .orElseThrow(() -> new AssertionError("no " + CommandModel.RESOURCE + ": the build's process-classes phase makes it"));

    @Test
    void theModelHasEveryCommandAndSubcommandUnderItsAnnotatedName() {
        Map<String, String> commands = MODEL.commands();
        for (Class<?> type : WcfFinance.COMMANDS.types()) {
            assertThat(commands).containsEntry(type.getName(), type.getAnnotation(CommandLine.Command.class).name());
        }
        assertThat(commands).containsKeys(CycleCommand.class.getName() + "$Import", JupyterCommand.Install.class.getName(),
                S251CheckCommand.class.getName(), ForecastCommand.BacktestCommand.class.getName());
        assertThat(commands).hasSize(33);
    }

    @TestFactory
    Stream<DynamicTest> everyCommandHasTheSameHelpAndAttributes() {
        return types().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
            CommandLine annotated = SpecDescription.reflective(type);
            CommandLine model = MODEL.commandLine(ModelReader.create(type));
            assertThat(SpecDescription.differences(annotated.getCommandSpec(), model.getCommandSpec())).isEmpty();
            assertThat(help(model)).isEqualTo(help(annotated));
            assertThat(specFields(model.getCommandSpec())).as("@Spec fields")
                    .allSatisfy(v -> assertThat(v).isSameAs(model.getCommandSpec()));
            assertThat(help(model.getCommandSpec().name(), model)).isEqualTo(help(annotated.getCommandSpec().name(), annotated));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyCommandParsesTheSameCommandLinesTheSameWay() {
        return types().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
            List<List<String>> lines = lines(SpecDescription.reflective(type).getCommandSpec());
            for (List<String> line : lines) {
                assertThat(parse(MODEL.commandLine(ModelReader.create(type)), line)).as("%s", line)
                        .isEqualTo(parse(SpecDescription.reflective(type), line));
            }
        }));
    }

    @Test
    void theLinesTriedIncludeEachKindOfMistake() {
        List<String> outcomes = new ArrayList<>();
        for (Class<?> type : List.of(PlanCommand.class, ExportCommand.class, CheckCommand.class)) {
            for (List<String> line : lines(SpecDescription.reflective(type).getCommandSpec())) {
                outcomes.add(parse(MODEL.commandLine(ModelReader.create(type)), line));
            }
        }
        assertThat(outcomes).anyMatch(o -> o.contains("are mutually exclusive"))
                .anyMatch(o -> o.contains("Missing required"))
                .anyMatch(o -> o.contains("Unknown option"))
                .anyMatch(o -> o.contains("Invalid value for option '--year'"))
                .anyMatch(o -> o.contains("compare=[a.yaml, b.yaml]"));
    }

    /** @return what the command's {@code @Spec} fields hold */
    private static List<Object> specFields(CommandSpec spec) throws IllegalAccessException {
        List<Object> values = new ArrayList<>();
        for (Field f : spec.userObject().getClass().getDeclaredFields()) {
            if (f.isAnnotationPresent(CommandLine.Spec.class)) {
                f.setAccessible(true);
                values.add(f.get(spec.userObject()));
            }
        }
        return values;
    }

    private static Stream<Class<?>> types() {
        return MODEL.commands().keySet().stream().sorted().map(ModelReader::type);
    }

    private static String help(CommandLine cl) {
        return cl.getUsageMessage(Ansi.OFF);
    }

    /** Help as the tool prints it, under the tool's own command. */
    private static String help(String name, CommandLine cl) {
        CommandLine root = WcfFinance.root();
        root.addSubcommand(cl);
        return root.getSubcommands().get(name).getUsageMessage(Ansi.OFF);
    }

    /**
     * Command lines for a command: none; its required arguments, alone and with each other option given a value, a bad
     * value or twice; an unknown option; every option at once; help.
     */
    private static List<List<String>> lines(CommandSpec spec) {
        List<String> required = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (o.required()) {
                required.addAll(given(o, value(o)));
            }
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.arity().min() > 0) {
                required.add("a.csv");
            }
        }
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of());
        lines.add(required);
        lines.add(plus(required, List.of("--no-such-option")));
        List<String> all = new ArrayList<>(required);
        for (OptionSpec o : spec.options()) {
            lines.add(plus(required, given(o, value(o))));
            lines.add(plus(required, given(o, "%bad%")));
            if (!o.required() && o.group() == null && !o.usageHelp() && !o.versionHelp()) {
                all.addAll(given(o, value(o)));
            }
        }
        lines.add(all);
        for (ArgGroupSpec g : spec.argGroups()) {
            List<String> both = new ArrayList<>(required);
            for (OptionSpec o : g.options()) {
                both.addAll(given(o, value(o)));
            }
            lines.add(both);
        }
        lines.add(List.of("--help"));
        return lines;
    }

    private static List<String> given(OptionSpec o, String value) {
        List<String> words = new ArrayList<>(List.of(o.longestName()));
        for (int i = 0; i < o.arity().min(); i++) {
            words.add(o.arity().min() == 2 ? (i == 0 ? "a.yaml" : "b.yaml") : value);
        }
        return words;
    }

    /** A value the option's type takes. */
    private static String value(ArgSpec a) {
        Class<?> type = a.auxiliaryTypes()[0];
        if (type.isEnum()) {
            return type.getEnumConstants()[0].toString();
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "7";
        }
        if (type.getSimpleName().equals("FiscalYear")) {
            return "2020/21";
        }
        return a.paramLabel().contains("PN") ? "P6" : "a.csv";
    }

    private static List<String> plus(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * @return the error, or every field the command line filled (in the command, its mixins and groups), and what
     *         picocli said on stderr (a warning)
     */
    private static String parse(CommandLine cl, List<String> line) {
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        PrintStream err = System.err;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
        try {
            CommandLine.ParseResult result = cl.parseArgs(line.toArray(new String[0]));
            return "help=" + result.isUsageHelpRequested() + " " + fields(cl.getCommandSpec().userObject(), 0)
                    + " stderr=" + said.toString(StandardCharsets.UTF_8);
        } catch (CommandLine.ParameterException e) {
            return "error: " + e.getMessage() + " stderr=" + said.toString(StandardCharsets.UTF_8);
        } finally {
            System.setErr(err);
        }
    }

    private static String fields(Object o, int depth) {
        if (o == null || o instanceof Enum<?> || depth > 4 || !o.getClass().getName().startsWith("uk.org.wcf.finance.cli")) {
            String text = String.valueOf(o);
            return o != null && text.startsWith(o.getClass().getName() + "@") ? "a " + o.getClass().getName() : text;
        }
        StringBuilder sb = new StringBuilder("{");
        for (Class<?> c = o.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getType() == CommandSpec.class) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    Object v = f.get(o);
                    sb.append(f.getName()).append('=').append(v != null && v.getClass().isArray()
                            ? Arrays.deepToString(new Object[] {v}) : fields(v, depth + 1)).append(' ');
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return sb.append('}').toString();
    }
}
