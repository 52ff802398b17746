package dev.podlint.source;

import static dev.podlint.source.FastYamlCursor.notMine;

import java.util.Arrays;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * A fast path for the common YAML of Kubernetes manifests: one document of block mappings and
 * sequences (compact {@code - key: v} and indentless sequences included) of plain scalars, quoted
 * scalars that fit on their line, literal and folded block scalars, and one-line flow sequences,
 * with comments, blank lines and a final {@code ...} line. Gives its {@link FastYamlSink} exactly the
 * events SnakeYAML's ParserImpl produces, marks included (without building them), and declines
 * anything else as soon as it meets it, so that SnakeYAML reads that text and reports its errors. Each line is read once,
 * with an explicit stack of the open collections and their columns.
 */
final class FastYamlParser {

    private static final int MAPPING = 0;
    private static final int SEQUENCE = 1;
    /** A sequence whose entries are at the column of the mapping key that holds it. */
    private static final int INDENTLESS = 2;

    private final FastYamlCursor in;
    private final String s;
    private final char[] cs;
    private final FastYamlSink sink;
    private int[] kinds = new int[16];
    private int[] columns = new int[16];
    private int depth;
    private boolean started;
    /** Whether a {@code ...} line ended the document. */
    private boolean ended;
    /** A key or '-' whose value is not on its line: a nested collection, or an empty scalar at the mark. */
    private boolean pending;

    private long pendingAt;

    private boolean pendingAfterKey;
    private int pendingColumn;

    private FastYamlParser(String text, FastYamlSink sink) {
        this.in = new FastYamlCursor(text);
        this.s = text;
        this.cs = in.chars;
        this.sink = sink;
    }

    /**
     * Gives {@code sink} the text's events after SnakeYAML's stream start, as ParserImpl produces them;
     * false as soon as the text leaves the fast path's subset (the sink then holds the events of a
     * beginning, to be dropped). The caller has checked the text's characters
     * ({@link FastYamlChars#onlyOrdinary}).
     */
    static boolean parse(String text, FastYamlSink sink) {
        try {
            new FastYamlParser(text, sink).read();
            return true;
        } catch (FastYamlCursor.NotMine e) {
            return false;
        }
    }

    private void read() {
        int n = s.length();
        int pos = 0;
        while (pos < n) {
            int lineEnd = in.lineEnd(pos);
            int first = in.skipSpaces(pos, lineEnd);
            if (first < lineEnd && cs[first] != '#') {
                int resume = line(first, lineEnd);
                if (resume >= 0) {
                    pos = resume;
                    continue;
                }
            }
            if (lineEnd == n) {
                break;
            }
            in.nextLine(lineEnd);
            pos = lineEnd + 1;
        }
        finish();
    }

    /**
     * Reads a line whose first token is at {@code first}. Returns -1 to go on with the next line, or
     * where to go on after a node that ends on a later line (or after a {@code ...} line): the start
     * of a line, with the cursor on it, or the text's length.
     */
    private int line(int first, int lineEnd) {
        int column = in.column(first);
        if (column == 0 && (s.startsWith("---", first) || s.startsWith("...", first))) {
            return explicitEnd(first, lineEnd);
        }
        boolean entry = isEntry(first, lineEnd);
        if (!started) {
            started = true;
            long at = in.position(first);
            sink.documentStart(at);
            return open(first, lineEnd, column, entry, at);
        }
        if (pending) {
            pending = false;
            if (column > pendingColumn) {
                return entry ? open(first, lineEnd, column, true, in.position(first)) : nextLineValue(first, lineEnd);
            }
            if (entry && pendingAfterKey && column == pendingColumn) {
                sink.collectionStart(false, false, in.position(first), in.position(first + 1));
                push(INDENTLESS, column);
                return entry(first, lineEnd);
            }
            sink.scalar("", ScalarStyle.PLAIN, pendingAt, pendingAt);
        }
        if (closes(column, entry)) {
            long here = in.position(first);
            do {
                end(here);
            } while (closes(column, entry));
        }
        if (depth == 0 || columns[depth - 1] != column) {
            throw notMine();
        }
        if (kinds[depth - 1] == MAPPING) {
            if (entry) {
                throw notMine();
            }
            return keyLine(first, lineEnd, in.position(first));
        }
        if (!entry) {
            throw notMine();
        }
        return entry(first, lineEnd);
    }

    /** Whether a line at {@code column} ends the innermost open collection (SnakeYAML's BLOCK-END, or the end of an indentless sequence). */
    private boolean closes(int column, boolean entry) {
        if (depth == 0) {
            return false;
        }
        int open = columns[depth - 1];
        return open > column || open == column && kinds[depth - 1] == INDENTLESS && !entry;
    }

    /** What follows a key or '-' on a more indented line: a mapping, or a scalar or flow collection on that line. */
    private int nextLineValue(int first, int lineEnd) {
        int colon = FastYamlScalars.keyColon(in, first, lineEnd);
        if (colon >= 0) {
            return mapping(first, colon, lineEnd);
        }
        if (cs[first] == '|' || cs[first] == '>') {
            throw notMine();
        }
        return value(first, lineEnd);
    }

