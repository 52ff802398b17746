package dev.podlint.source;

/**
 * The text the fast YAML path reads, the line it is on, and positions as SnakeYAML's marks would
 * give them (line and column counted in code points from 0; the fast path reads only text without
 * surrogates, so a char offset is a code point index), packed in a long.
 */
final class FastYamlCursor {

    /** Thrown as soon as the text leaves the fast path's subset; caught by {@link FastYamlParser}. */
    static final class NotMine extends RuntimeException {
        private static final long serialVersionUID = 1L;

        static final NotMine INSTANCE = new NotMine();

        private NotMine() {
            super("not in the fast YAML subset", null, false, false);
        }
    }

    final String text;
    /** The text's characters: read by index, without a call per character (as {@code charAt} is in C1's code). */
    final char[] chars;

    final int length;
    /** The 0-based line the reading is on, and the offset where that line starts. */
    int line;

    int lineStart;

    FastYamlCursor(String text) {
        this.text = text;
        this.chars = text.toCharArray();
        this.length = chars.length;
    }

    /** The position of {@code offset}, on the line the reading is on. */
    long position(int offset) {
        return ((long) line << 32) | (offset - lineStart);
    }

    static int line(long position) {
        return (int) (position >>> 32);
    }

    static int column(long position) {
        return (int) position;
    }

    /** Moves to the line after the line break at {@code newline}. */
    void nextLine(int newline) {
        line++;
        lineStart = newline + 1;
    }

    int column(int offset) {
        return offset - lineStart;
    }

    /** The offset of the line break ending the line that holds {@code offset}, or the text's length. */
    int lineEnd(int offset) {
        char[] c = chars;
        int at = offset;
        while (at < c.length && c[at] != '\n') {
            at++;
        }
        return at;
    }

    int skipSpaces(int from, int end) {
        int at = from;
        char[] c = chars;
        while (at < end && c[at] == ' ') {
            at++;
        }
        return at;
    }

    static NotMine notMine() {
        return NotMine.INSTANCE;
    }
}
