package dev.podlint.source;

import static dev.podlint.source.FastYamlCursor.notMine;

import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * Reads a literal ({@code |}) or folded ({@code >}) block scalar for the fast YAML path, with the
 * value and end mark SnakeYAML's scanner gives it: the block's indentation is its first line's (at
 * least one more than the enclosing collection's), its last line has a line break even at the end
 * of the text, and the scalar ends after the last line break it consumes.
 */
final class FastYamlBlockScalars {

    private final FastYamlCursor in;
    private final String s;
    private final char[] cs;
    /** Where the reading is: an offset, and the last end mark the scanner would have taken. */
    private int at;

    private long endMark;

    private FastYamlBlockScalars(FastYamlCursor in) {
        this.in = in;
        this.s = in.text;
        this.cs = in.chars;
    }

    /**
     * Reads the block scalar whose indicator is at {@code indicator}, in a collection indented
     * {@code indent} columns; adds its event and returns the offset of the start of the line where the
     * reading goes on (the cursor is on that line), or the text's length.
     */
    static int read(FastYamlCursor in, int indicator, int lineEnd, int indent, FastYamlSink sink) {
        return new FastYamlBlockScalars(in).scan(indicator, lineEnd, indent, sink);
    }

    private int scan(int indicator, int lineEnd, int indent, FastYamlSink sink) {
        boolean folded = cs[indicator] == '>';
        long start = in.position(indicator);
        int k = indicator + 1;
        char chomping = 0;
        int increment = 0;
        if (k < lineEnd && (cs[k] == '-' || cs[k] == '+')) {
            chomping = cs[k++];
            if (k < lineEnd && cs[k] >= '1' && cs[k] <= '9') {
                increment = cs[k++] - '0';
            }
        } else if (k < lineEnd && cs[k] >= '1' && cs[k] <= '9') {
            increment = cs[k++] - '0';
            if (k < lineEnd && (cs[k] == '-' || cs[k] == '+')) {
                chomping = cs[k++];
            }
        }
        if (k < lineEnd && cs[k] != ' ') {
            throw notMine();
        }
        int rest = in.skipSpaces(k, lineEnd);
        if (rest < lineEnd && cs[rest] != '#' || lineEnd == s.length()) {
            throw notMine();
        }
        in.nextLine(lineEnd);
        at = lineEnd + 1;

        int minIndent = Math.max(indent + 1, 1);
        int blockIndent;
        String breaks;
        if (increment > 0) {
            blockIndent = minIndent + increment - 1;
            breaks = breaks(blockIndent);
        } else {
            breaks = indentation();
            blockIndent = Math.max(minIndent, in.column(at));
        }
        StringBuilder value = new StringBuilder();
        String lineBreak = "";
        int n = s.length();
        while (in.column(at) == blockIndent && at < n) {
            value.append(breaks);
            boolean leadingNonSpace = cs[at] != ' ';
            int end = in.lineEnd(at);
            value.append(s, at, end);
            at = end;
            lineBreak = "\n"; // at the end of the text too
            if (at < n) {
                in.nextLine(at);
                at++;
            }
            breaks = breaks(blockIndent);
            if (in.column(at) == blockIndent && at < n) {
                if (folded && leadingNonSpace && cs[at] != ' ') {
                    if (breaks.isEmpty()) {
                        value.append(' ');
                    }
                } else {
                    value.append(lineBreak);
                }
            } else {
                break;
            }
        }
        if (chomping != '-') {
            value.append(lineBreak);
        }
        if (chomping == '+') {
            value.append(breaks);
        }
        sink.scalar(value.toString(), folded ? ScalarStyle.FOLDED : ScalarStyle.LITERAL, start, endMark);
        return at == n ? n : in.lineStart;
    }

    /**
     * SnakeYAML's scanBlockScalarIndentation: the blank lines before the first content line, which
     * sets the indentation (declined when one of them has more spaces than it).
     */
    private String indentation() {
        @Nullable StringBuilder chunks = null;
        int maxIndent = 0;
        endMark = in.position(at);
        int n = s.length();
        while (at < n) {
            char c = cs[at];
            if (c == '\n') {
                chunks = chunks == null ? new StringBuilder("\n") : chunks.append('\n');
                in.nextLine(at);
                at++;
                endMark = in.position(at);
            } else if (c == ' ') {
                at++;
                maxIndent = Math.max(maxIndent, in.column(at));
            } else {
                break;
            }
        }
        if (in.column(at) > 0 && in.column(at) < maxIndent) {
            throw notMine();
        }
        return chunks == null ? "" : chunks.toString();
    }

    /** SnakeYAML's scanBlockScalarBreaks: up to {@code indent} spaces, then line breaks each followed by up to as many. */
    private String breaks(int indent) {
        @Nullable StringBuilder chunks = null;
        endMark = in.position(at);
        int n = s.length();
        at = indentSpaces(at, indent);
        while (at < n && cs[at] == '\n') {
            chunks = chunks == null ? new StringBuilder("\n") : chunks.append('\n');
            in.nextLine(at);
            at++;
            endMark = in.position(at);
            at = indentSpaces(at, indent);
        }
        return chunks == null ? "" : chunks.toString();
    }

    private int indentSpaces(int from, int indent) {
        int k = from;
        while (in.column(k) < indent && k < s.length() && cs[k] == ' ') {
            k++;
        }
        return k;
    }
}
