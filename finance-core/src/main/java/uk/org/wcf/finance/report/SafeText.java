package uk.org.wcf.finance.report;

import java.util.Locale;
import java.util.Optional;

/**
 * The characters a label, a name or a code may not hold, and how to show them when they turn up anyway.
 * <p>
 * A label is plain text on one line. Control characters (NUL, tab, line breaks, escape, DEL and the C1 controls),
 * the Unicode line and paragraph separators, the byte-order mark, the invisible zero-width space, word joiner and
 * soft hyphen, a non-ASCII space (such as a non-breaking space) at either end, and the bidirectional embedding,
 * override and isolate characters (the "Trojan Source" characters, U+202A to U+202E and U+2066 to U+2069) would
 * split a Markdown row or a YAML line, run as a terminal escape, make two cost centres that look the same, or show
 * one in another order than it is stored: the readers refuse them at their cell, and the writers never pass them
 * through.
 */
public final class SafeText {

    private SafeText() {
    }

    /**
     * @param cp a code point
     * @return true when a label may not hold it
     */
    public static boolean unsafe(int cp) {
        return cp < 0x20 || cp >= 0x7F && cp <= 0x9F || cp == 0xAD || cp == 0x200B || cp == 0x2060 || cp == 0x2028 || cp == 0x2029 || cp >= 0x202A && cp <= 0x202E
                || cp >= 0x2066 && cp <= 0x2069 || cp == 0xFEFF || cp >= 0xFFF9 && cp <= 0xFFFB
                || cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
    }

    /**
     * @param text the text
     * @return the index (in chars) of the first character a label may not hold, or -1
     */
    public static int firstUnsafe(CharSequence text) {
        int n = text.length();
        if (n > 0 && edgeSpace(text.charAt(0))) {
            return 0;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (unsafe(c) || i == n - 1 && edgeSpace(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A space other than the ASCII one (a non-breaking space, say) at either end of a label: readers trim ASCII
     * spaces, so {@code cc1} and {@code cc1} followed by a non-breaking space would be two cost centres that look
     * the same.
     */
    private static boolean edgeSpace(char c) {
        return c > 0x7F && Character.isSpaceChar(c);
    }

    /**
     * Why a text may not be read as a label, if it may not.
     *
     * @param what what the text is, for the message (a column's or a field's name)
     * @param text the text as read (after the reader's own trimming)
     * @return the rule broken, naming the character and where it is, or empty for plain text
     */
    public static Optional<String> problem(String what, String text) {
        int i = firstUnsafe(text);
        if (i < 0) {
            return Optional.empty();
        }
        return Optional.of(what + " is '" + visible(text) + "': it has " + describe(text.charAt(i)) + " at character "
                + (text.codePointCount(0, i) + 1) + "; text is read as plain characters on one line (no tabs, line"
                + " breaks, control, invisible or direction-override characters): retype the value");
    }

    /**
     * The text with every character a label may not hold shown as {@code <U+001B>}, so that an error message or a
     * report never passes a terminal escape, a line break or a direction override through.
     *
     * @param text the text
     * @return the text, safe to print
     */
    public static String visible(String text) {
        if (firstUnsafe(text) < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else if (unsafe(c) || (i == 0 || i == text.length() - 1) && edgeSpace(c)) {
                sb.append(String.format(Locale.ROOT, "<U+%04X>", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * @param c a character a label may not hold
     * @return its code and name, as in "U+001B (escape)"
     */
    public static String describe(char c) {
        String name = switch (c) {
            case 0 -> "NUL";
            case '\t' -> "a tab";
            case '\n' -> "a line feed";
            case '\r' -> "a carriage return";
            case 0x1B -> "escape";
            case 0x7F -> "delete";
            case 0xA0 -> "a non-breaking space";
            case 0xAD -> "a soft hyphen";
            case 0x200B -> "a zero-width space";
            case 0x2060 -> "a word joiner";
            case 0x2028 -> "a line separator";
            case 0x2029 -> "a paragraph separator";
            case 0x202A, 0x202B -> "a direction embedding";
            case 0x202C -> "pop directional formatting";
            case 0x202D, 0x202E -> "a direction override";
            case 0x2066, 0x2067, 0x2068 -> "a direction isolate";
            case 0x2069 -> "pop directional isolate";
            case 0xFEFF -> "a byte-order mark";
            default -> Character.isSurrogate(c) ? "half of a surrogate pair" : Character.isSpaceChar(c) ? "a space character"
                    : "a control character";
        };
        return String.format(Locale.ROOT, "U+%04X (%s)", (int) c, name);
    }
}
