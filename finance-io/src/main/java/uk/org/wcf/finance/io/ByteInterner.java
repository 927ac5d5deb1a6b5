package uk.org.wcf.finance.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gives each distinct byte string (a cost centre, a code) a small integer id without making a String per
 * posting: open addressing over the raw bytes; a String is decoded (strict UTF-8) once per distinct key.
 */
final class ByteInterner {

    private byte[][] keys = new byte[64][];
    private int[] slots = new int[256];
    private final List<String> names = new ArrayList<>();

    /**
     * @return the id of the bytes, adding them if new; -1 if they are not UTF-8
     */
    int id(byte[] b, int from, int to) {
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
            return -1;
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

    /** @return the decoded names, by id */
    List<String> names() {
        return List.copyOf(names);
    }

    String name(int id) {
        return names.get(id);
    }

    int size() {
        return names.size();
    }
}
