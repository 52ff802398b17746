package dev.podlint.validation;

import java.util.ArrayList;
import java.util.List;

/** Go's {@code strings.Fields} and {@code strings.TrimSpace}, which split on Unicode white space. */
final class GoStrings {

    private GoStrings() {
    }

    /** Go's unicode.IsSpace. */
    static boolean isSpace(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\u000b', '\f', '\r', '\u0085', '\u00a0', '\u1680', '\u2028', '\u2029', '\u202f',
                    '\u205f', '\u3000' -> true;
            default -> c >= '\u2000' && c <= '\u200a';
        };
    }

    /** strings.Fields. */
    static List<String> fields(String s) {
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

    /** strings.TrimSpace. */
    static String trimSpace(String s) {
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
}
