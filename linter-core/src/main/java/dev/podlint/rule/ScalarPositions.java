package dev.podlint.rule;

import dev.podlint.source.Span;

/**
 * Where in a rule file a character of a YAML scalar's value is written: the value's characters are
 * matched in order against the file text from the scalar's start, skipping what YAML removed (quotes,
 * escapes, a block's indentation and line breaks folded into spaces).
 */
final class ScalarPositions {

    private ScalarPositions() {}

    /**
     * The file position of {@code value.charAt(index)}, the scalar written at {@code span} of
     * {@code file}; the scalar's start when the file text is not at hand or does not match.
     */
    static Span locate(String file, Span span, String value, int index) {
        int start = offset(file, span.line(), span.column());
        int end = span.endLine() > span.line() || span.endColumn() > span.column()
                ? offset(file, span.endLine(), span.endColumn())
                : file.length();
        if (file.isEmpty() || start < 0 || index < 0 || index >= value.length()) {
            return span.start();
        }
        int j = start;
        for (int i = 0; i <= index; i++) {
            char wanted = value.charAt(i);
            while (j < end && file.charAt(j) != wanted) {
                j++;
            }
            if (j >= end) {
                return span.start();
            }
            if (i < index) {
                j++;
            }
        }
        return position(file, j);
    }

    /** The offset of a 1-based line and column, or -1 beyond the text. */
    static int offset(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            int next = text.indexOf('\n', offset);
            if (next < 0) {
                return -1;
            }
            offset = next + 1;
        }
        int at = offset + column - 1;
        return at <= text.length() ? at : -1;
    }

    private static Span position(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return Span.point(line, offset - lineStart + 1);
    }
}
