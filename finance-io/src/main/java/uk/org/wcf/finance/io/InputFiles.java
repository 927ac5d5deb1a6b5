package uk.org.wcf.finance.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens input files: a missing file is a problem for the user, any other failure an I/O error. */
final class InputFiles {

    private InputFiles() {
    }

    /**
     * @param path the file
     * @return the open stream
     * @throws InvalidInputException "FILE: no such file"
     * @throws UncheckedIOException when the file cannot be opened for another reason
     */
    static InputStream open(Path path) {
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Problem.ofFile(path.toString(), "no such file"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
