package uk.org.wcf.finance.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Makes the {@link CommandModel} at build time (the examples module's {@code process-classes} phase, before the tests,
 * the jar and its class-data archive): picocli reads the annotations of every command in {@link WcfFinance#COMMANDS}
 * and of all their subcommands (their {@code subcommands} attributes and {@link CommandTable.Group} tables), and
 * {@link ModelWriter} writes the specs picocli made. It then builds each command again from what it wrote and fails
 * the build, listing the attributes, when one differs from picocli's ({@link SpecDescription}): an attribute the model
 * does not carry is never dropped quietly.
 */
public final class CommandModelWriter {

    private CommandModelWriter() {
    }

    /**
     * @param args the folder of the classes ({@code target/classes}); the model goes beside {@link CommandModel}
     * @throws IOException when it cannot be written
     */
    public static void main(String[] args) throws IOException {
        Map<Class<?>, Entry> specs = new LinkedHashMap<>();
        for (Class<?> type : WcfFinance.COMMANDS.types()) {
            add(type, specs);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(CommandModel.VERSION);
        out.writeInt(specs.size());
        for (Map.Entry<Class<?>, Entry> e : specs.entrySet()) {
            out.writeUTF(e.getKey().getName());
            out.writeUTF(e.getValue().name());
            out.writeInt(e.getValue().spec().length);
            out.write(e.getValue().spec());
        }
        out.flush();
        CommandModel model = CommandModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        List<String> problems = new ArrayList<>();
        for (Class<?> type : specs.keySet()) {
            for (String d : differences(type, model)) {
                problems.add(type.getName() + ": " + d);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the command model differs from picocli's reading of the annotations:\n"
                    + String.join("\n", problems));
        }
        Path file = Path.of(args[0]).resolve(CommandModel.class.getPackageName().replace('.', '/'))
                .resolve(CommandModel.RESOURCE);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes.toByteArray());
    }

    /**
     * @param type a command class
     * @param model the model
     * @return how the command built from the model differs from picocli's reading of its annotations: empty when not
     */
    static List<String> differences(Class<?> type, CommandModel model) {
        CommandSpec expected = SpecDescription.reflective(type).getCommandSpec();
        CommandSpec actual = model.commandLine(ModelReader.create(type)).getCommandSpec();
        return SpecDescription.differences(expected, actual);
    }

    /** A command's name and its spec, as {@link ModelWriter} wrote it. */
    private record Entry(String name, byte[] spec) {
    }

    private static void add(Class<?> type, Map<Class<?>, Entry> specs) throws IOException {
        if (specs.containsKey(type)) {
            return;
        }
        Object command = ModelReader.create(type);
        CommandSpec spec = new CommandLine(command).getCommandSpec();
        List<Class<?>> subtypes = new ArrayList<>();
        for (CommandLine sub : spec.subcommands().values()) {
            subtypes.add(sub.getCommandSpec().userObject().getClass());
        }
        List<String> subcommands = new ArrayList<>();
        for (Class<?> s : subtypes) {
            subcommands.add(s.getName());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ModelWriter(new DataOutputStream(bytes), type.getName()).command(spec, subcommands);
        specs.put(type, new Entry(spec.name(), bytes.toByteArray()));
        for (Class<?> s : subtypes) {
            add(s, specs);
        }
        if (command instanceof CommandTable.Group group) {
            for (Class<?> s : group.subcommands().types()) {
                add(s, specs);
            }
        }
    }
}
