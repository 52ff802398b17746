package dev.podlint.config;

import dev.podlint.finding.Severity;
import dev.podlint.source.InputCollector;
import dev.podlint.source.YamlLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    // PodPresets (issue 5): extra preset sources, the namespace of documents naming none, templates.
    private final List<String> presetPaths;
    private final String defaultNamespace;
    private final boolean presetTemplates;
    // Schema checks: target Kubernetes version, extra schema folders, unknown kinds as errors.
    private final String kubernetesVersion;
    private final List<Path> schemaLocations;
    private final List<String> crdPaths;
    private final boolean strictKinds;
    // rules and configuration (issue 4): user rule folders, the config file, include/exclude globs
    private final List<Path> ruleDirectories;
    private final PodlintConfig config;
    // --force-exclude (pre-commit, Maven plugin): the config file's include/exclude also filter named files
    private final boolean forceExclude;

    private LintOptions(Builder b) {
        this.workingDirectory = b.workingDirectory;
        this.failOn = b.failOn;
        this.enabledRules = Set.copyOf(b.enabledRules);
        this.disabledRules = Set.copyOf(b.disabledRules);
        this.severityOverrides = Map.copyOf(b.severityOverrides);
        this.limits = b.limits;
        this.baseline = b.baseline;
        this.presetPaths = List.copyOf(b.presetPaths);
        this.defaultNamespace = b.defaultNamespace;
        this.presetTemplates = b.presetTemplates;
        this.kubernetesVersion = b.kubernetesVersion;
        this.schemaLocations = List.copyOf(b.schemaLocations);
        this.crdPaths = List.copyOf(b.crdPaths);
        this.strictKinds = b.strictKinds;
        this.ruleDirectories = List.copyOf(b.ruleDirectories);
        this.config = b.config;
        this.forceExclude = b.forceExclude;
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

    /** Files or folders whose PodPresets apply, without being linted themselves ({@code --preset}). */
    public List<String> presetPaths() {
        return presetPaths;
    }

    /** The namespace of documents that name none ({@code --namespace}, default "default"). */
    public String defaultNamespace() {
        return defaultNamespace;
    }

    /** Also apply PodPresets to workload pod templates ({@code --templates}; beyond upstream). */
    public boolean presetTemplates() {
        return presetTemplates;
    }

    /** The Kubernetes version to validate for (X.Y), or empty for the newest bundled one. */
    public Optional<String> kubernetesVersion() {
        return Optional.ofNullable(kubernetesVersion);
    }

    /** Folders of extra JSON schemas (custom resources), in kubeconform's layout. */
    public List<Path> schemaLocations() {
        return schemaLocations;
    }

    /** Files and folders of CustomResourceDefinitions whose custom resources are validated (--crd). */
    public List<String> crdPaths() {
        return crdPaths;
    }

    /** Whether a kind without a schema is an error rather than a warning. */
    public boolean strictKinds() {
        return strictKinds;
    }

    /** Folders of user rule files, from --rules and the config file. */
    public List<Path> ruleDirectories() {
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

    /** Whether {@link #fileFilter()} also drops files named explicitly, which are otherwise always linted. */
    public boolean forceExclude() {
        return forceExclude;
    }

    /** Expands the paths of a run (lint or merge) as {@link #fileFilter()} and {@link #forceExclude()} say. */
    public InputCollector inputCollector() {
        return new InputCollector(workingDirectory, fileFilter(), forceExclude);
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
        b.presetPaths.addAll(presetPaths);
        b.defaultNamespace = defaultNamespace;
        b.presetTemplates = presetTemplates;
        b.kubernetesVersion = kubernetesVersion;
        b.schemaLocations.addAll(schemaLocations);
        b.crdPaths.addAll(crdPaths);
        b.strictKinds = strictKinds;
        b.ruleDirectories.addAll(ruleDirectories);
        b.config = config;
        b.forceExclude = forceExclude;
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
        private final List<String> presetPaths = new ArrayList<>();
        private String defaultNamespace = "default";
        private boolean presetTemplates;
        private String kubernetesVersion;
        private final List<Path> schemaLocations = new ArrayList<>();
        private final List<String> crdPaths = new ArrayList<>();
        private boolean strictKinds;
        private final List<Path> ruleDirectories = new ArrayList<>();
        private PodlintConfig config = PodlintConfig.NONE;
        private boolean forceExclude;

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

        // PodPresets (issue 5)
        public Builder preset(String path) {
            presetPaths.add(path);
            return this;
        }

        public Builder defaultNamespace(String namespace) {
            this.defaultNamespace = namespace;
            return this;
        }

        public Builder presetTemplates(boolean templates) {
            this.presetTemplates = templates;
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

        /** A CRD file, or a folder searched for them; relative to the working directory. */
        public Builder crd(String path) {
            crdPaths.add(path);
            return this;
        }

        public Builder strictKinds(boolean strict) {
            this.strictKinds = strict;
            return this;
        }

        // rules and configuration (issue 4)
        public Builder ruleDirectory(Path dir) {
            ruleDirectories.add(dir.toAbsolutePath().normalize());
            return this;
        }

        /**
         * Applies a config file: its rule folders, enabled/disabled rules, severities, fail
         * threshold, Kubernetes version, schema folders and presets. Call it before the command line's own settings, which then win.
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
            if (file.kubernetesVersion() != null) {
                kubernetesVersion(file.kubernetesVersion());
            }
            file.schemaLocations().forEach(this::schemaLocation);
            file.crds().forEach(path -> crd(path.toString()));
            file.presets().forEach(path -> preset(path.toString()));
            return this;
        }

        // --force-exclude (pre-commit, Maven plugin)
        /** true: the config file's include/exclude globs also filter the files named explicitly. */
        public Builder forceExclude(boolean force) {
            this.forceExclude = force;
            return this;
        }

        public LintOptions build() {
            return new LintOptions(this);
        }
    }
}
