package uk.org.wcf.finance.cli;

import java.io.DataInput;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Range;
import picocli.CommandLine.ScopeType;

/**
 * Builds one command's {@link CommandSpec} from its part of the {@link CommandModel}, with picocli's programmatic API:
 * the mirror of {@link ModelWriter}, which writes each attribute in the order this reads it. Each option, positional
 * and group is bound to its field by name ({@link FieldBinding}); {@code @Mixin} fields are filled (with a new instance
 * when the field holds none) and {@code @Spec} fields are given their spec, as picocli does; no annotation is read.
 */
final class ModelReader {

    private final DataInput in;

    ModelReader(DataInput in) {
        this.in = in;
    }

    /**
     * @param command the command's instance
     * @param subcommands receives the class names of its subcommands
     * @return its spec
     */
    CommandSpec command(Object command, List<String> subcommands) throws Exception {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name(in.readUTF());
        spec.aliases(strings());
        spec.helpCommand(in.readBoolean());
        spec.version(strings());
        String provider = string();
        if (provider != null) {
            spec.versionProvider((CommandLine.IVersionProvider) create(type(provider)));
        }
        spec.interpolateVariables(in.readBoolean());
        spec.subcommandsRepeatable(in.readBoolean());
        spec.scopeType(ScopeType.valueOf(in.readUTF()));
        spec.exitCodeOnSuccess(in.readInt()).exitCodeOnUsageHelp(in.readInt()).exitCodeOnVersionHelp(in.readInt())
                .exitCodeOnInvalidInput(in.readInt()).exitCodeOnExecutionException(in.readInt());
        usage(spec.usageMessage());
        body(spec, null);
        for (int i = in.readInt(); i > 0; i--) {
            subcommands.add(in.readUTF());
        }
        return spec;
    }

