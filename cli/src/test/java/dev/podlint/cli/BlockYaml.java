package dev.podlint.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists and scalars as block-style YAML. Strings are double-quoted (kubectl and podlint
 * read them as strings whatever they look like); a {@link Raw} scalar is written as given, for the
 * cases where the plain YAML spelling is the point ({@code 0644}, {@code 1Gi}, an unquoted date).
 */
final class BlockYaml {

    /** A scalar written exactly as {@code text}. */
    record Raw(String text) {}

    private BlockYaml() {}

    /** A map keeping the order of its keys: key, value, key, value, ... */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                out.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return out;
    }

    /** The documents, each after {@code ---}. */
    static String documents(List<Map<String, Object>> documents) {
        StringBuilder sb = new StringBuilder();
        for (Map<String, Object> document : documents) {
            sb.append("---\n");
            mapping(sb, document, 0);
        }
        return sb.toString();
    }

    private static void mapping(StringBuilder sb, Map<?, ?> map, int indent) {
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            // the first key of a list item follows its "- "
            if (!first || indent == 0 || sb.charAt(sb.length() - 1) == '\n') {
                sb.append(" ".repeat(indent));
            }
            first = false;
            sb.append(key((String) e.getKey())).append(':');
            value(sb, e.getValue(), indent);
        }
    }

    private static void value(StringBuilder sb, Object value, int indent) {
        if (value instanceof Map<?, ?> m && !m.isEmpty()) {
            sb.append('\n');
            mapping(sb, m, indent + 2);
        } else if (value instanceof List<?> l && !l.isEmpty()) {
            sb.append('\n');
            for (Object item : l) {
                sb.append(" ".repeat(indent + 2)).append("- ");
                if (item instanceof Map<?, ?> m && !m.isEmpty()) {
                    mapping(sb, m, indent + 4);
                } else {
                    sb.append(scalar(item)).append('\n');
                }
            }
        } else {
            sb.append(' ').append(scalar(value)).append('\n');
        }
    }

    private static String key(String key) {
        return key.matches("[A-Za-z][-A-Za-z0-9_./]*") ? key : quote(key);
    }

    private static String scalar(Object value) {
        if (value instanceof Map<?, ?>) {
            return "{}";
        }
        if (value instanceof List<?>) {
            return "[]";
        }
        if (value instanceof Raw raw) {
            return raw.text();
        }
        if (value instanceof String s) {
            return quote(s);
        }
        return String.valueOf(value);
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
