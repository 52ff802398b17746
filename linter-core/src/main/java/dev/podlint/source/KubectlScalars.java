package dev.podlint.source;

import java.math.BigInteger;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Types plain scalars the way kubectl does: sigs.k8s.io/yaml embeds go-yaml v2, whose resolver is
 * YAML 1.1-flavoured ({@code yes}/{@code on}/{@code y} are booleans, {@code 0644} is octal). An
 * unquoted date is resolved as a timestamp by go-yaml but, decoded into {@code interface{}} as
 * sigs.k8s.io/yaml does, kept as its original text: a string (go-yaml v2 {@code decode.go},
 * confirmed with the oracle). See k8s-semantics.md section 9. Quoted and block scalars are always
 * strings and never reach this class.
 */
public final class KubectlScalars {

    private static final Map<String, Object> WORDS = Map.ofEntries(
            Map.entry("y", true),
            Map.entry("Y", true),
            Map.entry("yes", true),
            Map.entry("Yes", true),
            Map.entry("YES", true),
            Map.entry("on", true),
            Map.entry("On", true),
            Map.entry("ON", true),
            Map.entry("true", true),
            Map.entry("True", true),
            Map.entry("TRUE", true),
            Map.entry("n", false),
            Map.entry("N", false),
            Map.entry("no", false),
            Map.entry("No", false),
            Map.entry("NO", false),
            Map.entry("off", false),
            Map.entry("Off", false),
            Map.entry("OFF", false),
            Map.entry("false", false),
            Map.entry("False", false),
            Map.entry("FALSE", false),
            Map.entry(".nan", Double.NaN),
            Map.entry(".NaN", Double.NaN),
            Map.entry(".NAN", Double.NaN),
            Map.entry(".inf", Double.POSITIVE_INFINITY),
            Map.entry(".Inf", Double.POSITIVE_INFINITY),
            Map.entry(".INF", Double.POSITIVE_INFINITY),
            Map.entry("+.inf", Double.POSITIVE_INFINITY),
            Map.entry("+.Inf", Double.POSITIVE_INFINITY),
            Map.entry("+.INF", Double.POSITIVE_INFINITY),
            Map.entry("-.inf", Double.NEGATIVE_INFINITY),
            Map.entry("-.Inf", Double.NEGATIVE_INFINITY),
            Map.entry("-.INF", Double.NEGATIVE_INFINITY));

    private static final int MAX_WORD_LENGTH = longest(WORDS.keySet());

    private static final Pattern YAML_FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    private KubectlScalars() {}

    private static int longest(Iterable<String> words) {
        int longest = 0;
        for (String word : words) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    /** Types a plain (unquoted, non-block) scalar. */
    public static ScalarNode resolvePlain(Span span, String text) {
        if (text.isEmpty() || text.equals("~") || text.equals("null") || text.equals("Null") || text.equals("NULL")) {
            return new ScalarNode(span, text, ScalarType.NULL, null, true);
        }
        char first = text.charAt(0);
        // the words are at most 5 characters long: a longer text is not hashed for nothing
        Object word = text.length() <= MAX_WORD_LENGTH ? WORDS.get(text) : null;
        if (word instanceof Boolean b) {
            return new ScalarNode(span, text, ScalarType.BOOLEAN, b, true);
        }
        if (word instanceof Double d) {
            return new ScalarNode(span, text, ScalarType.FLOAT, d, true);
        }
        boolean digit = first >= '0' && first <= '9';
        if (digit || first == '+' || first == '-' || first == '.') {
            String plain = text.replace("_", "");
            Number integer = goParseInteger(plain);
            if (integer != null) {
                return new ScalarNode(span, text, ScalarType.INTEGER, integer, true);
            }
            if (YAML_FLOAT.matcher(plain).matches()) {
                return new ScalarNode(span, text, ScalarType.FLOAT, Double.parseDouble(plain), true);
            }
        }
        return ScalarNode.string(span, text, true);
    }

    /**
     * Go's {@code strconv.ParseInt(s, 0, 64)}, falling back to {@code ParseUint}: optional sign,
     * then a 0x / 0o / 0b prefix or a leading 0 for octal. Returns a Long, a BigInteger for values
     * only ParseUint accepts, or null.
     */
    static @Nullable Number goParseInteger(String s) {
        if (s.isEmpty()) {
            return null;
        }
        int i = 0;
        boolean negative = false;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        String body = s.substring(i);
        int radix = 10;
        if (body.length() > 2 && body.charAt(0) == '0') {
            char p = body.charAt(1);
            if (p == 'x' || p == 'X') {
                radix = 16;
                body = body.substring(2);
            } else if (p == 'o' || p == 'O') {
                radix = 8;
                body = body.substring(2);
            } else if (p == 'b' || p == 'B') {
                radix = 2;
                body = body.substring(2);
            }
        }
        if (radix == 10 && body.length() > 1 && body.charAt(0) == '0') {
            radix = 8;
            body = body.substring(1);
        }
        if (body.isEmpty()) {
            return null;
        }
        for (int k = 0; k < body.length(); k++) {
            if (Character.digit(body.charAt(k), radix) < 0) {
                return null;
            }
        }
        int zeros = 0;
        while (zeros < body.length() - 1 && body.charAt(zeros) == '0') {
            zeros++;
        }
        if (body.length() - zeros > maxUint64Digits(radix)) {
            return null; // too large for 64 bits; known without parsing (quadratic in the length)
        }
        BigInteger value = new BigInteger(body, radix);
        if (negative) {
            value = value.negate();
        }
        if (value.bitLength() < 64) {
            return value.longValue();
        }
        boolean fitsUint64 = !negative && value.bitLength() <= 64;
        return fitsUint64 ? value : null;
    }

    /** How many digits (leading zeros not counted) the largest uint64 has in {@code radix}. */
    private static int maxUint64Digits(int radix) {
        return switch (radix) {
            case 2 -> 64;
            case 8 -> 22;
            case 16 -> 16;
            default -> 20;
        };
    }
}
