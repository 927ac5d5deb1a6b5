package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example in every registered command's {@code --help} runs as written, through the launcher script
 * beside the jar, from a folder laid out as the project is (the examples' sample files under
 * {@code examples/data/}), and exits 0.
 */
class ExamplesIT {

    @TempDir
    Path dir;

    /** @return each example: its lines joined where one ends with a backslash */
    static List<String> examples(String[] footer) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        for (String line : footer) {
            String t = line.strip();
            if (cur == null && t.startsWith("wcf-finance ") || cur == null && t.equals("wcf-finance")) {
                cur = new StringBuilder();
            }
            if (cur != null) {
                boolean more = t.endsWith("\\");
                cur.append(more ? t.substring(0, t.length() - 1) : t).append(' ');
                if (!more) {
                    out.add(cur.toString().strip());
                    cur = null;
                }
            }
        }
        return out;
    }

    @Test
    void everyHelpExampleRunsAsWrittenWithTheSampleFiles() throws Exception {
        Path launcher = Cli.jar().toAbsolutePath().resolveSibling("wcf-finance");
        assumeTrue(Files.isExecutable(launcher), "the launcher script is built beside the jar by mvn package");
        Path examples = Cli.jar().toAbsolutePath().getParent().getParent();
        for (String folder : List.of("data", "scenarios", "notebooks", "dsg")) {
            copy(examples.resolve(folder), dir.resolve("examples").resolve(folder));
        }
        int n = 0;
        for (var e : HelpIT.commands().entrySet()) {
            for (String example : examples(e.getValue().getCommandSpec().usageMessage().footer())) {
                Path work = Files.createDirectories(dir.resolve("run-" + n++));
                copy(dir.resolve("examples"), work.resolve("examples"));
                ProcessBuilder pb = new ProcessBuilder("sh", "-c", example).directory(work.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
                pb.environment().put("PATH", launcher.getParent() + java.io.File.pathSeparator + System.getenv("PATH"));
                pb.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
                Path out = work.resolve(".out");
                pb.redirectErrorStream(true).redirectOutput(out.toFile());
                Process p = pb.start();
                assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(example).isTrue();
                assertThat(p.exitValue()).as("%s:%n%s", example, Files.readString(out, StandardCharsets.UTF_8)).isZero();
            }
        }
        assertThat(n).as("examples run").isGreaterThanOrEqualTo(HelpIT.commands().size() - 1);
    }

    /** Copies a folder and everything in it. */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
    }
}
