package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service that embeds the library: a separate, minimal project, a JPMS module that {@code requires} the
 * library's modules, compiled and run on the module path with finance-core, finance-io and their dependencies
 * as built (the artifacts {@code mvn install} publishes).
 */
class ConsumerModuleIT {

    @TempDir
    Path dir;

    @Test
    void aModuleRequiringTheLibraryCompilesAndRuns() throws Exception {
        String modulePath = System.getProperty("consumer.module.path");
        assertThat(modulePath).as("the module path, set by the build").isNotBlank();
        assertThat(modulePath).contains("finance-io").contains("finance-core").doesNotContain("picocli");
        Path src = dir.resolve("src/wcf.consumer");
        Files.createDirectories(src.resolve("wcf/consumer"));
        Files.writeString(src.resolve("module-info.java"), """
                module wcf.consumer {
                    requires uk.org.wcf.finance.io;
                }
                """);
        Files.writeString(src.resolve("wcf/consumer/Main.java"), """
                package wcf.consumer;

                import java.util.Optional;
                import uk.org.wcf.finance.budget.BudgetBook;
                import uk.org.wcf.finance.data.WcfData;
                import uk.org.wcf.finance.io.SnapshotFile;
                import uk.org.wcf.finance.io.StructuredFormat;
                import uk.org.wcf.finance.money.RoundingPolicy;
                import uk.org.wcf.finance.monitor.MonitoringReport;

                public final class Main {
                    public static void main(String[] args) {
                        BudgetBook book = WcfData.businessPlan2020();
                        System.out.println("contract sum " + RoundingPolicy.THOUSANDS.units(book.contractSum()));
                        MonitoringReport report = MonitoringReport.of(WcfData.dsgSnapshot2019(6), WcfData.dsgSnapshot2019(5));
                        System.out.println("net DSG variance " + RoundingPolicy.THOUSANDS.units(report.total().varianceAfterAdjustments()));
                        System.out.print(SnapshotFile.write(WcfData.dsgSnapshot2019(6), StructuredFormat.JSON));
                    }
                }
                """);
        Path out = dir.resolve("out");
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        String javac = Paths.get(System.getProperty("java.home"), "bin", "javac").toString();
        run(List.of(javac, "--module-path", modulePath, "-d", out.toString(), "--module-source-path", dir.resolve("src").toString(),
                "--module", "wcf.consumer"));
        String output = run(List.of(java, "--module-path", out + File.pathSeparator + modulePath, "--module", "wcf.consumer/wcf.consumer.Main"));
        assertThat(output).contains("contract sum 114622").contains("net DSG variance 0").contains("\"period\" : \"2019/20 P6\"");
    }

    private static String run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(new ArrayList<>(cmd)).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", cmd) + "\n" + text).isZero();
        return text;
    }
}
