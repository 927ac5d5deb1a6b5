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
 * from the archive, none is made at run time (the build keeps a lambda line as often as one run listed it, so that
 * two call sites of the same shape both have theirs: src/build/MergeClassLists.java).
 */
class LauncherArchiveIT {

    @TempDir
    Path dir;

    @Test
    void checkThroughTheLauncherLoadsEveryClassOfTheToolFromTheArchive() throws Exception {
        Path launcher = Cli.jar().toAbsolutePath().resolveSibling("wcf-finance");
        Path archive = launcher.resolveSibling("wcf-finance.jsa");
        assumeTrue(Files.isExecutable(launcher) && Files.exists(archive), "mvn package builds the launcher and archive");
        Path log = dir.resolve("classes.log");
        ProcessBuilder pb = new ProcessBuilder("sh", launcher.toString(), "check").directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        pb.environment().put("JAVA_OPTS", "-Xlog:class+load:file=" + log);
        assertThat(pb.start().waitFor()).as(Files.readString(dir.resolve("err.txt"))).isZero();
        List<String> loaded = Files.readAllLines(log);
        assumeTrue(loaded.stream().anyMatch(l -> l.contains("source: shared objects file")),
                "the archive was made by another JDK than this test's (the launcher then runs without it)");
        assertThat(loaded.stream().filter(l -> l.contains(" uk.org.wcf.")))
                .hasSizeGreaterThan(250) // check loads about 295 classes of the tool, 150 of them lambdas (2026-12-06)
                .allMatch(l -> l.endsWith("source: shared objects file"));
        assertThat(loaded.stream().filter(l -> l.contains(" uk.org.wcf.") && l.contains("$$Lambda"))).hasSizeGreaterThan(100);
    }
}
