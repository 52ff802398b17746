package dev.podlint.container;

import java.math.BigInteger;

/** Values as the checks read and quote them. */
final class Texts {

    private static final int MAX_LENGTH = 120;

    private Texts() {
    }

    /** {@code text} itself, or its start and its length when it is long (messages stay short). */
    static String shorten(String text) {
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int cut = MAX_LENGTH - 20;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "... (" + text.length() + " characters)";
    }

    /** A YAML integer (not a quoted number, not a float) as a BigInteger, else null. */
    static BigInteger integer(Object value) {
        if (value instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (value instanceof Integer i) {
            return BigInteger.valueOf(i);
        }
        return value instanceof BigInteger b ? b : null;
    }

    static boolean between(BigInteger n, long min, long max) {
        return n.compareTo(BigInteger.valueOf(min)) >= 0 && n.compareTo(BigInteger.valueOf(max)) <= 0;
    }

    /** Go's {@code strings.TrimSpace}: Unicode white space at both ends. */
    static String trimSpace(String s) {
        if (s.isEmpty() || !isGoSpace(s.charAt(0)) && !isGoSpace(s.charAt(s.length() - 1))) {
            return s;
        }
        int start = 0;
        int end = s.length();
        while (start < end && isGoSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isGoSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Go's {@code unicode.IsSpace} for the characters a manifest can hold. */
    private static boolean isGoSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085'
                || c == '\u00A0' || Character.isSpaceChar(c);
    }
}
