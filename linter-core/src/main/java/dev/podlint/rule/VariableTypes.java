package dev.podlint.rule;

import java.util.List;
import java.util.Map;

/**
 * The Kubernetes types of the selectors' variables that hold one API object part, by the bundled
 * schemas' definition names: what a rule may read below them ({@code container.resources}). A variable
 * that can hold either of two types (an ephemeral container, a downward API item of an env var or a
 * volume: its {@code valueFrom} or the volume item) lists both. {@code object} (any kind) and {@code presetSpec} are not checked.
 */
final class VariableTypes {

    private static final String CORE = "io.k8s.api.core.v1.";
    private static final String META = "io.k8s.apimachinery.pkg.apis.meta.v1.";

    static final Map<String, List<String>> TYPES = Map.ofEntries(
            Map.entry("metadata", List.of(META + "ObjectMeta", META + "ListMeta")),
            Map.entry("podMetadata", List.of(META + "ObjectMeta")),
            Map.entry("podSpec", List.of(CORE + "PodSpec")),
            Map.entry("container", List.of(CORE + "Container", CORE + "EphemeralContainer")),
            Map.entry("env", List.of(CORE + "EnvVar")),
            Map.entry("envFrom", List.of(CORE + "EnvFromSource")),
            Map.entry("mount", List.of(CORE + "VolumeMount")),
            Map.entry("device", List.of(CORE + "VolumeDevice")),
            Map.entry("toleration", List.of(CORE + "Toleration")),
            Map.entry("volume", List.of(CORE + "Volume")),
            Map.entry("source", List.of(CORE + "VolumeProjection")),
            Map.entry("probe", List.of(CORE + "Probe")),
            Map.entry("item", List.of(CORE + "EnvVarSource", CORE + "DownwardAPIVolumeFile")),
            Map.entry("fieldRef", List.of(CORE + "ObjectFieldSelector")),
            Map.entry("resourceFieldRef", List.of(CORE + "ResourceFieldSelector")));

    private VariableTypes() {}
}
