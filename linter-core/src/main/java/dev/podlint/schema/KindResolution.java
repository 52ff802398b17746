package dev.podlint.schema;

import org.jspecify.annotations.Nullable;

/** What podlint knows of an apiVersion/kind for the target Kubernetes version. */
sealed interface KindResolution {

    /** A schema to validate against: bundled, or from a --schema-location folder. */
    record Validated(KindValidator validator) implements KindResolution {}

    /** The target no longer serves it; {@code validator} is non-null when podlint still validates it (PodPreset). */
    record Removed(RemovedApi removal, @Nullable KindValidator validator) implements KindResolution {}

    /** No schema; {@code hint} says what may be meant or how to add one. */
    record Unknown(String hint) implements KindResolution {}
}
