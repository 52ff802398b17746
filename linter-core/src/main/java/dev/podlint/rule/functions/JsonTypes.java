package dev.podlint.rule.functions;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Plain document values: their JSON type name, as kubectl's JSON would carry it, integers, and the fields a mapping sets. */
public final class JsonTypes {

    private JsonTypes() {}

    /** The type name with its article: "an integer", "a string". */
    public static String withArticle(Object value) {
        String type = of(value);
        return (type.matches("[aeiou].*") ? "an " : "a ") + type;
    }

    public static String of(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof Long || value instanceof Integer || value instanceof BigInteger) {
            return "integer";
        }
        if (value instanceof Number) {
            return "number";
        }
        if (value instanceof Map) {
            return "object";
        }
        if (value instanceof List) {
            return "array";
        }
        return "unknown";
    }

    /** The {@code fields} that are set (not null) in {@code map}, in the order given. */
    public static List<String> setFields(Object map, Object fields) {
        List<String> present = new ArrayList<>();
        if (map instanceof Map<?, ?> m) {
            for (Object field : Sequences.of(fields)) {
                if (m.get(field) != null) {
                    present.add(String.valueOf(field));
                }
            }
        }
        return present;
    }

    /** The first of {@code fields} whose value in {@code map} is a negative integer, or null. */
    public static @Nullable String firstNegative(Object map, Object fields) {
        if (map instanceof Map<?, ?> m) {
            for (Object field : Sequences.of(fields)) {
                BigInteger n = integer(m.get(field));
                if (n != null && n.signum() < 0) {
                    return String.valueOf(field);
                }
            }
        }
        return null;
    }

    /** A YAML integer (not a quoted number, not a float) as a BigInteger, else null. */
    public static @Nullable BigInteger integer(@Nullable Object value) {
        if (value instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (value instanceof Integer i) {
            return BigInteger.valueOf(i);
        }
        return value instanceof BigInteger b ? b : null;
    }

    /** {@code min <= n <= max}. */
    public static boolean between(BigInteger n, long min, long max) {
        return n.compareTo(BigInteger.valueOf(min)) >= 0 && n.compareTo(BigInteger.valueOf(max)) <= 0;
    }
}
