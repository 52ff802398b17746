package dev.podlint.preset;

import dev.podlint.config.PresetFeatureGates;
import java.util.ArrayList;
import java.util.List;

/**
 * The admission plugin's {@code safeToApplyPodPresetsOnPod}: pod volumes, then env and
 * volumeMounts of every init and regular container, against all selected presets at once; of the
 * ephemeral containers too only with the EphemeralContainers feature gate (alpha in 1.19, off by
 * default: {@code pods.VisitContainersWithPath} skips them). envFrom is not part of it (see
 * {@link PresetMerger}).
 */
final class ConflictDetector {

    private ConflictDetector() {}

    static List<Conflict> detect(PodTarget target, List<PodPreset> presets, PresetFeatureGates gates) {
        List<Conflict> conflicts = new ArrayList<>();
        List<Located> volumes = target.entries(target.spec(), target.specPointer(), EntryKind.VOLUME);
        for (KeyedMerge.Clash clash : KeyedMerge.merge(volumes, incoming(presets, EntryKind.VOLUME), EntryKind.VOLUME)
                .clashes()) {
            conflicts.add(
                    new Conflict(target, null, EntryKind.VOLUME, clash.incoming(), clash.existing(), clash.key()));
        }
        for (PodTarget.Container container : target.containers()) {
            if (!container.mutable() && !gates.ephemeralContainers()) {
                continue;
            }
            for (EntryKind kind : List.of(EntryKind.ENV, EntryKind.VOLUME_MOUNT)) {
                List<Located> own = target.entries(container.node(), container.pointer(), kind);
                for (KeyedMerge.Clash clash :
                        KeyedMerge.merge(own, incoming(presets, kind), kind).clashes()) {
                    conflicts.add(
                            new Conflict(target, container, kind, clash.incoming(), clash.existing(), clash.key()));
                }
            }
        }
        return conflicts;
    }

    /** The entries of one field of all presets, in preset order, then in-preset order. */
    static List<Located> incoming(List<PodPreset> presets, EntryKind kind) {
        List<Located> out = new ArrayList<>();
        for (PodPreset preset : presets) {
            out.addAll(
                    switch (kind) {
                        case ENV -> preset.env();
                        case ENV_FROM -> preset.envFrom();
                        case VOLUME -> preset.volumes();
                        case VOLUME_MOUNT -> preset.volumeMounts();
                    });
        }
        return out;
    }
}
