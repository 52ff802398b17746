package dev.podlint.config;

import dev.podlint.finding.FailThreshold;
import dev.podlint.finding.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a {@code .podlint.yaml} says. Paths are already resolved against the file's folder.
 *
 * @param file              the config file, or null for {@link #NONE}
 * @param kubernetesVersion e.g. "1.33", or null
 * @param failOn            the fail threshold, or null when the file sets none
 * @param ruleIdPlaces      where the file names each rule id of enable, disable and severity, for messages
 * @param baseline          the baseline report, or null when the file names none
 * @param skipKinds         kinds skipped as {@code --skip-kinds} skips them
 * @param rejectKinds       kinds rejected as {@code --reject-kinds} rejects them
 */
public record PodlintConfig(
        @Nullable Path file,
        @Nullable String kubernetesVersion,
        @Nullable FailThreshold failOn,
        List<String> enable,
        List<String> disable,
        Map<String, Severity> severity,
        List<Path> ruleFolders,
        List<String> include,
        List<String> exclude,
        List<Path> schemaLocations,
        List<Path> presets,
        List<Path> crds,
        Map<String, String> ruleIdPlaces,
        @Nullable Path baseline,
        List<String> skipKinds,
        List<String> rejectKinds) {

    public PodlintConfig {
        ruleIdPlaces = Map.copyOf(ruleIdPlaces);
    }

    public static final PodlintConfig NONE = new PodlintConfig(
            null, null, null, List.of(), List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), Map.of(), null, List.of(), List.of());

    /** The folder globs and relative paths are resolved against. */
    public @Nullable Path base() {
        return file == null ? null : file.toAbsolutePath().getParent();
    }
}
