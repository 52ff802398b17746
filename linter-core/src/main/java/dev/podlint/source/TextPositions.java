package dev.podlint.source;

/** Converts offsets in a text into line and column positions. */
final class TextPositions {

    private TextPositions() {}

    /** The position of the code point at {@code offset} (counted in code points). */
    static Span ofCodePointOffset(String text, int offset) {
        int line = 1;
        int column = 1;
        int seen = 0;
        for (int i = 0; i < text.length() && seen < offset; seen++) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return Span.point(line, column);
    }

    /** The position of the byte at {@code byteOffset} of UTF-8 text whose valid prefix is {@code prefix}. */
    static Span ofPrefix(String prefix) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < prefix.length(); i++) {
            if (prefix.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return Span.point(line, column);
    }
}
