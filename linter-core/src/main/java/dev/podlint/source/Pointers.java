package dev.podlint.source;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** JSON Pointers (RFC 6901), the paths findings carry. */
public final class Pointers {

    private Pointers() {}

    public static String append(String base, String segment) {
        String escaped = segment.indexOf('~') < 0 && segment.indexOf('/') < 0
                ? segment
                : segment.replace("~", "~0").replace("/", "~1");
        return new StringBuilder(base.length() + 1 + escaped.length())
                .append(base)
                .append('/')
                .append(escaped)
                .toString();
    }

    public static String append(String base, int index) {
        return new StringBuilder(base.length() + 11)
                .append(base)
                .append('/')
                .append(index)
                .toString();
    }

    public static List<String> segments(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer == null || pointer.isEmpty()) {
            return out;
        }
        int start = 1;
        while (true) {
            int slash = pointer.indexOf('/', start);
            String raw = pointer.substring(start, slash < 0 ? pointer.length() : slash);
            out.add(raw.indexOf('~') < 0 ? raw : raw.replace("~1", "/").replace("~0", "~"));
            if (slash < 0) {
                return out;
            }
            start = slash + 1;
        }
    }

    /**
     * A readable field path: {@code /spec/containers/0/ports/0/containerPort} becomes
     * {@code spec.containers[0].ports[0].containerPort}.
     */
    public static String toFieldPath(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (String segment : segments(pointer)) {
            if (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(segment).append(']');
            } else if (segment.matches("[A-Za-z_$][A-Za-z0-9_$-]*")) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(segment);
            } else {
                sb.append("[\"").append(segment.replace("\"", "\\\"")).append("\"]");
            }
        }
        return sb.toString();
    }

    /** The child of a mapping (by key) or sequence (by index) named by one pointer segment, or null. */
    public static @Nullable YamlNode child(@Nullable YamlNode node, String segment) {
        if (node instanceof MappingNode m) {
            return m.node(segment);
        }
        if (node instanceof SequenceNode s) {
            try {
                int i = Integer.parseInt(segment);
                return i >= 0 && i < s.size() ? s.node(i) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
