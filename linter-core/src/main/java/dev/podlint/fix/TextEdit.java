package dev.podlint.fix;

import java.util.Objects;

/**
 * Replaces the characters {@code [start, end)} of a file's text with {@code replacement} (an
 * insertion when start equals end). {@code sensitive} marks an edit that carries a Secret's value:
 * a diff masks its lines.
 */
public record TextEdit(int start, int end, String replacement, boolean sensitive) {

    public TextEdit {
        Objects.requireNonNull(replacement, "replacement");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad edit range " + start + ".." + end);
        }
    }

    public static TextEdit replace(int start, int end, String replacement) {
        return new TextEdit(start, end, replacement, false);
    }

    public static TextEdit insert(int at, String text) {
        return new TextEdit(at, at, text, false);
    }

    /**
     * Whether the two edits cannot both be applied: their ranges overlap, or one inserts at a place
     * the other touches (the order of the two would be a guess).
     */
    public boolean conflictsWith(TextEdit other) {
        if (start == end || other.start == other.end) {
            return start <= other.end && other.start <= end;
        }
        return start < other.end && other.start < end;
    }
}
