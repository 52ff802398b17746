package dev.podlint.config;

import dev.podlint.finding.Severity;
import dev.podlint.source.YamlLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a lint run is told: from the command line, the Maven plugin or the config file.
 * Immutable; build it with {@link #builder()}.
 */
public final class LintOptions {

    private final Path workingDirectory;
    private final Severity failOn;
    private final Set<String> enabledRules;
    private final Set<String> disabledRules;
    private final Map<String, Severity> severityOverrides;
    private final YamlLimits limits;
    // Schema checks: target Kubernetes version, extra schema folders, unknown kinds as errors.
    private final String kubernetesVersion;
    private final List<Path> schemaLocations;
    private final boolean strictKinds;

    private LintOptions(Builder b) {
        this.workingDirectory = b.workingDirectory;
        this.failOn = b.failOn;
        this.enabledRules = Set.copyOf(b.enabledRules);
        this.disabledRules = Set.copyOf(b.disabledRules);
        this.severityOverrides = Map.copyOf(b.severityOverrides);
        this.limits = b.limits;
        this.kubernetesVersion = b.kubernetesVersion;
        this.schemaLocations = List.copyOf(b.schemaLocations);
        this.strictKinds = b.strictKinds;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Path workingDirectory() {
        return workingDirectory;
    }

    /** The least severity that fails the run; empty for "none". */
    public Optional<Severity> failOn() {
        return Optional.ofNullable(failOn);
    }

    public Set<String> enabledRules() {
        return enabledRules;
    }

    public Set<String> disabledRules() {
        return disabledRules;
    }

    public Map<String, Severity> severityOverrides() {
        return severityOverrides;
    }

    public YamlLimits limits() {
        return limits;
    }

    /** The Kubernetes version to validate for (X.Y), or empty for the newest bundled one. */
    public Optional<String> kubernetesVersion() {
        return Optional.ofNullable(kubernetesVersion);
    }

    /** Folders of extra JSON schemas (custom resources), in kubeconform's layout. */
    public List<Path> schemaLocations() {
        return schemaLocations;
    }

    /** Whether a kind without a schema is an error rather than a warning. */
    public boolean strictKinds() {
        return strictKinds;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.workingDirectory = workingDirectory;
        b.failOn = failOn;
        b.enabledRules.addAll(enabledRules);
        b.disabledRules.addAll(disabledRules);
        b.severityOverrides.putAll(severityOverrides);
        b.limits = limits;
        b.kubernetesVersion = kubernetesVersion;
        b.schemaLocations.addAll(schemaLocations);
        b.strictKinds = strictKinds;
        return b;
    }

    public static final class Builder {
        private Path workingDirectory = Path.of("").toAbsolutePath();
        private Severity failOn = Severity.ERROR;
        private final Set<String> enabledRules = new LinkedHashSet<>();
        private final Set<String> disabledRules = new LinkedHashSet<>();
        private final Map<String, Severity> severityOverrides = new LinkedHashMap<>();
        private YamlLimits limits = YamlLimits.DEFAULT;
        private String kubernetesVersion;
        private final List<Path> schemaLocations = new ArrayList<>();
        private boolean strictKinds;

        public Builder workingDirectory(Path dir) {
            this.workingDirectory = dir.toAbsolutePath().normalize();
            return this;
        }

        /** null means "none": no finding fails the run. */
        public Builder failOn(Severity severity) {
            this.failOn = severity;
            return this;
        }

        public Builder enable(String ruleId) {
            enabledRules.add(ruleId);
            disabledRules.remove(ruleId);
            return this;
        }

        public Builder disable(String ruleId) {
            disabledRules.add(ruleId);
            enabledRules.remove(ruleId);
            return this;
        }

        public Builder severity(String ruleId, Severity severity) {
            severityOverrides.put(ruleId, severity);
            return this;
        }

        public Builder limits(YamlLimits newLimits) {
            this.limits = newLimits;
            return this;
        }

        // Schema checks
        /** X.Y (a patch, X.Y.Z, selects its minor); null for the newest bundled version. */
        public Builder kubernetesVersion(String version) {
            this.kubernetesVersion = version;
            return this;
        }

        public Builder schemaLocation(Path folder) {
            schemaLocations.add(folder);
            return this;
        }

        public Builder strictKinds(boolean strict) {
            this.strictKinds = strict;
            return this;
        }

        public LintOptions build() {
            return new LintOptions(this);
        }
    }
}
