package uk.org.wcf.finance.cli;

import java.io.DataOutput;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IAnnotatedElement;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Range;
import picocli.CommandLine.Spec;

/**
 * Writes one command's spec, as picocli made it from the command's annotations, for {@link ModelReader} to build again:
 * at build time only ({@link CommandModelWriter}). It writes the spec's attributes, not the annotations': what picocli
 * resolved (the arity it gave a {@code boolean}, the type it found in a {@code List<Path>}), so that the reader needs
 * no rule of picocli's own. What it cannot carry (an {@code @Unmatched} or {@code @ParentCommand} field, an option on
 * a method, a resource bundle) it refuses, naming the command; anything else it does not carry the build's check finds,
 * because the spec built again then differs from picocli's.
 */
final class ModelWriter {

    private final DataOutput out;
    private final String where;

    /**
     * @param out where to write
     * @param where the command, for messages
     */
    ModelWriter(DataOutput out, String where) {
        this.out = out;
        this.where = where;
    }

    /**
     * @param spec a command's spec, made by picocli from its annotations
     * @param subcommands the class names of the subcommands its {@code subcommands} attribute names
     */
    void command(CommandSpec spec, List<String> subcommands) throws IOException {
        // the text as written, with its variables (${ROOT-COMMAND-NAME}, ${DEFAULT-VALUE}): picocli replaces them at
        // run time, where the command sits under the tool's own
        boolean interpolate = spec.interpolateVariables();
        verbatim(spec, false);
        try {
            write(spec, subcommands, interpolate);
        } finally {
            verbatim(spec, interpolate);
        }
    }

    private static void verbatim(CommandSpec spec, boolean interpolate) {
        spec.interpolateVariables(interpolate);
        for (CommandSpec mixin : spec.mixins().values()) {
            verbatim(mixin, interpolate);
        }
    }

    private void write(CommandSpec spec, List<String> subcommands, boolean interpolate) throws IOException {
        refuseIf(spec.resourceBundleBaseName() != null, "a resource bundle");
        refuseIf(spec.isAddMethodSubcommands() && hasMethodSubcommands(spec), "a method as a subcommand");
        out.writeUTF(spec.name());
        strings(spec.aliases());
        out.writeBoolean(spec.helpCommand());
        strings(spec.version());
        string(spec.versionProvider() == null ? null : spec.versionProvider().getClass().getName());
        out.writeBoolean(interpolate);
        out.writeBoolean(spec.subcommandsRepeatable());
        out.writeUTF(spec.scopeType().name());
        out.writeInt(spec.exitCodeOnSuccess());
        out.writeInt(spec.exitCodeOnUsageHelp());
        out.writeInt(spec.exitCodeOnVersionHelp());
        out.writeInt(spec.exitCodeOnInvalidInput());
        out.writeInt(spec.exitCodeOnExecutionException());
        // picocli marks a group's options 'originally required' only when it reads annotations, and that decides only
        // whether the required-option marker shows, which is blank unless a command sets one
        refuseIf(!spec.argGroups().isEmpty() && spec.usageMessage().requiredOptionMarker() != ' ',
                "a requiredOptionMarker with an argument group");
        for (IAnnotatedElement e : spec.specElements()) {
            refuseIf(e.getAnnotation(Spec.class).value() == Spec.Target.MIXEE, "@Spec(MIXEE) outside a mixin");
        }
        usage(spec.usageMessage());
        body(spec);
        out.writeInt(subcommands.size());
        for (String s : subcommands) {
            out.writeUTF(s);
        }
    }

    private static boolean hasMethodSubcommands(CommandSpec spec) {
        for (CommandLine sub : spec.subcommands().values()) {
            if (sub.getCommandSpec().userObject() instanceof java.lang.reflect.Method) {
                return true;
            }
        }
        return false;
    }

