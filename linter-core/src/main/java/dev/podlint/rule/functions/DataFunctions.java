package dev.podlint.rule.functions;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code data:} functions: a Secret's or ConfigMap's content as the API server validates it, after
 * conversion ({@code stringData} merged into {@code data}, {@code stringData} winning on a duplicate
 * key) and base64 decoding. They answer about values (sizes, JSON shape) and never return one.
 */
public final class DataFunctions {

    /** Returned by the size functions when a value cannot be decoded: the API server rejects it first. */
    public static final long UNDECODABLE = -1;

    /** Jackson's factory, made on the first JSON value checked (a start without one never loads it). */
    private static final class Json {
        static final JsonFactory FACTORY = new JsonFactory();

        private Json() {}
    }

    private final Base64Functions base64 = new Base64Functions();

    /**
     * {@code ValidateSecret}'s size: the total length of the merged {@code data} values in bytes,
     * decoded ({@code data} from base64, {@code stringData} as UTF-8), keys not counted; -1 when a
     * value does not decode (not base64, or not a string), as the object never reaches validation.
     */
    public long secretSize(Object secret) {
        if (!(secret instanceof Map<?, ?> object)) {
            return 0;
        }
        Map<?, ?> stringData = map(object, "stringData");
        Sizes sizes = new Sizes();
        // data is decoded whole (a bad value fails decoding) but a key stringData also holds counts once
        return sum(
                total(map(object, "data").entrySet(), e -> {
                    long size = sizes.decoded(e.getValue());
                    return stringData.containsKey(e.getKey()) && size != UNDECODABLE ? 0 : size;
                }),
                total(stringData.values(), sizes::utf8));
    }

    /**
     * {@code ValidateConfigMap}'s size: the UTF-8 length of the {@code data} values plus the decoded
     * length of the {@code binaryData} values, keys not counted; -1 when a value does not decode.
     */
    public long configMapSize(Object configMap) {
        if (!(configMap instanceof Map<?, ?> object)) {
            return 0;
        }
        Sizes sizes = new Sizes();
        return sum(
                total(map(object, "data").values(), sizes::utf8),
                total(map(object, "binaryData").values(), sizes::decoded));
    }

    private static Map<?, ?> map(Map<?, ?> object, String field) {
        return object.get(field) instanceof Map<?, ?> m ? m : Map.of();
    }

    /** The sum of {@code size} over {@code items}, or UNDECODABLE as soon as one does not decode. */
    private static <T> long total(Collection<T> items, ToLongFunction<? super T> size) {
        long total = 0;
        for (T item : items) {
            long n = size.applyAsLong(item);
            if (n == UNDECODABLE) {
                return UNDECODABLE;
            }
            total += n;
        }
        return total;
    }

    private static long sum(long a, long b) {
        return a == UNDECODABLE || b == UNDECODABLE ? UNDECODABLE : a + b;
    }

    /**
     * The map ({@code stringData} or {@code data}) whose value of {@code key} the API server keeps
     * after the merge, or null when neither holds the key.
     */
    public @Nullable String secretSource(Object secret, String key) {
        if (!(secret instanceof Map<?, ?> object)) {
            return null;
        }
        return map(object, "stringData").containsKey(key)
                ? "stringData"
                : map(object, "data").containsKey(key) ? "data" : null;
    }

    /**
     * Why the merged, decoded value of {@code key} is not what {@code json.Unmarshal} into a
     * {@code map[string]interface{}} accepts (the check of the dockercfg Secret types), in words that
     * never quote it; null when it is accepted, and when it is absent or does not decode (other
     * rules report those).
     */
    public @Nullable String secretJsonObjectProblem(Object secret, String key) {
        String source = secretSource(secret, key);
        if (source == null) {
            return null;
        }
        Object value = ((Map<?, ?>) Objects.requireNonNull(((Map<?, ?>) secret).get(source))).get(key);
        if (value == null) {
            return jsonObjectProblem("");
        }
        if (!(value instanceof String s)) {
            return null;
        }
        if (source.equals("stringData")) {
            return jsonObjectProblem(s);
        }
        byte[] decoded = base64.decode(s);
        // Go's decoder replaces malformed UTF-8 inside strings instead of failing; so does this.
        return decoded == null ? null : jsonObjectProblem(new String(decoded, StandardCharsets.UTF_8));
    }

    static @Nullable String jsonObjectProblem(String text) {
        if (text.isBlank()) {
            return "is empty";
        }
        if (text.charAt(0) == '\uFEFF') {
            return "starts with a byte order mark, which the API server's JSON decoder rejects";
        }
        try (JsonParser parser = Json.FACTORY.createParser(ObjectReadContext.empty(), text)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT && first != JsonToken.VALUE_NULL) {
                return "is " + jsonKind(first) + ", not a JSON object";
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                return "has more content after its JSON object" + at(parser.currentLocation());
            }
            return null;
        } catch (JacksonException e) {
            return "is not valid JSON" + at(e.getLocation());
        }
    }

    private static String jsonKind(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "a JSON array";
            case VALUE_STRING -> "a JSON string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a JSON number";
            case VALUE_TRUE, VALUE_FALSE -> "a JSON boolean";
            default -> "a JSON value";
        };
    }

    private static String at(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (at line " + location.getLineNr() + ", column " + location.getColumnNr() + " of the value)";
    }

    /**
     * Lengths within one call. YAML aliases make many entries share one string, and a file may hold
     * thousands of them: each distinct string is measured once.
     */
    private final class Sizes {
        @SuppressWarnings("IdentityHashMapUsage") // alias-shared strings are one object: identity is cheap to hash
        private final Map<Object, Long> decoded = new IdentityHashMap<>();

        @SuppressWarnings("IdentityHashMapUsage") // alias-shared strings are one object: identity is cheap to hash
        private final Map<Object, Long> utf8 = new IdentityHashMap<>();

        /** A {@code []byte} field: base64 decoded; null decodes to nothing. */
        long decoded(Object value) {
            if (value == null) {
                return 0;
            }
            return decoded.computeIfAbsent(value, v -> base64.decodedLength(v));
        }

        /** A {@code string} field: its UTF-8 length; null is the empty string. */
        long utf8(Object value) {
            if (value == null) {
                return 0;
            }
            if (!(value instanceof String s)) {
                return UNDECODABLE;
            }
            return utf8.computeIfAbsent(s, v -> utf8Length(s));
        }
    }

    /** The UTF-8 length of {@code s} without encoding it (an unpaired surrogate counts as U+FFFD). */
    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
