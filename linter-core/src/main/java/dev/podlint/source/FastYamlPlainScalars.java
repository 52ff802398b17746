package dev.podlint.source;

import static dev.podlint.source.FastYamlCursor.notMine;

import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * Reads a plain scalar in block context for the fast YAML path, as SnakeYAML's scanPlain does: it
 * goes on over the following lines indented more than the enclosing collection (a line break
 * folds to a space, each blank line between to a line break), ends at a comment, and ends after its
 * last non-space character. A ": " inside (SnakeYAML reads a key there) is declined.
 */
final class FastYamlPlainScalars {

    private FastYamlPlainScalars() {}

    /**
     * Reads the plain scalar starting at {@code at} in a collection indented {@code indent} columns;
     * adds its event and returns -1 if it ends on its line, else the start of the line after its
     * last line (the cursor is then on that line), or the text's length.
     */
    static int read(FastYamlCursor in, int at, int lineEnd, int indent, FastYamlSink sink) {
        String s = in.text;
        char[] cs = in.chars;
        char first = cs[at];
        if (FastYamlScalars.isIndicator(first) && !(first == '-' && at + 1 < lineEnd && cs[at + 1] != ' ')) {
            throw notMine();
        }
        long start = in.position(at);
        int end = contentEnd(cs, at, lineEnd);
        if (end < 0) {
            sink.scalar(s.substring(at, -end - 1), ScalarStyle.PLAIN, start, in.position(-end - 1));
            return -1;
        }
        @Nullable StringBuilder value = null;
        int lastEnd = end;
        int lastLineEnd = lineEnd;
        int line = in.line;
        int lineStart = in.lineStart;
        int lastLine = line;
        int lastLineStart = lineStart;
        int breaks = 0;
        int n = s.length();
        for (int newline = lineEnd; newline < n; ) {
            line++;
            lineStart = newline + 1;
            newline = in.lineEnd(lineStart);
            int token = in.skipSpaces(lineStart, newline);
            if (token == newline) {
                breaks++;
                continue;
            }
            if (token - lineStart <= indent || cs[token] == '#') {
                break;
            }
            int next = contentEnd(cs, token, newline);
            if (value == null) {
                value = new StringBuilder().append(s, at, lastEnd);
            }
            if (breaks == 0) {
                value.append(' ');
            } else {
                value.append("\n".repeat(breaks));
            }
            breaks = 0;
            lastEnd = next < 0 ? -next - 1 : next;
            value.append(s, token, lastEnd);
            lastLine = line;
            lastLineStart = lineStart;
            lastLineEnd = newline;
            if (next < 0) {
                break;
            }
        }
        in.line = lastLine;
        in.lineStart = lastLineStart;
        sink.scalar(
                value == null ? s.substring(at, lastEnd) : value.toString(),
                ScalarStyle.PLAIN,
                start,
                in.position(lastEnd));
        if (value == null) {
            return -1;
        }
        if (lastLineEnd == n) {
            return n;
        }
        in.nextLine(lastLineEnd);
        return lastLineEnd + 1;
    }

    /**
     * Where the scalar's text on this line ends (after its last non-space character), or, if a
     * comment ends the scalar on this line, minus one minus that offset.
     */
    private static int contentEnd(char[] cs, int from, int lineEnd) {
        int end = from;
        for (int k = from; k < lineEnd; k++) {
            char c = cs[k];
            if (c == ' ') {
                if (k + 1 < lineEnd && cs[k + 1] == '#') {
                    return -end - 1;
                }
                continue;
            }
            if (c == ':' && (k + 1 == lineEnd || cs[k + 1] == ' ')) {
                throw notMine();
            }
            end = k + 1;
        }
        return end;
    }
}
