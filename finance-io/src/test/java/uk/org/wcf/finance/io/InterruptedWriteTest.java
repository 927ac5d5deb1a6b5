package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.org.wcf.finance.io.write.AtomicFiles;

/**
 * A write stopped part-way, as a process: SIGTERM and SIGINT leave the target intact and no temporary file;
 * SIGKILL leaves one, which the next write to the same target removes once it is old (and only ours).
 */
class InterruptedWriteTest {

    @TempDir
    Path dir;

    /** Writes a large file slowly to args[0], so that a test can stop it part-way. */
    public static void main(String[] args) throws IOException {
        AtomicFiles.write(Path.of(args[0]), out -> {
            byte[] chunk = new byte[1 << 16];
            for (int i = 0; i < 100_000; i++) {
                out.write(chunk);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
    }

    private Process startWriting(Path target) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), InterruptedWriteTest.class.getName(),
                target.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    }

    private List<Path> temporaries() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private void waitForTemporary() throws Exception {
        for (int i = 0; i < 600 && temporaries().stream().noneMatch(this::hasData); i++) {
            Thread.sleep(50);
        }
        assertThat(temporaries()).as("the write started").isNotEmpty();
    }

    private boolean hasData(Path p) {
        try {
            return Files.size(p) > 1 << 20;
        } catch (IOException gone) {
            return false;
        }
    }

    private void signal(Process p, String sig) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + sig, Long.toString(p.pid())).inheritIO().start();
        assertThat(kill.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the writer stops").isTrue();
    }

    @Test
    void termAndIntRemoveTheTemporaryFileAndLeaveTheTargetIntact() throws Exception {
        for (String sig : new String[] {"TERM", "INT"}) {
            Path target = dir.resolve("out.csv");
            Files.writeString(target, "the old report\n");
            Process p = startWriting(target);
            waitForTemporary();
            signal(p, sig);
            assertThat(Files.readString(target)).as(sig).isEqualTo("the old report\n");
            assertThat(temporaries()).as(sig + " leaves no temporary file").isEmpty();
        }
    }

    @Test
    void afterAKillTheNextWriteRemovesOnlyOurOldTemporaryFiles() throws Exception {
        Path target = dir.resolve("out.csv");
        Files.writeString(target, "the old report\n");
        Process p = startWriting(target);
        waitForTemporary();
        signal(p, "KILL");
        assertThat(Files.readString(target)).isEqualTo("the old report\n");
        List<Path> left = temporaries();
        assertThat(left).hasSize(1);
        Path recent = dir.resolve(".out.csv.abc123.tmp");
        Path notOurs = dir.resolve(".out.csv.someone-else.tmp");
        Path otherTarget = dir.resolve(".other.csv.abc123.tmp");
        for (Path f : List.of(recent, notOurs, otherTarget)) {
            Files.writeString(f, "x");
        }
        FileTime old = FileTime.from(Instant.now().minus(AtomicFiles.STALE).minusSeconds(60));
        for (Path f : List.of(left.get(0), notOurs, otherTarget)) {
            Files.setLastModifiedTime(f, old);
        }
        AtomicFiles.writeString(target, "new\n");
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("new\n");
        assertThat(left.get(0)).as("our old temporary file").doesNotExist();
        assertThat(recent).as("a recent one may be a write in progress").exists();
        assertThat(notOurs).as("not our naming pattern").exists();
        assertThat(otherTarget).as("another target's").exists();
    }

    @Test
    void aDeviceIsNeverReplacedByAFile() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtomicFiles.writeString(Path.of("/dev/stdout"), "x"))
                .hasMessageContaining("is not a regular file");
    }
}
