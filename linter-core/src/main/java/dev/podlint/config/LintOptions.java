package dev.podlint.config;

import dev.podlint.finding.Severity;
import dev.podlint.source.YamlLimits;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
    // Baseline (CI reports): an earlier SARIF or JSON report whose findings are suppressed.
    private final Path baseline;

    private LintOptions(Builder b) {
        this.workingDirectory = b.workingDirectory;
        this.failOn = b.failOn;
        this.enabledRules = Set.copyOf(b.enabledRules);
        this.disabledRules = Set.copyOf(b.disabledRules);
        this.severityOverrides = Map.copyOf(b.severityOverrides);
        this.limits = b.limits;
        this.baseline = b.baseline;
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

    /** The baseline report, relative paths against the working directory; null for none. */
    public Path baseline() {
        return baseline;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.workingDirectory = workingDirectory;
        b.failOn = failOn;
        b.enabledRules.addAll(enabledRules);
        b.disabledRules.addAll(disabledRules);
        b.severityOverrides.putAll(severityOverrides);
        b.limits = limits;
        b.baseline = baseline;
        return b;
    }

    public static final class Builder {
        private Path workingDirectory = Path.of("").toAbsolutePath();
        private Severity failOn = Severity.ERROR;
        private final Set<String> enabledRules = new LinkedHashSet<>();
        private final Set<String> disabledRules = new LinkedHashSet<>();
        private final Map<String, Severity> severityOverrides = new LinkedHashMap<>();
        private YamlLimits limits = YamlLimits.DEFAULT;
        private Path baseline;

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

        // Baseline (CI reports)
        /** An earlier SARIF or JSON report of podlint; its findings are reported as suppressed. null for none. */
        public Builder baseline(Path file) {
            this.baseline = file;
            return this;
        }

        public LintOptions build() {
            return new LintOptions(this);
        }
    }
}
