package dev.podlint.source;

import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * The text the fast YAML path reads, the line it is on, and positions as SnakeYAML's marks (index,
 * line and column counted in code points from 0; the fast path reads only text without surrogates,
 * so a char offset is a code point index).
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

    private static final int[] NO_BUFFER = new int[0];

    final String text;
    final int length;
    /** The 0-based line the reading is on, and the offset where that line starts. */
    int line;

    int lineStart;

    FastYamlCursor(String text) {
        this.text = text;
        this.length = text.length();
    }

    Optional<Mark> mark(int offset) {
        return Optional.of(new Mark("", offset, line, offset - lineStart, NO_BUFFER, 0));
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
        int newline = text.indexOf('\n', offset);
        return newline < 0 ? length : newline;
    }

    int skipSpaces(int from, int end) {
        int at = from;
        while (at < end && text.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    static NotMine notMine() {
        return NotMine.INSTANCE;
    }
}
