package uk.org.wcf.finance.io.internal.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import uk.org.wcf.finance.report.SafeText;

/**
 * Gives each distinct byte string (a cost centre, a code) a small integer id without making a String per
 * posting: open addressing over the raw bytes; a String is decoded (strict UTF-8) once per distinct key.
 */
public final class ByteInterner {

    private byte[][] keys = new byte[64][];
    private int[] slots = new int[256];
    private final List<String> names = new ArrayList<>();
    private String rejected = "";

    /** {@link #id}'s answer for bytes that are not UTF-8. */
    public static final int NOT_UTF8 = -1;
    /** {@link #id}'s answer for text with a control or direction-override character ({@link SafeText}). */
    public static final int NOT_PLAIN = -3;

    /**
     * @return the id of the bytes, adding them if new; {@link #NOT_UTF8} or {@link #NOT_PLAIN} when they may not be
     *         a key (checked once per distinct key, when it is added)
     */
    public int id(byte[] b, int from, int to) {
        int h = hash(b, from, to);
        int mask = slots.length - 1;
        for (int i = h & mask;; i = (i + 1) & mask) {
            int s = slots[i];
            if (s == 0) {
                return add(b, from, to, i);
            }
            byte[] k = keys[s - 1];
            if (k.length == to - from && Arrays.equals(k, 0, k.length, b, from, to)) {
                return s - 1;
            }
        }
    }

    private int add(byte[] b, int from, int to, int slot) {
        String name;
        try {
            name = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            return NOT_UTF8;
        }
        if (SafeText.firstUnsafe(name) >= 0) {
            rejected = name;
            return NOT_PLAIN;
        }
        int id = names.size();
        names.add(name);
        if (id == keys.length) {
            keys = Arrays.copyOf(keys, id * 2);
        }
        keys[id] = Arrays.copyOfRange(b, from, to);
        slots[slot] = id + 1;
        if (names.size() * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        int[] s = new int[slots.length * 2];
        int mask = s.length - 1;
        for (int id = 0; id < names.size(); id++) {
            byte[] k = keys[id];
            int i = hash(k, 0, k.length) & mask;
            while (s[i] != 0) {
                i = (i + 1) & mask;
            }
            s[i] = id + 1;
        }
        slots = s;
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            h = (h ^ b[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }

    /**
     * What is wrong with the bytes {@link #id} last refused.
     *
     * @param column the column's name
     * @param id the refusal, {@link #NOT_UTF8} or {@link #NOT_PLAIN}
     * @return the rule broken
     */
    public String refusal(String column, int id) {
        return id == NOT_PLAIN ? SafeText.problem(column, rejected).orElseThrow()
                : "the cell has bytes that are not UTF-8; save the file as UTF-8";
    }

    /** @return the decoded names, by id */
    public List<String> names() {
        return List.copyOf(names);
    }

    public String name(int id) {
        return names.get(id);
    }

    public int size() {
        return names.size();
    }
}