    private void usage(UsageMessageSpec u) throws IOException {
        u.headerHeading(string()).header(strings()).synopsisHeading(string()).abbreviateSynopsis(in.readBoolean())
                .customSynopsis(strings()).descriptionHeading(string()).description(strings())
                .parameterListHeading(string()).optionListHeading(string()).commandListHeading(string())
                .footerHeading(string()).footer(strings()).exitCodeListHeading(string());
        Map<String, String> exitCodes = new java.util.LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            exitCodes.put(in.readUTF(), in.readUTF());
        }
        u.exitCodeList(exitCodes);
        u.sortOptions(in.readBoolean()).sortSynopsis(in.readBoolean()).showDefaultValues(in.readBoolean())
                .hidden(in.readBoolean()).requiredOptionMarker(in.readChar()).autoWidth(in.readBoolean())
                .showAtFileInUsageHelp(in.readBoolean()).showEndOfOptionsDelimiterInUsageHelp(in.readBoolean())
                .synopsisSubcommandLabel(string()).synopsisAutoIndentThreshold(in.readDouble())
                .synopsisIndent(in.readInt()).longOptionsMaxWidth(in.readInt())
                .adjustLineBreaksForWideCJKCharacters(in.readBoolean());
    }

    /** The steps, in picocli's order, then the {@code @Spec} fields; {@code mixee} is null for a command. */
    private void body(CommandSpec spec, CommandSpec mixee) throws Exception {
        Object instance = spec.userObject();
        FieldBinding.Holder holder = new FieldBinding.Holder(instance);
        for (int i = in.readInt(); i > 0; i--) {
            byte step = in.readByte();
            switch (step) {
                case CommandModel.OPTION -> spec.addOption(option(holder, instance));
                case CommandModel.POSITIONAL -> spec.addPositional(positional(holder, instance));
                case CommandModel.GROUP -> spec.addArgGroup(group(holder));
                case CommandModel.MIXIN -> {
                    String name = in.readUTF();
                    Class<?> type = type(in.readUTF());
                    String field = string();
                    Object mixin = null;
                    FieldBinding binding = field == null ? null : FieldBinding.of(holder, instance.getClass(), field);
                    if (binding != null) {
                        mixin = binding.get();
                    }
                    if (mixin == null) {
                        mixin = create(type);
                        if (binding != null) {
                            binding.set(mixin);
                        }
                    }
                    CommandSpec mixinSpec = CommandSpec.wrapWithoutInspection(mixin);
                    body(mixinSpec, spec);
                    spec.addMixin(name, mixinSpec);
                }
                default -> throw new IOException("unknown step " + step);
            }
        }
        for (int i = in.readInt(); i > 0; i--) {
            Field field = FieldBinding.of(holder, type(in.readUTF()), in.readUTF()).field();
            boolean self = in.readBoolean();
            field.set(instance, self || mixee == null ? spec : mixee);
        }
    }

    @SuppressWarnings("deprecation") // help(): picocli's old form of usageHelp, still an attribute
    private OptionSpec option(FieldBinding.Holder holder, Object initial) throws Exception {
        OptionSpec.Builder b = OptionSpec.builder(strings());
        Arg a = new Arg(holder, initial);
        b.getter(a.binding).setter(a.binding).scope(holder).userObject(a.binding.field()).description(a.description)
                .descriptionKey(a.descriptionKey).paramLabel(a.paramLabel).hideParamSyntax(a.hideParamSyntax)
                .typeInfo(a.typeInfo).interactive(a.interactive)
                .required(a.required).converters(a.converters).splitRegex(a.splitRegex)
                .splitRegexSynopsisLabel(a.splitRegexLabel).hidden(a.hidden).defaultValue(a.defaultValue)
                .mapFallbackValue(a.mapFallbackValue);
        b.showDefaultValue(a.showDefault).echo(a.echo).prompt(a.prompt).inherited(a.inherited).scopeType(a.scopeType);
        if (a.arity != null) {
            b.arity(a.arity);
        }
        if (a.candidates != null) {
            b.completionCandidates(a.candidates);
        }
        b.initialValue(a.initialValue).hasInitialValue(initial != null);
        b.order(in.readInt()).help(in.readBoolean()).usageHelp(in.readBoolean()).versionHelp(in.readBoolean())
                .negatable(in.readBoolean()).fallbackValue(string());
        return b.build();
    }

    private PositionalParamSpec positional(FieldBinding.Holder holder, Object initial) throws Exception {
        PositionalParamSpec.Builder b = PositionalParamSpec.builder();
        String index = string();
        if (index != null) {
            b.index(index);
        }
        Arg a = new Arg(holder, initial);
        b.getter(a.binding).setter(a.binding).scope(holder).userObject(a.binding.field()).description(a.description)
                .descriptionKey(a.descriptionKey).paramLabel(a.paramLabel).hideParamSyntax(a.hideParamSyntax)
                .typeInfo(a.typeInfo).interactive(a.interactive)
                .required(a.required).converters(a.converters).splitRegex(a.splitRegex)
                .splitRegexSynopsisLabel(a.splitRegexLabel).hidden(a.hidden).defaultValue(a.defaultValue)
                .mapFallbackValue(a.mapFallbackValue);
        b.showDefaultValue(a.showDefault).echo(a.echo).prompt(a.prompt).inherited(a.inherited).scopeType(a.scopeType);
        if (a.arity != null) {
            b.arity(a.arity);
        }
        if (a.candidates != null) {
            b.completionCandidates(a.candidates);
        }
        b.initialValue(a.initialValue).hasInitialValue(initial != null);
        return b.build();
    }

    /**
     * What options and positionals share, read in {@link ModelWriter}'s order. (picocli's common builder is not
     * public, so each kind's builder is given them in turn.)
     */
    private final class Arg {
        final FieldBinding binding;
        final String[] description;
        final String descriptionKey;
        final String paramLabel;
        final boolean hideParamSyntax;
        final Range arity;
        final TypeInfo typeInfo;
        final boolean interactive;
        final boolean required;
        final ITypeConverter<?>[] converters;
        final String splitRegex;
        final String splitRegexLabel;
        final boolean hidden;
        final String defaultValue;
        final String mapFallbackValue;
        final Visibility showDefault;
        final Iterable<String> candidates;
        final boolean echo;
        final String prompt;
        final boolean inherited;
        final ScopeType scopeType;
        final Object initialValue;

        @SuppressWarnings("unchecked")
        Arg(FieldBinding.Holder holder, Object initial) throws Exception {
            binding = FieldBinding.of(holder, type(in.readUTF()), in.readUTF());
            description = strings();
            descriptionKey = string();
            paramLabel = in.readUTF();
            hideParamSyntax = in.readBoolean();
            arity = range();
            typeInfo = new TypeInfo(binding.field().getType(), types(), List.of(strings()));
            interactive = in.readBoolean();
            required = in.readBoolean();
            Class<?>[] types = types();
            converters = new ITypeConverter<?>[types.length];
            for (int i = 0; i < types.length; i++) {
                converters[i] = (ITypeConverter<?>) create(types[i]);
            }
            splitRegex = in.readUTF();
            splitRegexLabel = in.readUTF();
            hidden = in.readBoolean();
            defaultValue = string();
            mapFallbackValue = string();
            showDefault = Visibility.valueOf(in.readUTF());
            String c = string();
            candidates = c == null ? null : (Iterable<String>) create(type(c));
            echo = in.readBoolean();
            prompt = in.readUTF();
            inherited = in.readBoolean();
            scopeType = ScopeType.valueOf(in.readUTF());
            initialValue = initial == null ? null : binding.field().get(initial);
        }
    }

    private ArgGroupSpec group(FieldBinding.Holder holder) throws Exception {
        ArgGroupSpec.Builder b = ArgGroupSpec.builder().exclusive(in.readBoolean()).multiplicity(range())
                .validate(in.readBoolean()).order(in.readInt()).heading(string()).headingKey(string());
        FieldBinding binding = FieldBinding.of(holder, type(in.readUTF()), in.readUTF());
        Field field = binding.field();
        b.typeInfo(new TypeInfo(field.getType(), types(), List.of(strings())))
                .getter(binding).setter(binding).scope(holder);
        // the group's fields have no holder until picocli makes the group, new, with their initial values
        FieldBinding.Holder members = new FieldBinding.Holder(null);
        for (int i = in.readInt(); i > 0; i--) {
            byte step = in.readByte();
            switch (step) {
                case CommandModel.OPTION -> b.addArg(option(members, null));
                case CommandModel.POSITIONAL -> b.addArg(positional(members, null));
                case CommandModel.GROUP -> b.addSubgroup(group(members));
                default -> throw new IOException("unknown group step " + step);
            }
        }
        return b.build();
    }

    private Range range() throws IOException {
        String r = string();
        return r == null ? null : Range.valueOf(r);
    }

    private String string() throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private String[] strings() throws IOException {
        String[] s = new String[in.readInt()];
        for (int i = 0; i < s.length; i++) {
            s[i] = in.readUTF();
        }
        return s;
    }

    private Class<?>[] types() throws IOException {
        String[] names = strings();
        Class<?>[] types = new Class<?>[names.length];
        for (int i = 0; i < names.length; i++) {
            types[i] = type(names[i]);
        }
        return types;
    }

    /**
     * @param name a class's name, as {@link Class#getName()} gives it, or a primitive type's
     * @return the class
     */
    static Class<?> type(String name) {
        switch (name) {
            case "boolean": return boolean.class;
            case "int": return int.class;
            case "long": return long.class;
            case "double": return double.class;
            case "char": return char.class;
            case "byte": return byte.class;
            case "short": return short.class;
            case "float": return float.class;
            default:
                try {
                    return Class.forName(name, false, ModelReader.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("the command model names " + name + ", which is not a class: rebuild", e);
                }
        }
    }

    /**
     * @return a new instance of a class, as picocli's default factory makes one (a mixin, a converter, ...): one of the
     *         tool's own classes directly, through its constructor without parameters unless that is private (picocli's
     *         factory, in another package, first fails on a class that is not public, then throws, catches and tries
     *         again); any other (picocli's own help mixin, say) through picocli's factory
     */
    static Object create(Class<?> type) {
        try {
            if (type.getPackage() == ModelReader.class.getPackage()) {
                java.lang.reflect.Constructor<?> made = type.getDeclaredConstructor();
                if (!java.lang.reflect.Modifier.isPrivate(made.getModifiers())) {
                    return made.newInstance();
                }
            }
            return CommandLine.defaultFactory().create(type);
        } catch (Exception e) {
            throw new IllegalStateException("cannot make a " + type.getName(), e);
        }
    }
}
