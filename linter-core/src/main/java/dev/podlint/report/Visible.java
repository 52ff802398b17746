package dev.podlint.report;

/**
 * Text for a terminal or a log, with its control characters written out ({@code \x1b}, {@code \n},
 * {@code \u202e}): a manifest, a file name or a rule file cannot move the cursor, change the terminal's
 * title, clear the screen, add a line that looks like another finding or a CI workflow command, or
 * reorder what is shown (bidirectional overrides).
 */
public final class Visible {

    private Visible() {}

    /** {@code text} with every control character escaped; line breaks too. */
    public static String of(String text) {
        return escape(text, false);
    }

    /** As {@link #of}, keeping line breaks (a rule's help text, shown over several lines). */
    public static String keepingLines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLines) {
        int i = 0;
        while (i < text.length() && !needsEscape(text.charAt(i), keepLines)) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(c, keepLines)) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default ->
                    out.append(c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    private static boolean needsEscape(char c, boolean keepLines) {
        if (keepLines && c == '\n') {
            return false;
        }
        return c < 0x20
                || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x2028
                || c == 0x2029;
    }
}
