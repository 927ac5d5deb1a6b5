package uk.org.wcf.finance.io.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files atomically: the content goes to a temporary file beside the target, which is then moved over
 * the target in one step. A failure part-way leaves the target as it was (or absent) and removes the temporary
 * file: never a half-written output. The temporary file's name is {@code .NAME.RANDOM.tmp}, created only if no
 * such file exists (so two writers never share one); it is named from a fast generator rather than
 * {@link Files#createTempFile}, whose secure random source takes about 20 ms to start, and it is made
 * private ({@code rw-------}) before anything is written to it, then given its final permissions just before the move.
 *
 * <p>When the process is stopped part-way (SIGTERM, SIGINT), a shutdown hook removes the temporary file. A process
 * killed outright (SIGKILL, a power cut) cannot clean up, so each write first removes stale temporary files of
 * its own target: only names of exactly this pattern, and only those last modified more than an hour ago (a
 * write in progress in another process is never touched).
 */
public final class AtomicFiles {

    /** Writes content to a stream. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out the stream to write to
         * @throws IOException on failure
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /** How old a temporary file of ours must be before a later write to the same target removes it. */
    public static final java.time.Duration STALE = java.time.Duration.ofHours(1);

    private AtomicFiles() {
    }

    /** Removes this target's temporary files left by a process that was killed, when they are old. */
    private static void removeStale(Path dir, Path target) {
        java.util.regex.Pattern ours = java.util.regex.Pattern.compile("\\." + java.util.regex.Pattern.quote(
                target.getFileName().toString()) + "\\.[0-9a-z]{1,13}\\.tmp");
        long before = System.currentTimeMillis() - STALE.toMillis();
        try (var files = Files.newDirectoryStream(dir, "." + escapeGlob(target.getFileName().toString()) + ".*.tmp")) {
            for (Path f : files) {
                if (ours.matcher(f.getFileName().toString()).matches() && Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(f, java.nio.file.LinkOption.NOFOLLOW_LINKS).toMillis() < before) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // cleaning up is a courtesy: a folder that cannot be listed must not stop the write
        }
    }

    private static String escapeGlob(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    /** A shutdown hook that removes a temporary file, or null when the JVM is already shutting down. */
    private static Thread cleanupHook(Path tmp) {
        Thread hook = new Thread(() -> {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // the process is ending; nothing more can be done
            }
        }, "wcf-finance-atomic-write-cleanup");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return hook;
        } catch (IllegalStateException shuttingDown) {
            return null;
        }
    }

    /** Creates a new file, private from the start where the file store has POSIX permissions. */
    private static OutputStream create(Path tmp, boolean posix) throws IOException {
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        if (posix) {
            return Channels.newOutputStream(Files.newByteChannel(tmp, options,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))));
        }
        return Channels.newOutputStream(Files.newByteChannel(tmp, options));
    }

    /** Gives the result the target's permissions, or rw-r--r-- for a new file (on a POSIX file store). */
    private static void permissions(Path target, Path tmp) throws IOException {
        Set<PosixFilePermission> p = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, p);
    }

    /**
     * Writes text as UTF-8.
     *
     * @param target the file
     * @param text the text
     * @throws IOException when the file cannot be written; the target is untouched
     */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes content produced by a writer.
     *
     * @param target the file
     * @param content what to write
     * @throws IOException when the file cannot be written; the target is untouched
     */
    public static void write(Path target, Content content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("the folder " + (dir == null ? "of " + target : dir) + " does not exist");
        }
        if (Files.isDirectory(abs)) {
            throw new IOException(target + " is a folder, not a file");
        }
        // a device (/dev/stdout, a pipe) is never replaced by a file moved over it
        if (Files.exists(abs) && !Files.isRegularFile(abs) || abs.startsWith("/dev") || abs.startsWith("/proc")) {
            throw new IOException(target + " is not a regular file (a device or a pipe): give a file name, or leave out"
                    + " --output to print");
        }
        boolean posix = Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class);
        removeStale(dir, abs);
        Path tmp = null;
        Thread hook = null;
        try {
            OutputStream out = null;
            for (int attempt = 1; out == null; attempt++) {
                Path candidate = dir.resolve("." + abs.getFileName() + "."
                        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
                try {
                    out = create(candidate, posix);
                    tmp = candidate;
                    hook = cleanupHook(candidate);
                } catch (FileAlreadyExistsException e) {
                    if (attempt == 100) {
                        throw e;
                    }
                } catch (java.nio.file.AccessDeniedException e) {
                    throw new IOException("permission denied: this user may not create files in the folder " + dir, e);
                }
            }
            try (OutputStream o = out) {
                content.writeTo(o);
            }
            if (posix) {
                permissions(abs, tmp);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
            if (hook != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs anyway, and finds nothing to delete
                }
            }
        }
    }
}
