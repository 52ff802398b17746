package dev.podlint.rule.functions;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** The JSON type name of a plain document value, as kubectl's JSON would carry it. */
public final class JsonTypes {

    private JsonTypes() {
    }

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
}
