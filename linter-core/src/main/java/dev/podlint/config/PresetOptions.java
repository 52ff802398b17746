package dev.podlint.config;

import java.util.List;

/**
 * How PodPresets are applied.
 *
 * @param paths            files or folders whose PodPresets apply, without being linted themselves
 *                         ({@code --preset})
 * @param defaultNamespace the namespace of documents that name none ({@code --namespace}, default "default")
 * @param templates        also apply PodPresets to workload pod templates ({@code --templates}; beyond upstream)
 * @param featureGates     the 1.19 API server's feature gates the plugin reads ({@code --preset-feature-gates})
 */
public record PresetOptions(
        List<String> paths, String defaultNamespace, boolean templates, PresetFeatureGates featureGates) {

    public PresetOptions {
        paths = List.copyOf(paths);
    }
}
