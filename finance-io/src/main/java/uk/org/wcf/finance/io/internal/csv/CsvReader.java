package uk.org.wcf.finance.io.internal.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

import uk.org.wcf.finance.io.Problem;
import uk.org.wcf.finance.io.internal.Problems;

/**
 * Reads CSV (RFC 4180) one record at a time, in bounded memory, and knows the line each record starts on.
 * <ul>
 *   <li>UTF-8, strictly: bytes that are not UTF-8 are a problem, never replaced; a byte-order mark is skipped.</li>
 *   <li>CRLF, LF or CR line ends; quoted cells may hold commas, quotes ({@code ""}) and line breaks.</li>
 *   <li>A line starting with {@code #} is a comment, kept in {@link #comments()}; blank lines are skipped.</li>
 * </ul>
 * Problems (bad bytes, an unterminated quote) are collected in {@link #problems()}; reading stops at the first
 * one of those, since nothing after it can be trusted.
 */
public final class CsvReader implements Closeable {

    private static final int EOF = -1;

    private final String file;
    private final Reader in;
    private final List<String> comments = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private long line = 1;
    private int pushedBack = -2;
    private boolean done;
    private final char[] buffer = new char[1 << 16];
    private int pos;
    private int limit;

    private CsvReader(String file, Reader in) {
        this.file = file;
        this.in = in;
    }

    /**
     * Opens a stream of UTF-8 CSV.
     *
     * @param file the file name to report problems against
     * @param stream the bytes; closed with this reader
     * @return the reader
     */
    public static CsvReader open(String file, InputStream stream) {
        return new CsvReader(file, new StrictUtf8Reader(stream));
    }

    /**
     * Reads CSV from text already in memory.
     *
     * @param file the name to report problems against
     * @param text the CSV text
     * @return the reader
     */
    public static CsvReader ofText(String file, String text) {
        return new CsvReader(file, new StringReader(text));
    }

    /** @return the file name problems are reported against */
    public String file() {
        return file;
    }

    /** @return the comment lines read so far, without the {@code #} */
    public List<String> comments() {
        return List.copyOf(comments);
    }

    /** @return the problems found so far */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /**
     * Reads the next record.
     *
     * @return the record, or null at the end of the file (or after a problem that stops reading)
     */
    public CsvRecord next() {
        if (done) {
            return null;
        }
        try {
            return readRecord();
        } catch (CharacterCodingException e) {
            problems.add(Problem.ofLine(file, line,
                    "the file has bytes that are not UTF-8; save it as UTF-8 (CSV UTF-8 in Excel)"));
            done = true;
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file + " at line " + line, e);
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        if (pos == limit) {
            limit = in.read(buffer, 0, buffer.length);
            pos = 0;
            if (limit <= 0) {
                limit = 0;
                return EOF;
            }
        }
        return buffer[pos++];
    }

    private CsvRecord readRecord() throws IOException {
        while (true) {
            int c = read();
            if (line == 1 && c == '\uFEFF') {
                c = read();
            }
            if (c == EOF) {
                done = true;
                return null;
            }
            if (c == '\n' || c == '\r') {
                endOfLine(c);
                continue;
            }
            if (c == '#') {
                StringBuilder sb = new StringBuilder();
                c = read();
                while (c != EOF && c != '\n' && c != '\r') {
                    sb.append((char) c);
                    c = read();
                }
                comments.add(sb.toString().strip());
                if (c != EOF) {
                    endOfLine(c);
                }
                continue;
            }
            pushedBack = c;
            return readCells();
        }
    }

    private void endOfLine(int c) throws IOException {
        line++;
        if (c == '\r') {
            int n = read();
            if (n != '\n') {
                pushedBack = n;
            }
        }
    }

    private CsvRecord readCells() throws IOException {
        long start = line;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            int c = read();
            if (quoted) {
                if (c == EOF) {
                    problems.add(Problem.ofLine(file, start,
                            "a quoted cell is never closed: the file ends inside quotes (is it truncated?)"));
                    done = true;
                    return null;
                }
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        pushedBack = n;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    } else if (c == '\r') {
                        int n = read();
                        line++;
                        if (n != '\n') {
                            pushedBack = n;
                        } else {
                            cell.append('\r');
                            c = '\n';
                        }
                    }
                    cell.append((char) c);
                }
                continue;
            }
            if (c == '"' && cell.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == EOF || c == '\n' || c == '\r') {
                cells.add(cell.toString());
                if (c == EOF) {
                    done = true;
                } else {
                    endOfLine(c);
                }
                return new CsvRecord(start, cells);
            } else {
                cell.append((char) c);
            }
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
