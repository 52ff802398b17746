package dev.podlint.cli;

import dev.podlint.config.LintOptions;
import dev.podlint.config.PresetFeatureGates;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --preset-feature-gates}: the 1.19 API server's feature gates that change what the PodPreset plugin does. */
final class PresetFeatureGatesOption {

    private static final String NAME = "--preset-feature-gates";
    private static final String LABEL = "GATES";
    private static final String DESCRIPTION =
            "Feature gates of the Kubernetes 1.19 API server, as its --feature-gates: "
                    + "EphemeralContainers=true (alpha, off by default) makes the plugin check ephemeral containers "
                    + "for conflicts too.";

    @Option(names = NAME, paramLabel = LABEL, description = DESCRIPTION)
    String featureGates;

    /** The option declared in code, for {@code lint} ({@link CodeOptions}); the annotation serves the others. */
    void addTo(CommandSpec spec) {
        spec.addOption(
                CodeOptions.value(String.class, () -> featureGates, v -> featureGates = v, LABEL, DESCRIPTION, NAME)
                        .build());
    }

    LintOptions.Builder applyTo(LintOptions.Builder options) {
        return featureGates == null ? options : options.presetFeatureGates(PresetFeatureGates.parse(featureGates));
    }
}
