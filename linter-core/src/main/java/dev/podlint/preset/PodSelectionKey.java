package dev.podlint.preset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the PodPreset selection reads of a pod, kept while files load instead of the pod's tree: its
 * namespace and labels, and whether the plugin skips it (mirror pod, opted out). The trees of the
 * pods some preset selects are loaded again for the merge.
 */
record PodSelectionKey(String namespace, Map<String, String> labels, boolean skipped) {

    /** Whether some preset would be looked at for this pod and selects it. */
    boolean selectedByAny(List<PodPreset> presets) {
        if (skipped) {
            return false;
        }
        for (PodPreset preset : presets) {
            if (PresetSelection.selects(preset, namespace, labels)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Makes keys, sharing equal strings between them: namespaces and labels repeat across the pods of
     * a run, and each parsed document holds its own copies.
     */
    static final class Factory {
        private final Map<String, String> strings = new ConcurrentHashMap<>();

        PodSelectionKey of(PodTarget target) {
            Map<String, String> labels = new LinkedHashMap<>();
            target.labels().forEach((k, v) -> labels.put(shared(k), shared(v)));
            return new PodSelectionKey(
                    shared(target.namespace()), Map.copyOf(labels), PresetSelection.skip(target) != null);
        }

        private String shared(String s) {
            String known = strings.putIfAbsent(s, s);
            return known == null ? s : known;
        }
    }
}
