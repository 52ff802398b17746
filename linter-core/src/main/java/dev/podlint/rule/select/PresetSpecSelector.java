package dev.podlint.rule.select;

import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code presetSpecs}: the spec of every PodPreset ({@code settings.k8s.io/v1alpha1}, the only version
 * ever served; another is an unknown kind), as {@code presetSpec},
 * with {@code volumeNames}: the names of the preset's own volumes (the API server validates its
 * volumeMounts against those alone).
 */
final class PresetSpecSelector implements Selector {

    private static final String KIND = "PodPreset";
    private static final String API_VERSION = "settings.k8s.io/v1alpha1";

    @Override
    public String name() {
        return "presetSpecs";
    }

    @Override
    public Set<String> variables() {
        return Set.of("presetSpec", "volumeNames");
    }

    @Override
    public Set<String> kinds() {
        return Set.of(KIND);
    }

    @Override
    public List<Selection> select(Document document, SelectionCache cache) {
        if (!KIND.equals(document.kind())
                || !API_VERSION.equals(document.apiVersion())
                || document.object() == null
                || !(document.object().node("spec") instanceof MappingNode spec)) {
            return List.of();
        }
        Map<String, Object> vars = Variables.common(document);
        vars.put("presetSpec", spec);
        vars.put("volumeNames", PodSpecSelector.volumeNames(spec));
        return List.of(new Selection(spec, "/spec", vars));
    }
}
