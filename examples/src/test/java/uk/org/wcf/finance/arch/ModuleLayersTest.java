package uk.org.wcf.finance.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The three modules are layers: core <- io <- examples; no module reaches into another's internal packages. */
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

    @Test
    void internalPackagesAreUsedOnlyInsideTheirModule() {
        noClasses().that().resideOutsideOfPackages(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(
                        java.util.Arrays.stream(CORE).map(p -> p.replace("..", ".internal..")).toArray(String[]::new))
                .allowEmptyShould(true).check(ALL);
        noClasses().that().resideInAPackage("uk.org.wcf.finance.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.org.wcf.finance.io.internal..",
                        "uk.org.wcf.finance.data.internal..", "uk.org.wcf.finance.store.internal..")
                .allowEmptyShould(true).check(ALL);
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
