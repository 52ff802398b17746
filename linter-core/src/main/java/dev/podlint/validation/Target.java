package dev.podlint.validation;

import dev.podlint.check.FindingSink;
import dev.podlint.check.Findings;
import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import org.jspecify.annotations.Nullable;

/**
 * The object under check, with what every part needs read once: its kind, apiVersion, metadata,
 * the facts of its kind, and its kind when it is one of the built-in workload kinds.
 *
 * @param builtIn the kind when {@link Workloads#builtInKind} knows it at this apiVersion, else null
 */
record Target(
        Document document,
        MappingNode object,
        @Nullable MappingNode metadata,
        String kind,
        @Nullable String apiVersion,
        ObjectKinds.Kind facts,
        @Nullable String builtIn,
        FindingSink sink) {

    Findings findings(String rule) {
        return new Findings(rule, document, sink);
    }

    /** The mapping at {@code keys} below the object, or null. */
    @Nullable
    MappingNode map(String... keys) {
        MappingNode node = object;
        for (int i = 0; i < keys.length && node != null; i++) {
            node = node.mapping(keys[i]);
        }
        return node;
    }
}
