package uk.org.wcf.finance.cli;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Commands registered once each, by class, in the order help lists them: a command's name is the one its
 * {@code @Command} gives, and adding a command is adding its class to a table. A run builds only the command its
 * command line names (and, for a command with subcommands, only the subcommand named next), so that picocli builds
 * that one command's options and the JVM loads that one command's libraries (a chart library, a spreadsheet one),
 * not every command's; help, completion and a word that names no command get them all, so that picocli can list them
 * or word the mistake. Each is built from the {@link CommandModel} the build made of the annotations, so that a run
 * reads none ({@link #commandLine}).
 *
 * @param types the command classes, each with {@code @Command(name = ...)} and a constructor without parameters
 */
record CommandTable(List<Class<?>> types) {

    /** A command with subcommands of its own: it gives their table. */
    interface Group {
        /** @return the subcommands, in the order help lists them */
        CommandTable subcommands();
    }

    CommandTable {
        types = List.copyOf(types);
    }

    /**
     * @param types the command classes, in the order help lists them
     * @return the table
     */
    static CommandTable of(Class<?>... types) {
        return new CommandTable(List.of(types));
    }

    /**
     * @param type a command class
     * @return its name: its {@code @Command}'s, from the {@link CommandModel} (without it, from the annotation)
     */
    static String name(Class<?> type) {
        Optional<CommandModel> model = CommandModel.get();
        String name = model.isPresent() ? model.get().name(type) : null;
        return name != null ? name : type.getAnnotation(Command.class).name();
    }

    /**
     * @param command a command's instance
     * @return its command line, with the subcommands its {@code subcommands} attribute names: built from the
     *         {@link CommandModel}, or without it by picocli's reading of the annotations
     */
    static CommandLine commandLine(Object command) {
        Optional<CommandModel> model = CommandModel.get();
        return model.isPresent() ? model.get().commandLine(command) : new CommandLine(command);
    }

    /** @return the commands' names, in the table's order */
    List<String> names() {
        List<String> names = new ArrayList<>();
        for (Class<?> type : types) {
            names.add(name(type));
        }
        return names;
    }

    /**
     * @param name a word of a command line
     * @return the command of that name, if there is one
     */
    Optional<Class<?>> named(String name) {
        for (Class<?> type : types) {
            if (name(type).equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * Adds to a command line the command the first word names, with its own subcommands added in the same way from
     * the words after it; or, when the first word names no command (or there is none), every command with all of its
     * subcommands. (Loops, not streams and lambdas: this runs at every start, and a JDK 17 class-data archive does not
     * keep an application's lambdas, whose classes would be made at run time.)
     *
     * @param parent the command line to add to
     * @param words the command line's words after the parent's own, such as {@code [s251, check, FILE]}
     * @return the parent
     */
    CommandLine addTo(CommandLine parent, List<String> words) {
        Optional<Class<?>> one = words.isEmpty() ? Optional.empty() : named(words.get(0));
        List<String> rest = one.isPresent() ? words.subList(1, words.size()) : List.of();
        for (Class<?> type : one.isPresent() ? List.of(one.get()) : types) {
            Object command = newInstance(type);
            CommandLine cl = commandLine(command);
            if (command instanceof Group group) {
                group.subcommands().addTo(cl, rest);
            }
            parent.addSubcommand(cl); // under its @Command name
        }
        return parent;
    }

    private static Object newInstance(Class<?> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("command " + name(type) + " failed to start", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("command " + name(type) + " has no constructor without parameters", e);
        }
    }
}
