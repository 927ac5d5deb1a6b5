package uk.org.wcf.finance.io.internal.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly and hands out every good character before a bad byte, so the reader above it knows
 * the exact line the bad byte is on (the JDK's InputStreamReader drops the characters decoded before an error).
 */
public final class StrictUtf8Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private boolean eof;
    private CoderResult error;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (error != null) {
                throw new MalformedInputException(error.length());
            }
            if (eof && !bytes.hasRemaining()) {
                return -1;
            }
            fill();
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        return n;
    }

    private void fill() throws IOException {
        if (!eof) {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        chars.clear();
        CoderResult r = decoder.decode(bytes, chars, eof);
        if (r.isError()) {
            error = r;
        } else if (eof && r.isUnderflow()) {
            decoder.flush(chars);
            if (bytes.hasRemaining()) {
                error = CoderResult.malformedForLength(bytes.remaining());
            }
        }
        chars.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
