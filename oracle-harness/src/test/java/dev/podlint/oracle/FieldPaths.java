package dev.podlint.oracle;

import java.util.List;

/**
 * Kubernetes field paths ({@code spec.containers[0].ports[1].name}, map keys as
 * {@code metadata.labels[app.kubernetes.io/name]}) as JSON pointers
 * ({@code /spec/containers/0/ports/1/name}, {@code /metadata/labels/app.kubernetes.io~1name}).
 */
final class FieldPaths {

    private FieldPaths() {}

    static String toPointer(String fieldPath) {
        if (fieldPath == null || fieldPath.isEmpty() || fieldPath.equals("<nil>")) {
            return "";
        }
        StringBuilder pointer = new StringBuilder();
        int i = 0;
        int n = fieldPath.length();
        while (i < n) {
            char c = fieldPath.charAt(i);
            if (c == '.') {
                i++;
            } else if (c == '[') {
                // a map key may hold dots and brackets: it ends at the first ']' that ends the path or
                // is followed by the next segment
                int end = i + 1;
                while (end < n
                        && !(fieldPath.charAt(end) == ']'
                                && (end + 1 == n
                                        || fieldPath.charAt(end + 1) == '.'
                                        || fieldPath.charAt(end + 1) == '['))) {
                    end++;
                }
                append(pointer, fieldPath.substring(i + 1, Math.min(end, n)));
                i = end + 1;
            } else {
                int end = i;
                while (end < n && fieldPath.charAt(end) != '.' && fieldPath.charAt(end) != '[') {
                    end++;
                }
                append(pointer, fieldPath.substring(i, end));
                i = end;
            }
        }
        return pointer.toString();
    }

    private static void append(StringBuilder pointer, String segment) {
        pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
    }

    /**
     * The pointer of a decode error's field: encoding/json names the embedded Go structs on the way
     * ({@code spec.volumes.VolumeSource.projected.defaultMode}); JSON field names never start upper-case.
     */
    static String decodePointer(String fieldPath) {
        StringBuilder kept = new StringBuilder();
        for (String segment : segments(toPointer(fieldPath))) {
            if (segment.isEmpty() || !Character.isUpperCase(segment.charAt(0))) {
                kept.append('/').append(segment);
            }
        }
        return kept.toString();
    }

    static List<String> segments(String pointer) {
        return pointer.isEmpty() ? List.of() : List.of(pointer.substring(1).split("/", -1));
    }

    /**
     * How a podlint pointer relates to the oracle's: the same node, below it, above it, below it once
     * the list indexes (and list fields) that Kubernetes leaves out of some paths are skipped
     * ({@code spec.containers.args} of a decode error, {@code volumes[2].downwardAPI.fieldRef} without
     * its {@code items[0]}), or elsewhere.
     */
    enum Relation {
        EQUAL,
        UNDER,
        OVER,
        LOOSE,
        NONE;

        static Relation of(String podlintPointer, String oraclePointer) {
            if (podlintPointer.equals(oraclePointer)) {
                return EQUAL;
            }
            if (podlintPointer.startsWith(oraclePointer + "/") || oraclePointer.isEmpty()) {
                return UNDER;
            }
            if (oraclePointer.startsWith(podlintPointer + "/") || podlintPointer.isEmpty()) {
                return OVER;
            }
            return looselyUnder(segments(podlintPointer), segments(oraclePointer)) ? LOOSE : NONE;
        }

        private static boolean looselyUnder(List<String> podlint, List<String> oracle) {
            int i = 0;
            for (String wanted : oracle) {
                while (true) {
                    if (i >= podlint.size()) {
                        return false;
                    }
                    if (podlint.get(i).equals(wanted)) {
                        i++;
                        break;
                    }
                    if (isIndex(podlint.get(i))) {
                        i++;
                    } else if (i + 1 < podlint.size() && isIndex(podlint.get(i + 1))) {
                        i += 2;
                    } else {
                        return false;
                    }
                }
            }
            return true;
        }

        private static boolean isIndex(String segment) {
            return !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
        }
    }
}