    /**
     * A {@code ...} line ends the document (SnakeYAML's explicit document end) when only comments
     * and blank lines follow it; a {@code ---} line, which kubectl's pieces never hold, is declined.
     */
    private int explicitEnd(int first, int lineEnd) {
        int n = s.length();
        int rest = in.skipSpaces(first + 3, lineEnd);
        if (!started || cs[first] == '-' || rest < lineEnd && (rest == first + 3 || cs[rest] != '#')) {
            throw notMine();
        }
        long at = in.position(first);
        long after = in.position(first + 3);
        if (pending) {
            pending = false;
            sink.scalar("", ScalarStyle.PLAIN, pendingAt, pendingAt);
        }
        while (depth > 0) {
            end(at);
        }
        sink.documentEnd(true, at, after);
        ended = true;
        for (int newline = lineEnd; newline < n; ) {
            in.nextLine(newline);
            newline = in.lineEnd(newline + 1);
            int token = in.skipSpaces(in.lineStart, newline);
            if (token < newline && cs[token] != '#') {
                throw notMine();
            }
        }
        return n;
    }

    /** A block collection whose first entry or key is at {@code first}. */
    private int open(int first, int lineEnd, int column, boolean entry, long at) {
        if (entry) {
            sink.collectionStart(false, false, at, at);
            push(SEQUENCE, column);
            return entry(first, lineEnd);
        }
        sink.collectionStart(true, false, at, at);
        push(MAPPING, column);
        return keyLine(first, lineEnd, at);
    }

    private boolean isEntry(int at, int lineEnd) {
        return cs[at] == '-' && (at + 1 == lineEnd || cs[at + 1] == ' ');
    }

    /** A sequence entry: the '-' is at {@code dash}. */
    private int entry(int dash, int lineEnd) {
        int at = in.skipSpaces(dash + 1, lineEnd);
        if (at == lineEnd || cs[at] == '#') {
            pend(false, in.column(dash), in.position(dash + 1));
            return -1;
        }
        if (isEntry(at, lineEnd)) {
            throw notMine();
        }
        int colon = FastYamlScalars.keyColon(in, at, lineEnd);
        if (colon >= 0) {
            return mapping(at, colon, lineEnd);
        }
        return value(at, lineEnd);
    }

    /** A block mapping that starts on this line with the key at {@code at}, whose ':' is at {@code colon}. */
    private int mapping(int at, int colon, int lineEnd) {
        long start = in.position(at);
        sink.collectionStart(true, false, start, start);
        push(MAPPING, in.column(at));
        return keyValue(at, colon, lineEnd, start);
    }

    private int keyLine(int at, int lineEnd, long start) {
        int colon = FastYamlScalars.keyColon(in, at, lineEnd);
        if (colon < 0) {
            throw notMine();
        }
        return keyValue(at, colon, lineEnd, start);
    }

    private int keyValue(int at, int colon, int lineEnd, long start) {
        FastYamlScalars.key(in, at, colon, start, sink);
        int value = in.skipSpaces(colon + 1, lineEnd);
        if (value == lineEnd || cs[value] == '#') {
            pend(true, columns[depth - 1], in.position(colon + 1));
            return -1;
        }
        return value(value, lineEnd);
    }

    /** A value that starts on the line of its key or '-'. */
    private int value(int at, int lineEnd) {
        char c = cs[at];
        switch (c) {
            case '|', '>' -> {
                return FastYamlBlockScalars.read(in, at, lineEnd, columns[depth - 1], sink);
            }
            case '"', '\'' -> {
                return FastYamlQuotedLines.read(in, at, lineEnd, sink);
            }
            case '[', '{' -> FastYamlScalars.endOfLine(in, FastYamlScalars.flow(in, at, lineEnd, sink), lineEnd);
            default -> {
                return FastYamlPlainScalars.read(in, at, lineEnd, columns[depth - 1], sink);
            }
        }
        return -1;
    }

    private void pend(boolean afterKey, int column, long at) {
        pendingAfterKey = afterKey;
        pendingColumn = column;
        pendingAt = at;
        pending = true;
    }

    private void push(int kind, int column) {
        if (depth == kinds.length) {
            kinds = Arrays.copyOf(kinds, depth * 2);
            columns = Arrays.copyOf(columns, depth * 2);
        }
        kinds[depth] = kind;
        columns[depth] = column;
        depth++;
    }

    private void end(long at) {
        depth--;
        sink.collectionEnd(kinds[depth] == MAPPING, at, at);
    }

    private void finish() {
        long end = in.position(s.length());
        if (started && !ended) {
            if (pending) {
                sink.scalar("", ScalarStyle.PLAIN, pendingAt, pendingAt);
            }
            while (depth > 0) {
                end(end);
            }
            sink.documentEnd(false, end, end);
        }
        sink.streamEnd(end);
    }
}