    private void usage(UsageMessageSpec u) throws IOException {
        string(u.headerHeading());
        strings(u.header());
        string(u.synopsisHeading());
        out.writeBoolean(u.abbreviateSynopsis());
        strings(u.customSynopsis());
        string(u.descriptionHeading());
        strings(u.description());
        string(u.parameterListHeading());
        string(u.optionListHeading());
        string(u.commandListHeading());
        string(u.footerHeading());
        strings(u.footer());
        string(u.exitCodeListHeading());
        out.writeInt(u.exitCodeList().size());
        for (Map.Entry<String, String> e : u.exitCodeList().entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
        out.writeBoolean(u.sortOptions());
        out.writeBoolean(u.sortSynopsis());
        out.writeBoolean(u.showDefaultValues());
        out.writeBoolean(u.hidden());
        out.writeChar(u.requiredOptionMarker());
        out.writeBoolean(u.autoWidth());
        out.writeBoolean(u.showAtFileInUsageHelp());
        out.writeBoolean(u.showEndOfOptionsDelimiterInUsageHelp());
        string(u.synopsisSubcommandLabel());
        out.writeDouble(u.synopsisAutoIndentThreshold());
        out.writeInt(u.synopsisIndent());
        out.writeInt(u.longOptionsMaxWidth());
        out.writeBoolean(u.adjustLineBreaksForWideCJKCharacters());
    }

    /**
     * The steps that build a command or mixin, in the order picocli took them (the order of its options and
     * positionals, a mixin's or a group's at its first one: the order in which picocli reports missing ones), then its
     * {@code @Spec} fields.
     */
    private void body(CommandSpec spec) throws IOException {
        refuseIf(!spec.unmatchedArgsBindings().isEmpty(), "an @Unmatched field");
        refuseIf(!spec.parentCommandElements().isEmpty(), "a @ParentCommand field");
        Map<Object, Boolean> done = new IdentityHashMap<>();
        List<Object> steps = new ArrayList<>();
        for (ArgSpec arg : spec.args()) {
            Object owner = owner(spec, arg);
            if (done.put(owner, Boolean.TRUE) == null) {
                steps.add(owner);
            }
        }
        for (CommandSpec mixin : spec.mixins().values()) {
            if (done.put(mixin, Boolean.TRUE) == null) {
                steps.add(mixin); // a mixin without options: only its @Spec fields, say
            }
        }
        out.writeInt(steps.size());
        for (Object step : steps) {
            if (step instanceof CommandSpec mixin) {
                mixin(spec, mixin);
            } else if (step instanceof ArgGroupSpec group) {
                out.writeByte(CommandModel.GROUP);
                group(group, spec.userObject().getClass());
            } else {
                arg((ArgSpec) step);
            }
        }
        out.writeInt(spec.specElements().size());
        for (IAnnotatedElement e : spec.specElements()) {
            Field f = field(e.userObject());
            out.writeUTF(f.getDeclaringClass().getName());
            out.writeUTF(f.getName());
            out.writeBoolean(e.getAnnotation(Spec.class).value() == Spec.Target.SELF);
        }
    }

    /** @return the mixin an arg came from, or its outermost group, or the arg itself */
    private static Object owner(CommandSpec spec, ArgSpec arg) {
        for (CommandSpec mixin : spec.mixins().values()) {
            if (containsSame(mixin.args(), arg)) {
                return mixin;
            }
        }
        if (arg.group() != null) {
            ArgGroupSpec g = arg.group();
            while (g.parentGroup() != null) {
                g = g.parentGroup();
            }
            return g;
        }
        return arg;
    }

    private static boolean containsSame(List<ArgSpec> args, ArgSpec arg) {
        for (ArgSpec a : args) {
            if (a == arg) {
                return true;
            }
        }
        return false;
    }

    private void mixin(CommandSpec spec, CommandSpec mixin) throws IOException {
        String name = null;
        for (Map.Entry<String, CommandSpec> m : spec.mixins().entrySet()) {
            if (m.getValue() == mixin) {
                name = m.getKey();
            }
        }
        IAnnotatedElement element = spec.mixinAnnotatedElements().get(name);
        out.writeByte(CommandModel.MIXIN);
        out.writeUTF(name);
        out.writeUTF(mixin.userObject().getClass().getName());
        string(element == null ? null : field(element.userObject()).getName());
        body(mixin);
    }

    @SuppressWarnings("deprecation") // help(): picocli's old form of usageHelp, still an attribute
    private void arg(ArgSpec arg) throws IOException {
        if (arg instanceof OptionSpec o) {
            out.writeByte(CommandModel.OPTION);
            strings(o.names());
            common(o);
            out.writeInt(o.order());
            out.writeBoolean(o.help());
            out.writeBoolean(o.usageHelp());
            out.writeBoolean(o.versionHelp());
            out.writeBoolean(o.negatable());
            string(o.fallbackValue());
        } else {
            PositionalParamSpec p = (PositionalParamSpec) arg;
            out.writeByte(CommandModel.POSITIONAL);
            string(p.index().isUnspecified() ? null : p.index().originalValue());
            common(p);
        }
    }

    private void common(ArgSpec a) throws IOException {
        Field f = field(a.userObject());
        out.writeUTF(f.getDeclaringClass().getName());
        out.writeUTF(f.getName());
        strings(a.description());
        string(a.descriptionKey());
        out.writeUTF(a.paramLabel());
        out.writeBoolean(a.hideParamSyntax());
        string(a.arity().isUnspecified() ? null : a.arity().originalValue());
        types(a.auxiliaryTypes());
        strings(a.typeInfo().getActualGenericTypeArguments().toArray(new String[0]));
        out.writeBoolean(a.interactive());
        out.writeBoolean(a.required());
        Class<?>[] converters = new Class<?>[a.converters().length];
        for (int i = 0; i < converters.length; i++) {
            converters[i] = a.converters()[i].getClass();
        }
        types(converters);
        out.writeUTF(a.splitRegex());
        out.writeUTF(a.splitRegexSynopsisLabel());
        out.writeBoolean(a.hidden());
        string(a.defaultValue());
        string(a.mapFallbackValue());
        out.writeUTF(a.showDefaultValue().name());
        // picocli lists an enum's constants itself; a class the annotation names is carried by name
        Iterable<String> candidates = a.completionCandidates();
        string(candidates == null || candidates.getClass().getName().startsWith("java.") ? null
                : candidates.getClass().getName());
        out.writeBoolean(a.echo());
        out.writeUTF(a.prompt());
        out.writeBoolean(a.inherited());
        out.writeUTF(a.scopeType().name());
        refuseIf(a.parameterConsumer() != null, "a parameterConsumer on " + a.paramLabel());
    }

    private void group(ArgGroupSpec g, Class<?> holder) throws IOException {
        out.writeBoolean(g.exclusive());
        string(g.multiplicity().originalValue());
        out.writeBoolean(g.validate());
        out.writeInt(g.order());
        string(g.heading());
        string(g.headingKey());
        refuseIf(!g.specElements().isEmpty(), "a @Spec field in an argument group");
        Field f = groupField(holder, g);
        out.writeUTF(f.getDeclaringClass().getName());
        out.writeUTF(f.getName());
        types(g.typeInfo().getAuxiliaryTypes());
        strings(g.typeInfo().getActualGenericTypeArguments().toArray(new String[0]));
        List<Object> steps = new ArrayList<>(g.args());
        steps.addAll(g.subgroups());
        out.writeInt(steps.size());
        for (Object step : steps) {
            if (step instanceof ArgGroupSpec sub) {
                out.writeByte(CommandModel.GROUP);
                group(sub, g.typeInfo().getAuxiliaryTypes()[0]);
            } else if (((ArgSpec) step).group() == g) {
                arg((ArgSpec) step);
            }
        }
    }

    /** picocli does not say which field a group binds to: the holder's one {@code @ArgGroup} field of its type. */
    private Field groupField(Class<?> holder, ArgGroupSpec g) {
        Field found = null;
        for (Class<?> c = holder; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(CommandLine.ArgGroup.class) && f.getType() == g.typeInfo().getType()
                        && elementType(f) == g.typeInfo().getAuxiliaryTypes()[0]) {
                    refuseIf(found != null, "two argument groups of type " + g.typeInfo().getClassName());
                    found = f;
                }
            }
        }
        if (found == null) {
            throw refused("an argument group that is not a field of " + holder.getName());
        }
        return found;
    }

    private static java.lang.reflect.Type elementType(Field f) {
        return f.getGenericType() instanceof java.lang.reflect.ParameterizedType p ? p.getActualTypeArguments()[0]
                : f.getType().isArray() ? f.getType().getComponentType() : f.getType();
    }

    private Field field(Object userObject) {
        if (userObject instanceof Field f) {
            return f;
        }
        throw refused("an option, group or mixin that is not a field (" + userObject + ")");
    }

    private void string(String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private void strings(String[] s) throws IOException {
        out.writeInt(s.length);
        for (String t : s) {
            out.writeUTF(t);
        }
    }

    private void types(Class<?>[] types) throws IOException {
        out.writeInt(types.length);
        for (Class<?> t : types) {
            out.writeUTF(t.getName());
        }
    }

    private void refuseIf(boolean bad, String what) {
        if (bad) {
            throw refused(what);
        }
    }

    private IllegalStateException refused(String what) {
        return new IllegalStateException(where + ": the command model does not carry " + what
                + " (extend ModelWriter and ModelReader, or build the command in code)");
    }
}
