package uk.org.wcf.finance.arch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.runtime.ObjectMethods;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.structure.CostLine;
import uk.org.wcf.finance.structure.Directorate;
import uk.org.wcf.finance.structure.FundingSource;
import uk.org.wcf.finance.structure.Service;
import uk.org.wcf.finance.structure.SubjectiveGroup;
import uk.org.wcf.finance.time.FiscalPeriod;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * A record that writes out its own {@code equals} and {@code hashCode} (to spare the start-up the method handles the
 * record's own are linked with) keeps the record's definition exactly: equal when every component is equal, and the
 * same hash, so a hash map of them iterates in the same order. The oracle is the JDK's own record definition,
 * {@link ObjectMethods#bootstrap}, built from the record's components.
 */
class RecordMethodsTest {

    private static final Gen<FiscalYear> YEARS = integers().between(2018, 2021).mix(integers().between(1900, 2998), 30)
            .map(FiscalYear::of);
    private static final Gen<Directorate> DIRECTORATES = Generate.pick(List.of("resources", "social_care"))
            .zip(Generate.pick(List.of("Resources", "Social Care")), Directorate::of);
    private static final Gen<Service> SERVICES = Generate.pick(List.of("A", "B"))
            .zip(Generate.pick(List.of("Resources Directorate", "Fostering")), DIRECTORATES, Service::of);
    private static final Gen<SubjectiveGroup> GROUPS = Generate.pick(List.of("staffing", "premises"))
            .zip(Generate.pick(List.of("Staffing", "Premises")), Generate.booleans(), SubjectiveGroup::of);

    /** Each record type with its own methods, and values drawn from small pools, so that equal pairs are common. */
    private static final Map<Class<? extends Record>, Gen<? extends Record>> WRITTEN_OUT = Map.of(
            FiscalYear.class, YEARS,
            FiscalPeriod.class, YEARS.zip(integers().between(1, 12), FiscalPeriod::of),
            Directorate.class, DIRECTORATES,
            Service.class, SERVICES,
            SubjectiveGroup.class, GROUPS,
            FundingSource.class, Generate.pick(List.of("nhs_income", "other_income"))
                    .zip(Generate.pick(List.of("NHS Income", "Other Income")), FundingSource::of),
            CostLine.class, SERVICES.zip(GROUPS, Generate.pick(List.of("", "utilities", "placements")), CostLine::of),
            BudgetBook.Parties.class, Generate.pick(List.of("", "Worcestershire Children First", "WCF"))
                    .zip(Generate.pick(List.of("", "WCC")), BudgetBook.Parties::new));

    @Test
    void aRecordWithItsOwnEqualsAndHashCodeKeepsTheRecordDefinition() {
        WRITTEN_OUT.forEach(RecordMethodsTest::agreesWithTheRecordDefinition);
    }

    @Test
    void everyRecordThatWritesOutEqualsOrHashCodeIsCheckedHere() {
        List<String> written = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.org.wcf.finance").stream().map(JavaClass::reflect).filter(Class::isRecord)
                .filter(c -> writesOut(c, "equals", Object.class) || writesOut(c, "hashCode"))
                .map(Class::getName).sorted().toList();
        assertThat(written).containsExactlyInAnyOrderElementsOf(
                WRITTEN_OUT.keySet().stream().map(Class::getName).toList());
    }

    /** javac gives a record its own equals and hashCode as final methods (they link through ObjectMethods). */
    private static boolean writesOut(Class<?> type, String name, Class<?>... parameters) {
        return Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.getName().equals(name)
                && Arrays.equals(m.getParameterTypes(), parameters) && !Modifier.isFinal(m.getModifiers()));
    }

    private static void agreesWithTheRecordDefinition(Class<? extends Record> type, Gen<? extends Record> values) {
        MethodHandle equals = theRecordDefinition(type, "equals");
        MethodHandle hashCode = theRecordDefinition(type, "hashCode");
        qt().withExamples(2_000).forAll(values, values).checkAssert((a, b) -> {
            Record copy = copyOf(a);
            assertThat(copy).isNotSameAs(a);
            for (Object other : new Object[] {b, copy, a, null, "not a " + type.getSimpleName()}) {
                assertThat(a.equals(other)).as("%s equals %s", a, other).isEqualTo(invoke(equals, a, other));
            }
            assertThat(a.hashCode()).as("hash of %s", a).isEqualTo(invoke(hashCode, a));
        });
    }

    /** The JDK's equals or hashCode for a record of this type's components, as javac links a record's own. */
    private static MethodHandle theRecordDefinition(Class<?> type, String method) {
        try {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] getters = new MethodHandle[components.length];
            for (int i = 0; i < components.length; i++) {
                getters[i] = MethodHandles.publicLookup().unreflect(components[i].getAccessor());
            }
            String names = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.joining(";"));
            return (MethodHandle) ObjectMethods.bootstrap(MethodHandles.lookup(), method, MethodHandle.class, type,
                    names, getters);
        } catch (Throwable e) {
            throw new AssertionError("no record definition of " + method + " for " + type, e);
        }
    }

    private static Object invoke(MethodHandle method, Object... arguments) {
        try {
            return method.invokeWithArguments(arguments);
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    /** A new instance with the same components, through the canonical constructor. */
    private static Record copyOf(Record r) {
        try {
            RecordComponent[] components = r.getClass().getRecordComponents();
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                Method accessor = components[i].getAccessor();
                values[i] = accessor.invoke(r);
            }
            Constructor<? extends Record> canonical = r.getClass().getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
