package uk.org.wcf.finance.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Hostile copies of a good workbook, built in the test: zip bombs, lying sizes, too many parts, extra parts. */
final class HostileZips {

    private HostileZips() {
    }

    /**
     * A copy whose part {@code entry} has {@code mib} MiB of spaces after its XML declaration: it packs to a few KiB
     * (each MiB of spaces deflates to about 1 KiB) and expands to many MiB.
     */
    static Path bomb(Path from, Path to, String entry, int mib) throws IOException {
        return copy(from, to, entry, (b, out) -> {
            String xml = new String(b, StandardCharsets.UTF_8);
            int at = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
            out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < mib; i++) {
                out.write(spaces);
            }
            out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
        }, null, null);
    }

    /**
     * A bomb whose ZIP directory lies: the part's declared expanded size, in the central directory and in its local
     * header, is {@code declared} bytes, and its declared packed size is its true one (so the directory shows a
     * modest ratio).
     */
    static Path lyingBomb(Path from, Path to, String entry, int mib, int declared) throws IOException {
        bomb(from, to, entry, mib);
        byte[] zip = Files.readAllBytes(to);
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        int patched = 0;
        for (int i = 0; i + 46 < zip.length; i++) {
            int sig = b.getInt(i);
            if (sig == 0x02014b50 && matches(zip, i + 46, name, b.getShort(i + 28))) {
                b.putInt(i + 24, declared); // central directory: uncompressed size
                patched++;
            } else if (sig == 0x04034b50 && matches(zip, i + 30, name, b.getShort(i + 26))) {
                b.putInt(i + 22, declared); // local header: uncompressed size (0 when a data descriptor follows)
            } else if (sig == 0x08074b50 && patched == 0) {
                // a data descriptor: crc, packed, unpacked; only the one after our part is large
                if (Integer.toUnsignedLong(b.getInt(i + 12)) > (long) mib << 19) {
                    b.putInt(i + 12, declared);
                }
            }
        }
        if (patched != 1) {
            throw new IllegalStateException("part " + entry + " not found in the central directory");
        }
        Files.write(to, zip);
        return to;
    }

    private static boolean matches(byte[] zip, int at, byte[] name, short length) {
        if (length != name.length || at + name.length > zip.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (zip[at + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /** A copy with {@code n} more small parts. */
    static Path manyParts(Path from, Path to, int n) throws IOException {
        return copy(from, to, null, null, "extra/part", n);
    }

    /** A copy with one more part. */
    static Path withEntry(Path from, Path to, String entry, byte[] content) throws IOException {
        copy(from, to, null, null, null, null);
        Path tmp = to.resolveSibling(to.getFileName() + ".tmp");
        try (ZipFile z = new ZipFile(to.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
            Enumeration<? extends ZipEntry> en = z.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream in = z.getInputStream(e)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(entry));
            out.write(content);
            out.closeEntry();
        }
        Files.move(tmp, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return to;
    }

    private interface Rewrite {
        void write(byte[] content, ZipOutputStream out) throws IOException;
    }

    private static Path copy(Path from, Path to, String entry, Rewrite rewrite, String extraPrefix, Integer extra)
            throws IOException {
        try (ZipFile z = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            Enumeration<? extends ZipEntry> en = z.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream in = z.getInputStream(e)) {
                    byte[] b = in.readAllBytes();
                    if (e.getName().equals(entry)) {
                        rewrite.write(b, out);
                    } else {
                        out.write(b);
                    }
                }
                out.closeEntry();
            }
            for (int i = 0; extra != null && i < extra; i++) {
                out.putNextEntry(new ZipEntry(extraPrefix + i + ".xml"));
                out.write("<x/>".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return to;
    }
}
