package dev.podlint.source;

import static dev.podlint.source.FastYamlCursor.notMine;

import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * Reads a quoted scalar that goes on past its first line, as SnakeYAML's scanFlowScalar does: the
 * spaces before a line break and after it are dropped, a line break folds to a space, each blank line
 * after it to a line break, and the continuation lines may be indented any way. Declined: an escaped
 * line break, the end of the text inside the quotes, and a line starting with {@code ---} or
 * {@code ...} and a blank inside them (SnakeYAML's errors).
 */
final class FastYamlQuotedLines {

    private FastYamlQuotedLines() {}

    /**
     * Reads the quoted scalar starting at {@code at} on a line ending at {@code lineEnd}; adds its event
     * and returns -1 if it closes on that line, else the start of the line after the one it closes on
     * (the cursor is then on that line), or the text's length.
     */
    static int read(FastYamlCursor in, int at, int lineEnd, FastYamlSink sink) {
        String s = in.text;
        char[] cs = in.chars;
        int n = s.length();
        char quote = cs[at];
        boolean doubleQuoted = quote == '"';
        long start = in.position(at);
        StringBuilder value = new StringBuilder();
        int startLine = in.line;
        int k = at + 1;
        int end = lineEnd;
        while (true) {
            int close = line(cs, k, end, quote, value);
            if (close >= 0) {
                return close(in, value.toString(), doubleQuoted, start, close + 1, end, in.line != startLine, sink);
            }
            if (end == n) {
                throw notMine(); // the text ends inside the quotes
            }
            int blankLines = 0;
            while (true) {
                int lineStart = end + 1;
                in.nextLine(end);
                if (separatorAt(s, lineStart)) {
                    throw notMine();
                }
                end = in.lineEnd(lineStart);
                k = in.skipSpaces(lineStart, end);
                if (k < end) {
                    break;
                }
                if (end == n) {
                    throw notMine();
                }
                blankLines++;
            }
            if (blankLines == 0) {
                value.append(' ');
            } else {
                value.append("\n".repeat(blankLines));
            }
        }
    }

    /**
     * Reads the quoted text from {@code from} to the closing {@code quote} or to {@code end}, adding
     * its value: returns the closing quote's offset, or -1 at the end of the line (its trailing spaces
     * then left out, as a line break drops them). Declines escapes but the one-character ones, and an
     * escaped line break.
     */
    static int line(char[] cs, int from, int end, char quote, StringBuilder value) {
        boolean doubleQuoted = quote == '"';
        int run = from;
        int k = from;
        while (k < end) {
            char c = cs[k];
            if (c == quote) {
                if (!doubleQuoted && k + 1 < end && cs[k + 1] == '\'') {
                    value.append(cs, run, k + 1 - run);
                    k += 2;
                    run = k;
                    continue;
                }
                value.append(cs, run, k - run);
                return k;
            }
            if (doubleQuoted && c == '\\') {
                char replacement = k + 1 < end ? FastYamlScalars.escape(cs[k + 1]) : 0;
                if (replacement == 0 && (k + 1 >= end || cs[k + 1] != '0')) {
                    throw notMine(); // another escape, or an escaped line break
                }
                value.append(cs, run, k - run).append(replacement);
                k += 2;
                run = k;
                continue;
            }
            k++;
        }
        int kept = end;
        while (kept > run && cs[kept - 1] == ' ') {
            kept--;
        }
        value.append(cs, run, kept - run);
        return -1;
    }

    /** A line starting with "---" or "..." followed by a blank or the end: a document separator. */
    private static boolean separatorAt(String s, int lineStart) {
        if (!s.startsWith("---", lineStart) && !s.startsWith("...", lineStart)) {
            return false;
        }
        int after = lineStart + 3;
        return after >= s.length() || s.charAt(after) == ' ' || s.charAt(after) == '\n';
    }

    private static int close(
            FastYamlCursor in,
            String value,
            boolean doubleQuoted,
            long start,
            int after,
            int lineEnd,
            boolean multiLine,
            FastYamlSink sink) {
        sink.scalar(
                value, doubleQuoted ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED, start, in.position(after));
        FastYamlScalars.endOfLine(in, after, lineEnd);
        if (!multiLine) {
            return -1;
        }
        if (lineEnd == in.length) {
            return lineEnd;
        }
        in.nextLine(lineEnd);
        return lineEnd + 1;
    }
}
