package dev.podlint.config;

import java.util.Map;

/**
 * The feature gates of the Kubernetes 1.19 API server that change what the PodPreset admission
 * plugin does ({@code --preset-feature-gates}, written as kube-apiserver's {@code --feature-gates}).
 * Only one does: with EphemeralContainers (alpha in 1.19, off by default) the plugin also checks the
 * ephemeral containers for conflicts ({@code pods.VisitContainersWithPath}).
 *
 * @param ephemeralContainers EphemeralContainers is on (directly, or through AllAlpha)
 */
public record PresetFeatureGates(boolean ephemeralContainers) {

    public static final PresetFeatureGates DEFAULT = new PresetFeatureGates(false);

    private static final String EPHEMERAL_CONTAINERS = "EphemeralContainers";
    private static final String ALL_ALPHA = "AllAlpha";
    private static final String ALL_BETA = "AllBeta";
    private static final Map<String, Boolean> BOOLEANS = Map.ofEntries(
            Map.entry("1", true),
            Map.entry("t", true),
            Map.entry("T", true),
            Map.entry("TRUE", true),
            Map.entry("true", true),
            Map.entry("True", true),
            Map.entry("0", false),
            Map.entry("f", false),
            Map.entry("F", false),
            Map.entry("FALSE", false),
            Map.entry("false", false),
            Map.entry("False", false));

    /**
     * {@code Name=bool[,Name=bool...]} as component-base's {@code featureGate.Set} reads it
     * (booleans as Go's {@code strconv.ParseBool}); a gate set by name wins over AllAlpha.
     */
    public static PresetFeatureGates parse(String value) {
        Boolean ephemeral = null;
        Boolean allAlpha = null;
        for (String part : value.split(",", -1)) {
            if (part.isEmpty()) {
                continue;
            }
            String[] kv = part.split("=", 2);
            String name = kv[0].strip();
            if (kv.length != 2) {
                throw usage("missing bool value for " + name);
            }
            Boolean enabled = BOOLEANS.get(kv[1].strip());
            if (enabled == null) {
                throw usage("invalid value of " + name + "=" + kv[1].strip() + " (true or false)");
            }
            switch (name) {
                case EPHEMERAL_CONTAINERS -> ephemeral = enabled;
                case ALL_ALPHA -> allAlpha = enabled;
                case ALL_BETA -> {
                    // no beta gate of 1.19 changes the plugin
                }
                default ->
                    throw usage("unrecognized feature gate: " + name + "; only " + EPHEMERAL_CONTAINERS
                            + " (alpha in 1.19, or " + ALL_ALPHA + ") changes what the PodPreset plugin does");
            }
        }
        return new PresetFeatureGates(ephemeral != null ? ephemeral : allAlpha != null && allAlpha);
    }

    private static UsageException usage(String message) {
        return new UsageException("--preset-feature-gates: " + message);
    }
}
