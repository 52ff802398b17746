package dev.podlint.source;

import java.util.ArrayList;
import java.util.List;

/** Go's {@code strings.Fields}, {@code strings.TrimSpace} and {@code strconv.Quote}, for values and messages that must match the API server. */
public final class GoStrings {

    private GoStrings() {}

    /** Go's {@code unicode.IsSpace}. */
    public static boolean isSpace(char c) {
        return switch (c) {
            case ' ',
                    '\t',
                    '\n',
                    '\u000b',
                    '\f',
                    '\r',
                    '\u0085',
                    '\u00a0',
                    '\u1680',
                    '\u2028',
                    '\u2029',
                    '\u202f',
                    '\u205f',
                    '\u3000' -> true;
            default -> c >= '\u2000' && c <= '\u200a';
        };
    }

    /** {@code strings.Fields}. */
    public static List<String> fields(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean space = i == s.length() || isSpace(s.charAt(i));
            if (space && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return out;
    }

    /** {@code strings.TrimSpace}. */
    public static String trimSpace(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    /** {@code strconv.Quote} for the texts messages quote (printable ASCII kept, the rest escaped). */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
