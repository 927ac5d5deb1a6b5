package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool's {@code main} registers only {@link SterlingCurrencies} with Joda-Money (a start-up saving): run as a
 * process, a command loads that provider and not Joda-Money's default, and prints exactly what it prints with the
 * default's table of every currency, which {@code -D} on the JVM's command line still selects.
 */
class StartUpPropertiesIT {

    private static final String DEFAULT_PROVIDER = "org.joda.money.DefaultCurrencyUnitDataProvider";

    @TempDir
    Path dir;

    /** @return the run, with the classes it loaded written to {@code log} (JAVA_TOOL_OPTIONS: any JVM reads it) */
    private Cli.Run run(Path log, String jvmOptions, String... args) throws Exception {
        return Cli.run(dir, Map.of("JAVA_TOOL_OPTIONS", (jvmOptions + " -Xlog:class+load:file=" + log).trim()), args);
    }

    @Test
    void mainRegistersSterlingOnlyAndEveryFigureIsTheSameAsWithJodaMoneysFullTable() throws Exception {
        Path sterlingLog = dir.resolve("sterling.log");
        Path defaultLog = dir.resolve("default.log");
        String[][] commands = {{"check"}, {"budget", "--year", "2020/21", "--format", "csv"}};
        for (String[] args : commands) {
            Cli.Run sterling = run(sterlingLog, "", args);
            Cli.Run full = run(defaultLog, "-Dorg.joda.money.CurrencyUnitDataProvider=" + DEFAULT_PROVIDER, args);
            assertThat(sterling.exit()).as(sterling.err()).isZero();
            assertThat(sterling.out()).contains("Total Gross Expenditure").isEqualTo(full.out());
            assertThat(full.exit()).isZero();
            assertThat(Files.readString(sterlingLog)).contains(SterlingCurrencies.class.getName())
                    .doesNotContain(DEFAULT_PROVIDER);
            assertThat(Files.readString(defaultLog)).contains(DEFAULT_PROVIDER);
        }
    }
}
