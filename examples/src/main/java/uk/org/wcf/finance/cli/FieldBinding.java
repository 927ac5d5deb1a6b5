package uk.org.wcf.finance.cli;

import java.lang.reflect.Field;

import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.IScope;
import picocli.CommandLine.Model.IScoped;
import picocli.CommandLine.Model.ISetter;

/**
 * An option's, a positional's or an argument group's binding to the field it fills, for the commands {@link CommandModel}
 * builds: what picocli's own binding does for an annotated field, found by name ({@code getDeclaredField}) rather than
 * by reading annotations. The object that holds the field is the binding's scope: the command or mixin instance, or
 * for an argument group's options the group instance, which picocli creates and {@link #set sets} when the group is
 * matched.
 */
final class FieldBinding implements IGetter, ISetter, IScoped {

    private final Holder scope;
    private final Field field;

    private FieldBinding(Holder scope, Field field) {
        this.scope = scope;
        this.field = field;
    }

    /**
     * @param scope the object that holds the field (or will, for a group's)
     * @param type the class that declares the field
     * @param name the field's name
     * @return the binding
     */
    static FieldBinding of(Holder scope, Class<?> type, String name) {
        try {
            Field f = type.getDeclaredField(name);
            f.setAccessible(true);
            return new FieldBinding(scope, f);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("the command model names " + type.getName() + "." + name
                    + ", which is not a field: the model is out of date (rebuild)", e);
        }
    }

    /** @return the field, which picocli reports as the option's or group's user object */
    Field field() {
        return field;
    }

    /** @return the object that holds the field: picocli reads an option's value only when there is one */
    @Override
    public IScope getScope() {
        return scope;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() throws IllegalAccessException {
        Object holder = scope.get();
        return holder == null ? null : (T) field.get(holder);
    }

    @Override
    public <T> T set(T value) throws IllegalAccessException {
        Object holder = scope.get();
        @SuppressWarnings("unchecked")
        T old = (T) field.get(holder);
        field.set(holder, value);
        return old;
    }

    /** The object that holds the fields: a command, a mixin, or an argument group once picocli has made it. */
    static final class Holder implements IScope {

        private Object object;

        Holder(Object object) {
            this.object = object;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) object;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = (T) object;
            object = value;
            return old;
        }
    }
}
