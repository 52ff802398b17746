package dev.podlint.preset;

import org.jspecify.annotations.Nullable;

/**
 * Two entries with the same key and different content, which stop the admission plugin from
 * applying any preset to the pod.
 *
 * @param container the container whose list clashed, or null for pod volumes
 * @param incoming  the preset entry being merged (where the finding points)
 * @param existing  the entry already there: the pod's own, or an earlier preset's
 * @param key       what the two share, e.g. {@code name "DB_PORT"}
 */
public record Conflict(
        PodTarget target,
        PodTarget.@Nullable Container container,
        EntryKind kind,
        Located incoming,
        @Nullable Located existing,
        String key) {}
