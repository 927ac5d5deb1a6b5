package uk.org.wcf.finance.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** finance-core is the model and its rules: no I/O, no floating-point money, no console output. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.org.wcf.finance");

    @Test
    void coreDependsOnNoIoLibrary() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.apache.poi..",
                "org.knowm..", "picocli..", "java.nio.file..", "java.sql..", "java.net..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .because("finance-core is the model and its rules; files belong in finance-io")
                .check(CORE);
    }

    @Test
    void noDoubleOrFloatInMoneyOrRateApis() {
        fields().that().areDeclaredInClassesThat().resideOutsideOfPackages("..forecast..", "..dsg.internal..")
                .should().notHaveRawType(double.class).andShould().notHaveRawType(float.class)
                .andShould().notHaveRawType(Double.class).andShould().notHaveRawType(Float.class)
                .because("money and rates are exact").check(CORE);
        methods().that().areDeclaredInClassesThat().resideOutsideOfPackages("..forecast..", "..dsg.internal..")
                .should().notHaveRawReturnType(double.class).andShould().notHaveRawReturnType(float.class)
                .because("money and rates are exact").check(CORE);
        // the DSG plan's Commons Math statistics keep their doubles in dsg.internal, as forecasting does in forecast
        noClasses().that().resideOutsideOfPackages("..forecast..", "..dsg.internal..")
                .should().callMethod(java.math.BigDecimal.class, "valueOf", double.class)
                .orShould().callMethod(java.math.BigDecimal.class, "doubleValue")
                .because("money and rates are exact").check(CORE);
    }

    @Test
    void noConsoleOutputInLibraryCode() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("a library logs through SLF4J and returns values; it does not print").check(CORE);
    }

    @Test
    void internalPackagesAreNotUsedFromOtherModules() {
        noClasses().that().resideOutsideOfPackage("..internal..")
                .and().resideOutsideOfPackages("uk.org.wcf.finance.money..", "uk.org.wcf.finance.time..",
                        "uk.org.wcf.finance.structure..", "uk.org.wcf.finance.budget..", "uk.org.wcf.finance.report..",
                        "uk.org.wcf.finance.plan..", "uk.org.wcf.finance.monitor..", "uk.org.wcf.finance.dsg..",
                        "uk.org.wcf.finance.reserve..", "uk.org.wcf.finance.forecast..", "uk.org.wcf.finance.kpi..",
                        "uk.org.wcf.finance.accounts..", "uk.org.wcf.finance.cash..")
                .should().dependOnClassesThat().resideInAPackage("uk.org.wcf.finance..internal..")
                .allowEmptyShould(true)
                .check(CORE);
    }
}
