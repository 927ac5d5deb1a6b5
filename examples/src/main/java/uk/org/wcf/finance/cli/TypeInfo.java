package uk.org.wcf.finance.cli;

import java.util.List;

import picocli.CommandLine.Model.ITypeInfo;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The type of a field an option, positional or group binds to, for {@link ModelReader}: picocli's own type information
 * for the type and its element types, with the generic type arguments picocli found at build time
 * ({@code java.nio.file.Path} for a {@code List<Path>}), which it can only find by reading the field's generic type.
 * (picocli's class for it is not public; an option of the type gives the rest.)
 */
final class TypeInfo implements ITypeInfo {

    private final ITypeInfo picocli;
    private final List<String> genericArguments;

    /**
     * @param type the field's type
     * @param auxiliaryTypes its element types
     * @param genericArguments its generic type arguments, as picocli names them
     */
    TypeInfo(Class<?> type, Class<?>[] auxiliaryTypes, List<String> genericArguments) {
        this.picocli = OptionSpec.builder("-").type(type).auxiliaryTypes(auxiliaryTypes).build().typeInfo();
        this.genericArguments = List.copyOf(genericArguments);
    }

    @Override
    public List<String> getActualGenericTypeArguments() {
        return genericArguments;
    }

    @Override
    public boolean isBoolean() {
        return picocli.isBoolean();
    }

    @Override
    public boolean isMultiValue() {
        return picocli.isMultiValue();
    }

    @Override
    public boolean isOptional() {
        return picocli.isOptional();
    }

    @Override
    public boolean isArray() {
        return picocli.isArray();
    }

    @Override
    public boolean isCollection() {
        return picocli.isCollection();
    }

    @Override
    public boolean isMap() {
        return picocli.isMap();
    }

    @Override
    public boolean isEnum() {
        return picocli.isEnum();
    }

    @Override
    public List<String> getEnumConstantNames() {
        return picocli.getEnumConstantNames();
    }

    @Override
    public String getClassName() {
        return picocli.getClassName();
    }

    @Override
    public String getClassSimpleName() {
        return picocli.getClassSimpleName();
    }

    @Override
    public List<ITypeInfo> getAuxiliaryTypeInfos() {
        return picocli.getAuxiliaryTypeInfos();
    }

    @Override
    public Class<?> getType() {
        return picocli.getType();
    }

    @Override
    public Class<?>[] getAuxiliaryTypes() {
        return picocli.getAuxiliaryTypes();
    }

    @Override
    public String toString() {
        return picocli.toString();
    }
}
