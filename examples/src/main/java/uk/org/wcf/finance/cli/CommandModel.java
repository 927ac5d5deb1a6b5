package uk.org.wcf.finance.cli;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The commands' picocli model, made at build time and read at run time, so that a run reads no annotation.
 *
 * <p>Why: the first annotation a JVM reads costs a command about 30 ms of wall time and 45 ms of CPU (JDK 17): the
 * JDK's annotation parser, the reflection machinery and a generated proxy class per annotation type, none of which a
 * JDK 17 class-data archive can hold. The annotations stay the one description of a command: the build
 * ({@link CommandModelWriter}, in {@code process-classes}) has picocli read them as it always does and writes what it
 * made to {@value #RESOURCE} beside this class; {@link ModelReader} builds the same {@link CommandSpec} from it with
 * picocli's programmatic API, binding each option to its field by name. Adding a command changes nothing for its
 * author: annotate it and list it in {@link WcfFinance#COMMANDS} (or in its group's table, or its {@code subcommands}).
 * {@code CommandModelTest} holds every command built from the model to picocli's own reading of its annotations: the
 * same help, the same attributes, the same parse results and errors; the build itself refuses a model that differs.
 *
 * <p>When the resource is absent (the classes run from an IDE without the build step), {@link #get()} is empty and
 * {@link CommandTable} falls back to picocli's reflection.
 */
final class CommandModel {

    /** The resource's name, beside this class. */
    static final String RESOURCE = "commands.model";
    /** The format's version: the writer's and the reader's must agree. */
    static final int VERSION = 1;

    /** A step of a spec's build: an option, a positional, a mixin or an argument group, in picocli's own order. */
    static final byte OPTION = 1;
    /** A positional parameter step. */
    static final byte POSITIONAL = 2;
    /** A mixin step. */
    static final byte MIXIN = 3;
    /** An argument group step. */
    static final byte GROUP = 4;

    private static Optional<CommandModel> loaded;

    private final Map<String, String> names;
    private final Map<String, byte[]> specs;

    private CommandModel(Map<String, String> names, Map<String, byte[]> specs) {
        this.names = names;
        this.specs = specs;
    }

    /** @return the model the build made, or empty when the classes run without it */
    static synchronized Optional<CommandModel> get() {
        if (loaded == null) {
            try (InputStream in = CommandModel.class.getResourceAsStream(RESOURCE)) {
                loaded = in == null ? Optional.empty() : Optional.of(read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the command model " + RESOURCE, e);
            }
            if (loaded.isEmpty()) {
                org.slf4j.LoggerFactory.getLogger(CommandModel.class).debug("no {}: the commands are built by reading "
                        + "their annotations (run the build's process-classes phase to make it)", RESOURCE);
            }
        }
        return loaded;
    }

    /**
     * Reads a model.
     *
     * @param in the model, as {@link CommandModelWriter} writes it
     * @return the model
     * @throws IOException when it cannot be read
     */
    static CommandModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != VERSION) {
            throw new IOException(RESOURCE + " is of another version of the format: rebuild");
        }
        int n = data.readInt();
        Map<String, String> names = new HashMap<>();
        Map<String, byte[]> specs = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String type = data.readUTF();
            names.put(type, data.readUTF());
            byte[] spec = new byte[data.readInt()];
            data.readFully(spec);
            specs.put(type, spec);
        }
        return new CommandModel(names, specs);
    }

    /**
     * @param type a command class
     * @return its name, or null when the model does not have it
     */
    String name(Class<?> type) {
        return names.get(type.getName());
    }

    /**
     * Builds a command, and its subcommands (those its {@code subcommands} attribute names), from the model.
     *
     * @param command the command's instance
     * @return its command line
     * @throws IllegalStateException when the model does not have the command (it is out of date: rebuild)
     */
    CommandLine commandLine(Object command) {
        List<String> subcommands = new ArrayList<>();
        CommandSpec spec = spec(command, subcommands);
        CommandLine cl = new CommandLine(spec);
        for (String sub : subcommands) {
            cl.addSubcommand(commandLine(ModelReader.create(ModelReader.type(sub))));
        }
        return cl;
    }

    /**
     * Builds a command's spec alone.
     *
     * @param command the command's instance
     * @param subcommands receives the class names of its subcommands
     * @return the spec
     */
    CommandSpec spec(Object command, List<String> subcommands) {
        byte[] bytes = specs.get(command.getClass().getName());
        if (bytes == null) {
            throw new IllegalStateException(command.getClass().getName() + " is not in " + RESOURCE + ": rebuild");
        }
        try {
            return new ModelReader(new DataInputStream(new ByteArrayInputStream(bytes))).command(command, subcommands);
        } catch (Exception e) {
            throw new IllegalStateException("cannot build " + command.getClass().getName() + " from " + RESOURCE, e);
        }
    }

    /** @return the class names of the commands the model has, with their names, in no particular order */
    Map<String, String> commands() {
        return new LinkedHashMap<>(names);
    }
}
