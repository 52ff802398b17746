package dev.podlint.rule.functions;

import dev.podlint.source.LongTextMemo;
import java.util.Base64;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code base64:} functions: base64 as the API server decodes {@code data}/{@code binaryData}
 * (Go's {@code base64.StdEncoding}: padding required, only CR and LF ignored, no URL alphabet).
 * They answer about a value without ever returning it.
 */
public final class Base64Functions {

    private static final Pattern STD =
            Pattern.compile("(?:[A-Za-z0-9+/]{4})*+(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?");

    private final LongTextMemo<Boolean> validity = new LongTextMemo<>();
    private final LongTextMemo<String> problems = new LongTextMemo<>();
    private final LongTextMemo<Long> lengths = new LongTextMemo<>();

    /** True when {@code value} is a string that Go's StdEncoding decodes (the empty string included). */
    public boolean valid(Object value) {
        return value instanceof String s && validity.get(s, Base64Functions::decodes);
    }

    private static boolean decodes(String s) {
        return STD.matcher(stripLineBreaks(s)).matches();
    }

    /**
     * Why {@code value} does not decode, in words that never quote it: null when it decodes.
     * Examples: "contains a space (a folded '>' block turns line breaks into spaces)".
     */
    public @Nullable String problem(Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            return "is " + JsonTypes.withArticle(value) + ", not a base64 string (quote it)";
        }
        return valid(s) ? null : problems.get(s, Base64Functions::whyNot);
    }

    private static String whyNot(String s) {
        String text = stripLineBreaks(s);
        if (TextValues.looksPlain(text)) {
            return "looks like plain text, not base64";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                return "contains a space at byte " + i
                        + " (a folded '>' block turns line breaks into spaces; use a literal '|' block)";
            }
            if (c == '\t') {
                return "contains a tab at byte " + i;
            }
            if (c == '-' || c == '_') {
                return "uses the URL-safe alphabet ('-' or '_') at byte " + i
                        + "; the API server decodes the standard alphabet ('+' and '/')";
            }
            if (!(c == '='
                    || c == '+'
                    || c == '/'
                    || (c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9'))) {
                return "has a character outside the base64 alphabet at byte " + i;
            }
        }
        int eq = text.indexOf('=');
        if (eq >= 0 && !text.substring(eq).matches("={1,2}")) {
            return "has data after the '=' padding";
        }
        if (text.length() % 4 != 0) {
            return "is not padded: its length is not a multiple of 4 (add '=' padding)";
        }
        return "is not valid base64";
    }

    /**
     * True unless {@code value} decodes to bytes that are not text while {@code key}'s name says the
     * value is text ({@code password}, {@code port}, ...: see {@link TextValues#textKey}): a value written
     * in plain text under {@code data} that happens to be valid base64 ({@code pass}, {@code 5432}).
     */
    public boolean textWhereExpected(Object key, Object value) {
        if (!(key instanceof String k) || !TextValues.textKey(k)) {
            return true;
        }
        byte[] bytes = decode(value);
        return bytes == null || TextValues.isText(bytes);
    }

    /** The length of the decoded bytes, or -1 when the value does not decode. */
    public long decodedLength(Object value) {
        if (!valid(value)) {
            return -1;
        }
        return lengths.get((String) value, Base64Functions::lengthOfValid);
    }

    private static long lengthOfValid(String value) {
        String text = stripLineBreaks(value);
        int pad = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
        return (long) text.length() / 4 * 3 - pad;
    }

    /**
     * The decoded bytes of a value {@link #valid} accepts, null otherwise. Package-private: the
     * {@code base64:} namespace never hands a value to a rule.
     */
    byte @Nullable [] decode(Object value) {
        return valid(value) ? Base64.getDecoder().decode(stripLineBreaks((String) value)) : null;
    }

    private static String stripLineBreaks(String s) {
        if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\n' && c != '\r') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
