package dev.podlint.preset;

import dev.podlint.source.MappingNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which PodPresets apply to a pod, as the admission plugin decides before merging: mirror pods and
 * opted-out pods are skipped; presets come from the pod's namespace only, in name order (upstream
 * order is the informer cache's, unspecified).
 */
public final class PresetSelection {

    public static final String MIRROR_ANNOTATION = "kubernetes.io/config.mirror";
    public static final String EXCLUDE_ANNOTATION = "podpreset.admission.kubernetes.io/exclude";

    public enum Status {
        /** The pod has the mirror-pod annotation: left alone. */
        MIRROR,
        /** The pod opts out with {@code podpreset.admission.kubernetes.io/exclude: "true"}. */
        EXCLUDED,
        /** A preset of the namespace has a selector that cannot be converted: the pod create fails. */
        SELECTOR_FAILED,
        /** No preset selects the pod. */
        NONE,
        SELECTED
    }

    /**
     * Which presets apply to a pod.
     *
     * @param presets the presets that select the pod (for SELECTED), or whose selector failed (SELECTOR_FAILED)
     */
    public record Result(Status status, List<PodPreset> presets) {}

    private PresetSelection() {}

    /** Whether the plugin leaves the pod alone before looking at presets: a mirror pod, or opted out. */
    public static @Nullable Status skip(PodTarget target) {
        MappingNode annotations =
                target.metadata() == null ? null : target.metadata().mapping("annotations");
        if (annotations != null && annotations.containsKey(MIRROR_ANNOTATION)) {
            return Status.MIRROR;
        }
        // Exactly the string "true": case-sensitive, and an unquoted YAML true is no string.
        if (annotations != null && "true".equals(annotations.string(EXCLUDE_ANNOTATION))) {
            return Status.EXCLUDED;
        }
        return null;
    }

    /** Whether {@code preset} (with a valid selector) selects the pod: same namespace, labels match. */
    public static boolean selects(PodPreset preset, PodTarget target) {
        return selects(preset, target.namespace(), target.labels());
    }

    /** Whether {@code preset} (with a valid selector) selects a pod of that namespace and labels. */
    public static boolean selects(PodPreset preset, String namespace, Map<String, String> labels) {
        return preset.selector() != null
                && preset.namespace().equals(namespace)
                && preset.selector().matches(labels);
    }

    public static Result select(PodTarget target, List<PodPreset> allPresets) {
        Status skipped = skip(target);
        if (skipped != null) {
            return new Result(skipped, List.of());
        }
        List<PodPreset> inNamespace = allPresets.stream()
                .filter(p -> p.namespace().equals(target.namespace()))
                .sorted(Comparator.comparing(PodPreset::name))
                .toList();
        List<PodPreset> failed =
                inNamespace.stream().filter(p -> p.selectorError() != null).toList();
        if (!failed.isEmpty()) {
            return new Result(Status.SELECTOR_FAILED, failed);
        }
        List<PodPreset> selected = new ArrayList<>();
        for (PodPreset preset : inNamespace) {
            if (selects(preset, target)) {
                selected.add(preset);
            }
        }
        return selected.isEmpty()
                ? new Result(Status.NONE, List.of())
                : new Result(Status.SELECTED, List.copyOf(selected));
    }
}
