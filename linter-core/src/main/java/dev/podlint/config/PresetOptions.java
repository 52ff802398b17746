package dev.podlint.config;

import java.util.List;

/**
 * How PodPresets are applied.
 *
 * @param paths            files or folders whose PodPresets apply, without being linted themselves
 *                         ({@code --preset})
 * @param defaultNamespace the namespace of documents that name none ({@code --namespace}, default "default")
 * @param templates        also apply PodPresets to workload pod templates ({@code --templates}; beyond upstream)
 */
public record PresetOptions(List<String> paths, String defaultNamespace, boolean templates) {

    public PresetOptions {
        paths = List.copyOf(paths);
    }
}
