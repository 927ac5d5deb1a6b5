package uk.org.wcf.finance.io.internal.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import uk.org.wcf.finance.io.Problem;

/**
 * The encoding of a file as a publisher wrote it (DfE's section 251 CSVs): UTF-8 (with or without a byte-order mark)
 * or Windows-1252, decided from the bytes. A file that mixes the two, is UTF-16, or has a byte neither defines is
 * refused with its line, never decoded silently wrong.
 */
public final class PublishedEncoding {
    private PublishedEncoding() {
    }

    /**
     * Text and the encoding it was decoded from.
     *
     * @param text the text
     * @param encoding {@code ASCII}, {@code UTF-8}, {@code UTF-8 with byte-order mark} or {@code windows-1252}
     */
    public record Decoded(String text, String encoding) {
    }

    /**
     * @param file the file name, for problems
     * @param b the file's bytes
     * @param problems receives the one problem when the encoding cannot be decided
     * @return the text, or null with a problem added
     */
    public static Decoded decode(String file, byte[] b, List<Problem> problems) {
        if (b.length >= 2 && (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE || b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)) {
            problems.add(Problem.ofFile(file, "the file is UTF-16, which is not read: save it as CSV UTF-8 or as CSV"));
            return null;
        }
        boolean bom = b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
        int from = bom ? 3 : 0;
        int firstBad = firstNonUtf8(b, from);
        if (firstBad < 0) {
            boolean ascii = true;
            for (int i = from; i < b.length && ascii; i++) {
                ascii = b[i] >= 0;
            }
            String enc = bom ? "UTF-8 with byte-order mark" : ascii ? "ASCII" : "UTF-8";
            return new Decoded(new String(b, from, b.length - from, StandardCharsets.UTF_8), enc);
        }
        if (bom) {
            problems.add(Problem.ofLine(file, lineOf(b, firstBad), "the file starts with a UTF-8 byte-order mark but has"
                    + " bytes that are not UTF-8 (0x" + hex(b[firstBad]) + "): save it in one encoding"));
            return null;
        }
        int utf8 = firstUtf8Sequence(b);
        if (utf8 >= 0) {
            problems.add(Problem.ofFile(file, "the file mixes encodings: line " + lineOf(b, utf8) + " has UTF-8 (0x"
                    + hex(b[utf8]) + " 0x" + hex(b[utf8 + 1]) + ") but line " + lineOf(b, firstBad)
                    + " has a byte that is not UTF-8 (0x" + hex(b[firstBad]) + "): save it in one encoding"));
            return null;
        }
        CharsetDecoder dec = Charset.forName("windows-1252").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int i = 0; i < b.length; i++) {
            int u = b[i] & 0xFF;
            if (u == 0x81 || u == 0x8D || u == 0x8F || u == 0x90 || u == 0x9D) {
                problems.add(Problem.ofLine(file, lineOf(b, i), "byte 0x" + hex(b[i])
                        + " is neither UTF-8 nor Windows-1252: the file's encoding is not known"));
                return null;
            }
        }
        try {
            CharBuffer chars = dec.decode(ByteBuffer.wrap(b));
            return new Decoded(chars.toString(), "windows-1252");
        } catch (CharacterCodingException e) {
            problems.add(Problem.ofFile(file, "the file is neither UTF-8 nor Windows-1252"));
            return null;
        }
    }

    /** The index of the first byte that does not start a valid UTF-8 sequence, or -1. */
    private static int firstNonUtf8(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int n = sequenceLength(b, i);
            if (n == 0) {
                return i;
            }
            i += n;
        }
        return -1;
    }

    /** The index of the first multi-byte UTF-8 sequence, or -1. */
    private static int firstUtf8Sequence(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] < 0 && sequenceLength(b, i) > 1) {
                return i;
            }
        }
        return -1;
    }

    /** The length of the valid UTF-8 sequence at i, or 0 when there is none. */
    private static int sequenceLength(byte[] b, int i) {
        int c = b[i] & 0xFF;
        if (c < 0x80) {
            return 1;
        }
        int n;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
        } else {
            return 0;
        }
        if (i + n > b.length) {
            return 0;
        }
        return Utf8.valid(b, i, i + n) ? n : 0;
    }

    private static long lineOf(byte[] b, int index) {
        long line = 1;
        for (int i = 0; i < index; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String hex(byte b) {
        return String.format(Locale.ROOT, "%02X", b & 0xFF);
    }
}
