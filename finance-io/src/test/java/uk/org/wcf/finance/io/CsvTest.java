package uk.org.wcf.finance.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.org.wcf.finance.io.write.AtomicFiles;
import uk.org.wcf.finance.io.write.Csv;

/** CSV out is safe to open in a spreadsheet; files are written whole or not at all. */
class CsvTest {

    @Test
    void textThatLooksLikeAFormulaIsDefused() {
        assertThat(Csv.line(List.of("=SUM(A1:A2)", "+1", "-x", "@cmd", "plain", "a,b", "say \"hi\"")))
                .isEqualTo("'=SUM(A1:A2),'+1,'-x,'@cmd,plain,\"a,b\",\"say \"\"hi\"\"\"\n");
    }

    @Test
    void defusedTextReadsBackAsItWas() {
        for (String t : new String[] {"=SUM(A1)", "'=x", "''+y", "'plain", "plain", "-", "'", "''"}) {
            assertThat(Csv.undefused(Csv.text(t).replace("\"", ""))).as(t).isEqualTo(t);
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileIntact(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("out.csv");
        AtomicFiles.writeString(f, "good\n");
        try {
            AtomicFiles.write(f, out -> {
                out.write("half".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                throw new java.io.IOException("disk full");
            });
        } catch (java.io.IOException expected) {
            assertThat(expected).hasMessage("disk full");
        }
        assertThat(Files.readString(f)).isEqualTo("good\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(f);
        }
    }

    @Test
    void theTemporaryFileIsPrivateWhileItIsWrittenAndTheResultIsNot(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path f = dir.resolve("out.csv");
        List<String> seen = new ArrayList<>();
        AtomicFiles.write(f, out -> {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    seen.add(p.getFileName() + " " + PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
                }
            }
            out.write('x');
        });
        assertThat(seen).singleElement().asString().matches("\\.out\\.csv\\.[0-9a-z]+\\.tmp rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r--r--");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(f);
        }
    }

    @Test
    void manyWritersToOneFileEachLeaveAWholeFileAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("out.csv");
        List<String> contents = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            contents.add(("writer " + i + "\n").repeat(10_000));
        }
        contents.parallelStream().forEach(c -> {
            try {
                AtomicFiles.writeString(f, c);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(contents).contains(Files.readString(f));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(f);
        }
    }
}
