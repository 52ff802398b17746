package dev.podlint.preset;

import java.util.List;

/**
 * What applying the PodPresets to one pod gave.
 *
 * @param selection    which presets selected the pod, or why none applies
 * @param conflicts    when non-empty, no preset was applied (the pod stays as written)
 * @param envFromDrops envFrom sources whose clash made the plugin empty a container's envFrom
 *                     (upstream bug, reproduced in {@link #merged})
 * @param merged       the pod as the cluster would create it (unchanged unless presets applied)
 */
public record MergeOutcome(
        PodTarget target,
        PresetSelection.Result selection,
        List<Conflict> conflicts,
        List<Conflict> envFromDrops,
        MergedPod merged) {

    public boolean applied() {
        return merged.changed();
    }

    /** The pod create is rejected: a preset of its namespace has a selector that cannot be converted. */
    public boolean rejected() {
        return selection.status() == PresetSelection.Status.SELECTOR_FAILED;
    }
}
