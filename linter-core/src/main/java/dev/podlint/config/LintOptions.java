package dev.podlint.config;

import dev.podlint.finding.FailThreshold;
import dev.podlint.finding.Severity;
import dev.podlint.source.InputCollector;
import dev.podlint.source.YamlLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Everything a lint run is told: from the command line, the Maven plugin or the config file, by
 * topic: the files ({@link #workingDirectory}, limits, the config file's globs), the rules
 * ({@link RuleOptions}), the schemas ({@link SchemaOptions}), the PodPresets ({@link PresetOptions}),
 * and what fails the run (threshold, baseline). Immutable; build it with {@link #builder()}.
 */
public final class LintOptions {

    private final Path workingDirectory;
    private final YamlLimits limits;
    private final PodlintConfig config;
    private final boolean forceExclude;
    private final RuleOptions rules;
    private final SchemaOptions schema;
    private final PresetOptions presets;
    private final FailThreshold failOn;
    private final @Nullable Path baseline;
    private final KindFilter kinds;
    private final boolean sourceExcerpts;

    private LintOptions(Builder b) {
        this.workingDirectory = b.workingDirectory;
        this.limits = b.limits;
        this.config = b.config;
        this.forceExclude = b.forceExclude;
        this.rules = new RuleOptions(
                b.enabledRules, b.disabledRules, b.severityOverrides, b.ruleDirectories, b.config.ruleIdPlaces());
        this.schema = new SchemaOptions(b.kubernetesVersion, b.schemaLocations, b.crdPaths, b.strictKinds);
        this.presets = new PresetOptions(b.presetPaths, b.defaultNamespace, b.presetTemplates, b.presetFeatureGates);
        this.failOn = b.failOn;
        this.baseline = b.baseline;
        this.kinds = new KindFilter(b.skipKinds, b.rejectKinds);
        this.sourceExcerpts = b.sourceExcerpts;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Path workingDirectory() {
        return workingDirectory;
    }

    public YamlLimits limits() {
        return limits;
    }

    /** The config file read for this run ({@link PodlintConfig#NONE} when there is none). */
    public PodlintConfig config() {
        return config;
    }

    /** Whether a file found in a folder is linted, by its display path (the config file's include/exclude). */
    public Predicate<String> fileFilter() {
        return new PathFilter(workingDirectory, config.base(), config.include(), config.exclude());
    }

    /** Whether {@link #fileFilter()} also drops files named explicitly, which are otherwise always linted. */
    public boolean forceExclude() {
        return forceExclude;
    }

    /** Expands the paths of a run (lint or merge) as {@link #fileFilter()} and {@link #forceExclude()} say. */
    public InputCollector inputCollector() {
        List<Path> own = new ArrayList<>();
        if (baseline != null) {
            own.add(baseline);
        }
        Path configFile = config.file();
        if (configFile != null) {
            own.add(configFile);
        }
        return new InputCollector(workingDirectory, fileFilter(), forceExclude).discovering(own);
    }

    public RuleOptions rules() {
        return rules;
    }

    public SchemaOptions schema() {
        return schema;
    }

    public PresetOptions presets() {
        return presets;
    }

    /** The least severity that fails the run. */
    public FailThreshold failOn() {
        return failOn;
    }

    /** The baseline report, relative paths against the working directory; null for none. */
    public @Nullable Path baseline() {
        return baseline;
    }

    /** The kinds skipped or rejected ({@code --skip-kinds}, {@code --reject-kinds}). */
    public KindFilter kinds() {
        return kinds;
    }

    /**
     * Whether the report keeps the (redacted) source lines its findings point at: only the text
     * format shows them, and keeping them costs every file with findings.
     */
    public boolean sourceExcerpts() {
        return sourceExcerpts;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.workingDirectory = workingDirectory;
        b.limits = limits;
        b.config = config;
        b.forceExclude = forceExclude;
        b.enabledRules.addAll(rules.enabled());
        b.disabledRules.addAll(rules.disabled());
        b.severityOverrides.putAll(rules.severityOverrides());
        b.ruleDirectories.addAll(rules.directories());
        b.kubernetesVersion = schema.kubernetesVersion();
        b.schemaLocations.addAll(schema.schemaLocations());
        b.crdPaths.addAll(schema.crdPaths());
        b.strictKinds = schema.strictKinds();
        b.presetPaths.addAll(presets.paths());
        b.defaultNamespace = presets.defaultNamespace();
        b.presetTemplates = presets.templates();
        b.presetFeatureGates = presets.featureGates();
        b.failOn = failOn;
        b.baseline = baseline;
        b.skipKinds.addAll(kinds.skip());
        b.rejectKinds.addAll(kinds.reject());
        b.sourceExcerpts = sourceExcerpts;
        return b;
    }

    public static final class Builder {
        private Path workingDirectory = Path.of("").toAbsolutePath();
        private FailThreshold failOn = FailThreshold.ERROR;
        private final Set<String> enabledRules = new LinkedHashSet<>();
        private final Set<String> disabledRules = new LinkedHashSet<>();
        private final Map<String, Severity> severityOverrides = new LinkedHashMap<>();
        private YamlLimits limits = YamlLimits.DEFAULT;
        private @Nullable Path baseline;
        private final List<String> presetPaths = new ArrayList<>();
        private String defaultNamespace = "default";
        private boolean presetTemplates;
        private PresetFeatureGates presetFeatureGates = PresetFeatureGates.DEFAULT;
        private @Nullable String kubernetesVersion;
        private final List<Path> schemaLocations = new ArrayList<>();
        private final List<String> crdPaths = new ArrayList<>();
        private final Set<String> skipKinds = new LinkedHashSet<>();
        private final Set<String> rejectKinds = new LinkedHashSet<>();
        private boolean strictKinds;
        private final List<Path> ruleDirectories = new ArrayList<>();
        private PodlintConfig config = PodlintConfig.NONE;
        private boolean forceExclude;
        private boolean sourceExcerpts = true;

        public Builder workingDirectory(Path dir) {
            this.workingDirectory = dir.toAbsolutePath().normalize();
            return this;
        }

        public Builder failOn(FailThreshold threshold) {
            this.failOn = threshold;
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

        // PodPresets
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

        public Builder presetFeatureGates(PresetFeatureGates gates) {
            this.presetFeatureGates = gates;
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

        // rules and configuration
        public Builder ruleDirectory(Path dir) {
            ruleDirectories.add(dir.toAbsolutePath().normalize());
            return this;
        }

        /**
         * Applies a config file: its rule folders, enabled/disabled rules, severities, fail
         * threshold, Kubernetes version, schema folders, presets, baseline and skipped and rejected kinds. Call it before the command line's own settings, which then win.
         */
        public Builder config(PodlintConfig file) {
            this.config = file;
            file.ruleFolders().forEach(this::ruleDirectory);
            file.disable().forEach(this::disable);
            file.enable().forEach(this::enable);
            file.severity().forEach(this::severity);
            if (file.failOn() != null) {
                failOn(file.failOn());
            }
            if (file.kubernetesVersion() != null) {
                kubernetesVersion(file.kubernetesVersion());
            }
            file.schemaLocations().forEach(this::schemaLocation);
            file.crds().forEach(path -> crd(path.toString()));
            file.presets().forEach(path -> preset(path.toString()));
            if (file.baseline() != null) {
                baseline(file.baseline());
            }
            file.skipKinds().forEach(this::skipKind);
            file.rejectKinds().forEach(this::rejectKind);
            return this;
        }

        /** Skips objects of this kind or apiVersion/kind: no finding about them at all. */
        public Builder skipKind(String kind) {
            skipKinds.add(kind);
            return this;
        }

        /** Rejects objects of this kind or apiVersion/kind: one kind-rejected error each, nothing else checked. */
        public Builder rejectKind(String kind) {
            rejectKinds.add(kind);
            return this;
        }

        // --force-exclude (pre-commit, Maven plugin)
        /** true: the config file's include/exclude globs also filter the files named explicitly. */
        public Builder forceExclude(boolean force) {
            this.forceExclude = force;
            return this;
        }

        /** Whether the report keeps the source lines of its findings (default: yes). */
        public Builder sourceExcerpts(boolean keep) {
            this.sourceExcerpts = keep;
            return this;
        }

        public LintOptions build() {
            return new LintOptions(this);
        }
    }
}
