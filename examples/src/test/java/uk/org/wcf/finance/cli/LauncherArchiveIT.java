package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher maps in the class-data archive the build made, and the archive holds every class of the tool that the
 * commands it was made from load, lambdas included: each method reference or lambda class of the tool's own is read
 * from the archive, none is made at run time, for each command that issue 16 sets a start-up target for (the build keeps a lambda line as often as one run listed it, so that
 * two call sites of the same shape both have theirs: src/build/MergeClassLists.java).
 */
class LauncherArchiveIT {

    @TempDir
    Path dir;

    /** The commands issue 16 sets start-up targets for, as the build's training runs them. */
    private static final List<List<String>> COMMANDS = List.of(List.of("--version"), List.of("check"), List.of("budget"),
            List.of("export", "budget", "--format", "xlsx", "--output", "budget.xlsx"),
            List.of("chart", "bridge", "--year", "2021/22", "--output", "bridge.png"));

    @Test
    void eachTargetCommandThroughTheLauncherLoadsEveryClassOfTheToolFromTheArchive() throws Exception {
        Path launcher = Cli.jar().toAbsolutePath().resolveSibling("wcf-finance");
        Path archive = launcher.resolveSibling("wcf-finance.jsa");
        assumeTrue(Files.isExecutable(launcher) && Files.exists(archive), "mvn package builds the launcher and archive");
        for (List<String> command : COMMANDS) {
            List<String> loaded = classesLoaded(launcher, command);
            assumeTrue(loaded.stream().anyMatch(l -> l.contains("source: shared objects file")),
                    "the archive was made by another JDK than this test's (the launcher then runs without it)");
            assertThat(loaded.stream().filter(l -> l.contains(" uk.org.wcf.")))
                    .as(String.join(" ", command)).hasSizeGreaterThan(20)
                    .allMatch(l -> l.endsWith("source: shared objects file"));
            if (command.equals(List.of("check"))) {
                assertThat(loaded.stream().filter(l -> l.contains(" uk.org.wcf."))).hasSizeGreaterThan(250);
                assertThat(loaded.stream().filter(l -> l.contains(" uk.org.wcf.") && l.contains("$$Lambda"))).hasSizeGreaterThan(100);
            }
        }
    }

    /** @return the lines of {@code -Xlog:class+load} of one run of a command through the launcher, which must succeed */
    private List<String> classesLoaded(Path launcher, List<String> command) throws Exception {
        Path log = dir.resolve("classes.log");
        List<String> cmd = new java.util.ArrayList<>(List.of("sh", launcher.toString()));
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        pb.environment().put("JAVA_OPTS", "-Xlog:class+load:file=" + log);
        assertThat(pb.start().waitFor()).as(Files.readString(dir.resolve("err.txt"))).isZero();
        return Files.readAllLines(log);
    }
}
