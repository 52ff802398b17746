package dev.podlint.container;

import dev.podlint.source.Pointers;
import java.util.List;
import java.util.Set;

/**
 * Field paths as the API server writes them in its errors: {@code spec.containers[0].ports[1].name},
 * map keys in brackets ({@code resources.limits[cpu]}).
 */
final class ApiPaths {

    /** Fields whose keys are data (map keys), not field names. */
    private static final Set<String> MAPS = Set.of("limits", "requests", "labels", "annotations", "nodeSelector");

    private ApiPaths() {}

    static String of(String pointer) {
        StringBuilder sb = new StringBuilder();
        List<String> segments = Pointers.segments(pointer);
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            boolean mapKey = i > 0 && MAPS.contains(segments.get(i - 1));
            if (mapKey || (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit))) {
                sb.append('[').append(segment).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(segment);
            }
        }
        return sb.toString();
    }
}
