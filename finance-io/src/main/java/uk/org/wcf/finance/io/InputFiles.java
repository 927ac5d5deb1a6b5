package uk.org.wcf.finance.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens input files: a missing file, a folder given for a file, and a file this user may not read are problems for
 * the user, named with the file; any other failure is an I/O error.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * @param path the file
     * @return the open stream
     * @throws InvalidInputException "FILE: no such file"
     * @throws UncheckedIOException when the file cannot be opened for another reason
     */
    public static InputStream open(Path path) {
        if (Files.isDirectory(path)) {
            throw new InvalidInputException(Problem.ofFile(path.toString(), "is a folder, not a file; give the file's name"));
        }
        try {
            return Files.newInputStream(path);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new InvalidInputException(Problem.ofFile(path.toString(), "permission denied: this user may not read it"));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Problem.ofFile(path.toString(), "no such file"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
