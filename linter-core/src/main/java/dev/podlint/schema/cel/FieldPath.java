package dev.podlint.schema.cel;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rule's {@code fieldPath} ({@code .spec.replicas}, {@code .labels['a.b']}, {@code .items[0]}),
 * read as the API server's ValidFieldPath reads it: the segments below the rule's node.
 */
final class FieldPath {

    private FieldPath() {}

    /** The segments, each a property name, map key or index; null when the path does not read. */
    static @Nullable List<Segment> parse(String path) {
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                if (end == i + 1) {
                    return null;
                }
                segments.add(new Segment(path.substring(i + 1, end), false));
                i = end;
            } else if (c == '[' && path.startsWith("['", i)) {
                int end = path.indexOf("']", i + 2);
                if (end < 0) {
                    return null;
                }
                segments.add(new Segment(path.substring(i + 2, end).replace("\\'", "'"), true));
                i = end + 2;
            } else if (c == '[') {
                int end = path.indexOf(']', i);
                if (end < 0
                        || end == i + 1
                        || !path.substring(i + 1, end).chars().allMatch(Character::isDigit)) {
                    return null;
                }
                segments.add(new Segment(path.substring(i + 1, end), true));
                i = end + 1;
            } else {
                return null;
            }
        }
        return segments;
    }

    /** @param bracketed written as {@code [key]} in a Kubernetes field path (a map key or index) */
    record Segment(String name, boolean bracketed) {}
}
