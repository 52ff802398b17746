package dev.podlint.policy;

import dev.podlint.source.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One {@code podlint.dev/ignore} annotation of a document, kept so that a rule id it names which
 * podlint does not know can be reported at it.
 *
 * @param pointer the JSON Pointer of the annotation's value
 * @param span    the annotation's value in the file
 * @param rules   the rule ids it names, as written
 */
public record IgnoreAnnotation(
        String file,
        int document,
        @Nullable String kind,
        @Nullable String name,
        @Nullable String namespace,
        String pointer,
        Span span,
        List<String> rules) {

    public IgnoreAnnotation {
        rules = List.copyOf(rules);
    }
}
