package uk.org.wcf.finance.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import uk.org.wcf.finance.archfixture.ReachesIntoIoInternals;

/**
 * The modules are layers: core <- io, store <- examples; no module reaches into another's internal packages, and
 * finance-io's exported packages name no internal type in a public signature. Each internal-package rule is also run
 * on a deliberate offender and must report it.
 */
class ModuleLayersTest {

    private static final String[] CORE = {"uk.org.wcf.finance.money..", "uk.org.wcf.finance.time..",
        "uk.org.wcf.finance.structure..", "uk.org.wcf.finance.budget..", "uk.org.wcf.finance.report..",
        "uk.org.wcf.finance.plan..", "uk.org.wcf.finance.monitor..", "uk.org.wcf.finance.dsg..",
        "uk.org.wcf.finance.reserve..", "uk.org.wcf.finance.ledger..", "uk.org.wcf.finance.kpi..", "uk.org.wcf.finance.accounts..", "uk.org.wcf.finance.forecast..", "uk.org.wcf.finance.cash.."};

    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // finance-io's test-jar (its malformed-input catalogue, which the CLI catalogue reuses) is tests too
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("uk.org.wcf.finance");

    @Test
    void lowerLayersNeverUseHigherOnes() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("uk.org.wcf.finance..")
                .layer("core").definedBy(CORE)
                .layer("io").definedBy("uk.org.wcf.finance.io..", "uk.org.wcf.finance.data..")
                .layer("store").definedBy("uk.org.wcf.finance.store..")
                .layer("examples").definedBy("uk.org.wcf.finance.cli..", "uk.org.wcf.finance.chart..",
                        "uk.org.wcf.finance.notebook..", "uk.org.wcf.finance.jupyter..")
                .whereLayer("examples").mayNotBeAccessedByAnyLayer()
                .whereLayer("io").mayOnlyBeAccessedByLayers("examples")
                .whereLayer("store").mayOnlyBeAccessedByLayers("examples")
                .check(ALL);
    }

    /** The packages of each module; an {@code internal} package belongs to the module whose package holds it. */
    private static final java.util.Map<String, List<String>> MODULES = java.util.Map.of(
            "finance-core", List.of(CORE).stream().map(p -> p.replace("..", "")).toList(),
            "finance-io", List.of("uk.org.wcf.finance.io", "uk.org.wcf.finance.data"),
            "finance-store", List.of("uk.org.wcf.finance.store"),
            "examples", List.of("uk.org.wcf.finance.cli", "uk.org.wcf.finance.chart", "uk.org.wcf.finance.notebook",
                    "uk.org.wcf.finance.jupyter"));

    /** What finance-io exports (module-info.java): no public signature there may name an internal type. */
    private static final String[] IO_EXPORTED = {"uk.org.wcf.finance.io", "uk.org.wcf.finance.io.write",
        "uk.org.wcf.finance.io.export", "uk.org.wcf.finance.data"};

    private static String moduleOf(String pkg) {
        return MODULES.entrySet().stream()
                .filter(m -> m.getValue().stream().anyMatch(p -> pkg.equals(p) || pkg.startsWith(p + ".")))
                .map(java.util.Map.Entry::getKey).findFirst().orElse("outside the library");
    }

    private static boolean internal(String pkg) {
        return pkg.contains(".internal.") || pkg.endsWith(".internal");
    }

    /** No class uses an internal package of another module (finance-io's io.internal.., store.internal, dsg.internal...). */
    static final ArchRule INTERNALS_STAY_IN_THEIR_MODULE = classes().that().resideInAPackage("uk.org.wcf.finance..")
            .should(new ArchCondition<JavaClass>("use no internal package of another module") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    String from = moduleOf(c.getPackageName());
                    for (Dependency d : c.getDirectDependenciesFromSelf()) {
                        String to = d.getTargetClass().getPackageName();
                        if (internal(to) && to.startsWith("uk.org.wcf.finance.") && !moduleOf(to).equals(from)) {
                            events.add(SimpleConditionEvent.violated(d, c.getName() + " (" + from + ") uses "
                                    + d.getTargetClass().getName() + ", internal to " + moduleOf(to) + ": "
                                    + d.getDescription()));
                        }
                    }
                }
            });

    /** A public method, constructor or field of a public class names only types its module exports. */
    static ArchRule publicSignaturesNameNoInternalType(String... exportedPackages) {
        return codeUnits().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideInAnyPackage(exportedPackages)
                .should(new ArchCondition<JavaCodeUnit>("name no internal type in their signature") {
                    @Override
                    public void check(JavaCodeUnit u, ConditionEvents events) {
                        java.util.Set<JavaClass> named = new java.util.LinkedHashSet<>(
                                u.getReturnType().getAllInvolvedRawTypes());
                        u.getParameterTypes().forEach(t -> named.addAll(t.getAllInvolvedRawTypes()));
                        for (JavaClass t : named) {
                            if (internal(t.getPackageName())) {
                                events.add(SimpleConditionEvent.violated(u, u.getFullName() + " names "
                                        + t.getName() + ", which its module does not export"));
                            }
                        }
                    }
                });
    }

    @Test
    void internalPackagesAreUsedOnlyInsideTheirModule() {
        INTERNALS_STAY_IN_THEIR_MODULE.check(ALL);
    }

    @Test
    void exportedIoPackagesNameNoInternalTypeInPublicSignatures() {
        publicSignaturesNameNoInternalType(IO_EXPORTED).check(ALL);
    }

    /** The two rules above report a class that breaks them: they are not rules that check nothing. */
    @Test
    void theInternalPackageRulesReportAnOffender() {
        JavaClasses offender = new ClassFileImporter().importPackages("uk.org.wcf.finance.archfixture");
        assertThat(offender.contain(ReachesIntoIoInternals.class)).isTrue();

        EvaluationResult uses = INTERNALS_STAY_IN_THEIR_MODULE.evaluate(offender);
        assertThat(uses.hasViolation()).isTrue();
        assertThat(uses.getFailureReport().getDetails()).anySatisfy(d -> assertThat(d)
                .contains(ReachesIntoIoInternals.class.getName() + " (outside the library) uses "
                        + "uk.org.wcf.finance.io.internal.csv.CsvTable, internal to finance-io"));

        EvaluationResult names = publicSignaturesNameNoInternalType("uk.org.wcf.finance.archfixture").evaluate(offender);
        assertThat(names.getFailureReport().getDetails()).anySatisfy(d -> assertThat(d)
                .contains("same(uk.org.wcf.finance.io.internal.tree.TreeNode) names uk.org.wcf.finance.io.internal.tree.TreeNode"));
    }

    @Test
    void libraryStateIsNeverMutableAndPublic() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields().that().arePublic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackages("uk.org.wcf.finance.cli..")
                .should().beFinal().because("values are immutable and shareable between threads").check(ALL);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields().that().areStatic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackages("uk.org.wcf.finance.cli..", "uk.org.wcf.finance.notebook..")
                .should().beFinal().because("the library keeps no global state or static caches").check(ALL);
    }

    @Test
    void valueTypesAreMadeByFactoriesNotPublicConstructors() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors().that().arePublic()
                .and().areDeclaredInClassesThat().resideInAnyPackage(CORE)
                .and().areDeclaredInClassesThat().areNotRecords()
                .and().areDeclaredInClassesThat().areNotAssignableTo(Throwable.class)
                .should().notBeDeclaredIn(Object.class)
                .andShould(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaConstructor>(
                        "not exist: classes are made with of(...), builder() or create()") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaConstructor c, com.tngtech.archunit.lang.ConditionEvents events) {
                        events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(c, c.getFullName() + " is public"));
                    }
                })
                .allowEmptyShould(true).check(ALL);
    }

    @Test
    void libraryCodeNeverPrints() {
        noClasses().that().resideOutsideOfPackages("uk.org.wcf.finance.cli..", "uk.org.wcf.finance.notebook..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("library modules log through SLF4J and return values").check(ALL);
    }
}
