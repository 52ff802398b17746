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
    // rules and configuration (issue 4): user rule folders, the config file, include/exclude globs
    private final java.util.List<Path> ruleDirectories;
    private final PodlintConfig config;

    private LintOptions(Builder b) {
        this.workingDirectory = b.workingDirectory;
        this.failOn = b.failOn;
        this.enabledRules = Set.copyOf(b.enabledRules);
        this.disabledRules = Set.copyOf(b.disabledRules);
        this.severityOverrides = Map.copyOf(b.severityOverrides);
        this.limits = b.limits;
        this.ruleDirectories = java.util.List.copyOf(b.ruleDirectories);
        this.config = b.config;
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

    /** Folders of user rule files, from --rules and the config file. */
    public java.util.List<Path> ruleDirectories() {
        return ruleDirectories;
    }

    /** The config file read for this run ({@link PodlintConfig#NONE} when there is none). */
    public PodlintConfig config() {
        return config;
    }

    /** Whether a file found in a folder is linted, by its display path (the config file's include/exclude). */
    public java.util.function.Predicate<String> fileFilter() {
        return new PathFilter(workingDirectory, config.base(), config.include(), config.exclude());
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.workingDirectory = workingDirectory;
        b.failOn = failOn;
        b.enabledRules.addAll(enabledRules);
        b.disabledRules.addAll(disabledRules);
        b.severityOverrides.putAll(severityOverrides);
        b.limits = limits;
        b.ruleDirectories.addAll(ruleDirectories);
        b.config = config;
        return b;
    }

    public static final class Builder {
        private Path workingDirectory = Path.of("").toAbsolutePath();
        private Severity failOn = Severity.ERROR;
        private final Set<String> enabledRules = new LinkedHashSet<>();
        private final Set<String> disabledRules = new LinkedHashSet<>();
        private final Map<String, Severity> severityOverrides = new LinkedHashMap<>();
        private YamlLimits limits = YamlLimits.DEFAULT;
        private final java.util.List<Path> ruleDirectories = new java.util.ArrayList<>();
        private PodlintConfig config = PodlintConfig.NONE;

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

        // rules and configuration (issue 4)
        public Builder ruleDirectory(Path dir) {
            ruleDirectories.add(dir.toAbsolutePath().normalize());
            return this;
        }

        /**
         * Applies a config file: its rule folders, enabled/disabled rules, severities and fail
         * threshold. Call it before the command line's own settings, which then win.
         */
        public Builder config(PodlintConfig file) {
            this.config = file;
            file.ruleFolders().forEach(this::ruleDirectory);
            file.disable().forEach(this::disable);
            file.enable().forEach(this::enable);
            file.severity().forEach(this::severity);
            if (file.failOn() != null) {
                failOn(file.failOn().equals("none") ? null : Severity.parse(file.failOn()));
            }
            return this;
        }

        public LintOptions build() {
            return new LintOptions(this);
        }
    }
}
