package uk.org.wcf.finance.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Told how far a long read has got, for a progress bar. */
@FunctionalInterface
public interface Progress {

    /** Reports nothing. */
    Progress NONE = (file, done, total) -> { };

    /**
     * @param file the file being read
     * @param done bytes read so far
     * @param total the file's size in bytes (0 when unknown)
     */
    void update(String file, long done, long total);

    /**
     * Wraps a stream so that reading it reports progress about every 4 MiB and at the end.
     *
     * @param file the file's name
     * @param in the stream
     * @param total the file's size
     * @return the counting stream
     */
    default InputStream watch(String file, InputStream in, long total) {
        if (this == NONE) {
            return in;
        }
        Progress p = this;
        return new FilterInputStream(in) {
            private long done;
            private long next = 1 << 22;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? -1 : 1);
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                count(n);
                return n;
            }

            private void count(int n) {
                if (n < 0) {
                    p.update(file, total, total);
                    return;
                }
                done += n;
                if (done >= next) {
                    next += 1 << 22;
                    p.update(file, done, total);
                }
            }
        };
    }
}
