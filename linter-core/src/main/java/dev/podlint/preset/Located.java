package dev.podlint.preset;

import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import org.jspecify.annotations.Nullable;

/**
 * A list entry (env var, mount, volume, envFrom source) and where it is written.
 *
 * @param pointer pointer of the entry relative to {@code document}'s object
 * @param preset  the name of the PodPreset it comes from, or null for the pod's (or template's) own entry
 */
public record Located(
        MappingNode node,
        Document document,
        String pointer,
        @Nullable String preset) {

    public boolean fromPod() {
        return preset == null;
    }
}
