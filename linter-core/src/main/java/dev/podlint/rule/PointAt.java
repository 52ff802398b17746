package dev.podlint.rule;

import dev.podlint.source.Document;
import dev.podlint.source.Span;
import org.jspecify.annotations.Nullable;

/**
 * Where a finding points, relative to the selected node (after its {@code ${...}} placeholders are
 * filled):
 * <ul>
 * <li>{@code node} (or nothing): the selected node;</li>
 * <li>{@code key}: the key the selected node sits under;</li>
 * <li>{@code a/b} or {@code value:a/b}: the node at that relative path, or, when it is missing,
 * the mapping that should hold it;</li>
 * <li>{@code key:a/b}: the key of that field.</li>
 * </ul>
 */
record PointAt(String pointer, Span span) {

    static PointAt resolve(Document document, String selected, @Nullable String spec) {
        String s = spec == null ? "" : spec.strip();
        if (s.isEmpty() || s.equals("node")) {
            return new PointAt(selected, document.spanOf(selected));
        }
        if (s.equals("key")) {
            return new PointAt(selected, document.keySpanOf(selected));
        }
        if (s.startsWith("key:")) {
            String pointer = join(selected, s.substring(4));
            return new PointAt(pointer, document.keySpanOf(pointer));
        }
        String pointer = join(selected, s.startsWith("value:") ? s.substring(6) : s);
        return new PointAt(pointer, document.spanOf(pointer));
    }

    private static String join(String base, String relative) {
        String r = relative.strip();
        while (r.startsWith("/")) {
            r = r.substring(1);
        }
        if (r.isEmpty()) {
            return base;
        }
        StringBuilder pointer = new StringBuilder(base);
        for (String segment : r.split("/", -1)) {
            pointer.append('/').append(segment);
        }
        return pointer.toString();
    }
}
