package dev.podlint.cli;

import dev.podlint.config.LintOptions;
import dev.podlint.config.PresetFeatureGates;
import picocli.CommandLine.Option;

/** {@code --preset-feature-gates}: the 1.19 API server's feature gates that change what the PodPreset plugin does. */
final class PresetFeatureGatesOption {

    @Option(
            names = "--preset-feature-gates",
            paramLabel = "GATES",
            description = "Feature gates of the Kubernetes 1.19 API server, as its --feature-gates: "
                    + "EphemeralContainers=true (alpha, off by default) makes the plugin check ephemeral containers "
                    + "for conflicts too.")
    String featureGates;

    LintOptions.Builder applyTo(LintOptions.Builder options) {
        return featureGates == null ? options : options.presetFeatureGates(PresetFeatureGates.parse(featureGates));
    }
}
