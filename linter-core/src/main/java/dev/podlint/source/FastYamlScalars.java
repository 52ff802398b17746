package dev.podlint.source;

import static dev.podlint.source.FastYamlCursor.notMine;

import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * Reads the nodes of the fast YAML path that sit on one line: simple keys, single- and double-quoted
 * scalars, and the simplest flow collections ({@code []}, <code>{}</code>, {@code [a, "b"]}), as
 * events equal to SnakeYAML's.
 */
final class FastYamlScalars {

    private FastYamlScalars() {}

    /** The characters that cannot start a plain scalar (but '-', '?' and ':' followed by a non-space can). */
    static boolean isIndicator(char c) {
        return switch (c) {
            case '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' -> true;
            default -> false;
        };
    }

    /**
     * The offset of the ':' that makes the text at {@code at} a simple key on this line, or -1 if it is
     * not a key. A key with an indicator first is left to SnakeYAML.
     */
    static int keyColon(FastYamlCursor in, int at, int lineEnd) {
        char[] cs = in.chars;
        char first = cs[at];
        int colon = -1;
        if (first == '"' || first == '\'') {
            int k = in.skipSpaces(quotedEnd(cs, at, lineEnd), lineEnd);
            if (k < lineEnd && cs[k] == ':' && (k + 1 == lineEnd || cs[k + 1] == ' ')) {
                colon = k;
            }
        } else if (!isIndicator(first)) {
            for (int k = at; k < lineEnd; k++) {
                char c = cs[k];
                if (c == ':' && (k + 1 == lineEnd || cs[k + 1] == ' ')) {
                    colon = k;
                    break;
                }
                if (c == '#' && cs[k - 1] == ' ') {
                    break;
                }
            }
        }
        if (colon - at > 1000) {
            throw notMine(); // SnakeYAML's simple keys end 1024 code points after they start
        }
        return colon;
    }

    /** Adds the event of the key starting at {@code at} whose ':' is at {@code colon}. */
    static void key(FastYamlCursor in, int at, int colon, long start, FastYamlSink sink) {
        String s = in.text;
        char[] cs = in.chars;
        char first = cs[at];
        if (first == '"' || first == '\'') {
            quoted(in, at, colon, start, sink);
            return;
        }
        int end = colon;
        while (cs[end - 1] == ' ') {
            end--;
        }
        sink.scalar(s.substring(at, end), ScalarStyle.PLAIN, start, in.position(end));
    }

    /** Where the quoted scalar starting at {@code at} ends (after its closing quote); declines one that goes on past the line. */
    private static int quotedEnd(char[] cs, int at, int lineEnd) {
        char quote = cs[at];
        int k = at + 1;
        while (true) {
            if (k >= lineEnd) {
                throw notMine();
            }
            char c = cs[k];
            if (c == quote) {
                if (quote == '\'' && k + 1 < lineEnd && cs[k + 1] == '\'') {
                    k += 2;
                    continue;
                }
                return k + 1;
            }
            k += c == '\\' && quote == '"' ? 2 : 1;
        }
    }

    /**
     * Reads the quoted scalar starting at {@code at} (which ends before {@code lineEnd}), adds its
     * event and returns the offset after its closing quote. Declines escapes other than the
     * one-character ones.
     */
    static int quoted(FastYamlCursor in, int at, int lineEnd, long start, FastYamlSink sink) {
        char quote = in.chars[at];
        StringBuilder value = new StringBuilder();
        int close = FastYamlQuotedLines.line(in.chars, at + 1, lineEnd, quote, value);
        if (close < 0) {
            throw notMine();
        }
        sink.scalar(
                value.toString(),
                quote == '"' ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED,
                start,
                in.position(close + 1));
        return close + 1;
    }

    /** SnakeYAML's one-character escapes of double-quoted scalars; 0 for the others (and for \0 itself). */
    static char escape(char c) {
        return switch (c) {
            case 'a' -> 7;
            case 'b' -> '\b';
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'v' -> 11;
            case 'f' -> '\f';
            case 'r' -> '\r';
            case 'e' -> 27;
            case ' ' -> ' ';
            case '"' -> '"';
            case '/' -> '/';
            case '\\' -> '\\';
            case 'N' -> 0x85;
            case '_' -> 0xA0;
            default -> 0;
        };
    }

    /**
     * Reads a flow sequence of plain words and quoted scalars, or an empty flow mapping, that starts
     * and ends on this line; adds its events and returns the offset after it.
     */
    static int flow(FastYamlCursor in, int at, int lineEnd, FastYamlSink sink) {
        char[] cs = in.chars;
        long open = in.position(at);
        long afterOpen = in.position(at + 1);
        int k = in.skipSpaces(at + 1, lineEnd);
        if (cs[at] == '{') {
            if (k >= lineEnd || cs[k] != '}') {
                throw notMine();
            }
            sink.collectionStart(true, true, open, afterOpen);
            sink.collectionEnd(true, in.position(k), in.position(k + 1));
            return k + 1;
        }
        sink.collectionStart(false, true, open, afterOpen);
        if (k < lineEnd && cs[k] == ']') {
            sink.collectionEnd(false, in.position(k), in.position(k + 1));
            return k + 1;
        }
        while (true) {
            if (k >= lineEnd) {
                throw notMine();
            }
            char c = cs[k];
            if (c == '"' || c == '\'') {
                k = quoted(in, k, lineEnd, in.position(k), sink);
            } else {
                k = flowWord(in, k, lineEnd, sink);
            }
            k = in.skipSpaces(k, lineEnd);
            if (k >= lineEnd) {
                throw notMine();
            }
            c = cs[k];
            if (c == ']') {
                sink.collectionEnd(false, in.position(k), in.position(k + 1));
                return k + 1;
            }
            if (c != ',') {
                throw notMine();
            }
            k = in.skipSpaces(k + 1, lineEnd);
            if (k < lineEnd && cs[k] == ']') {
                throw notMine();
            }
        }
    }

    /** A plain scalar in a flow sequence, of letters, digits and {@code _ . / - = +} only (not first '-'). */
    private static int flowWord(FastYamlCursor in, int at, int lineEnd, FastYamlSink sink) {
        String s = in.text;
        char[] cs = in.chars;
        int k = at;
        while (k < lineEnd && isWordChar(cs[k], k == at)) {
            k++;
        }
        if (k == at) {
            throw notMine();
        }
        sink.scalar(s.substring(at, k), ScalarStyle.PLAIN, in.position(at), in.position(k));
        return k;
    }

    private static boolean isWordChar(char c, boolean first) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '/') {
            return true;
        }
        return !first && (c == '.' || c == '-' || c == '=' || c == '+');
    }

    /** After a quoted scalar or a flow collection: only spaces, then a comment or the line's end. */
    static void endOfLine(FastYamlCursor in, int at, int lineEnd) {
        int k = in.skipSpaces(at, lineEnd);
        if (k < lineEnd && !(k > at && in.chars[k] == '#')) {
            throw notMine();
        }
    }
}
