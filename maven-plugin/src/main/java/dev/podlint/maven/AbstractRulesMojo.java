package dev.podlint.maven;

import dev.podlint.config.KindFilter;
import dev.podlint.config.LintOptions;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/** What the goals that run the rules share beyond the files: which rules run, kinds without schema, the baseline, skipped and rejected kinds. */
abstract class AbstractRulesMojo extends AbstractPodlintMojo {

    /** Rule ids to run beyond the default ones (as {@code podlint lint --enable}); win over the config file. */
    @Parameter(property = "podlint.enableRules")
    List<String> enableRules;

    /** Rule ids not to run (as {@code podlint lint --disable}); win over the config file. */
    @Parameter(property = "podlint.disableRules")
    List<String> disableRules;

    /** A kind without a schema is an error, not a warning (as {@code podlint lint --strict-kinds}). */
    @Parameter(property = "podlint.strictKinds", defaultValue = "false")
    boolean strictKinds;

    /**
     * A SARIF or JSON report of an earlier run, relative to the project: its findings are reported as
     * suppressed and fail nothing (as {@code podlint lint --baseline}). Default: the config file's
     * {@code baseline}. The paths in it are relative to {@code repositoryRoot}, as this goal writes them.
     */
    @Parameter(property = "podlint.baseline")
    File baseline;

    /**
     * Kinds whose objects get no schema or rule finding: Kind or apiVersion/Kind, e.g. Secret or apps/v1/Deployment (as
     * {@code podlint lint --skip-kinds}, kubeconform's -skip); added to the config file's {@code skipKinds}.
     */
    @Parameter(property = "podlint.skipKinds")
    List<String> skipKinds;

    /**
     * Kinds whose objects get one kind-rejected error and nothing else checked, as {@code skipKinds} names them
     * (as {@code podlint lint --reject-kinds}, kubeconform's -reject); added to the config file's
     * {@code rejectKinds}. A kind both skipped and rejected is skipped.
     */
    @Parameter(property = "podlint.rejectKinds")
    List<String> rejectKinds;

    /** The shared options with the rule selection, the kinds setting and the baseline. */
    LintOptions.Builder ruleOptions() {
        LintOptions.Builder options = options();
        ids(disableRules).forEach(options::disable);
        ids(enableRules).forEach(options::enable);
        if (strictKinds) {
            options.strictKinds(true);
        }
        if (baseline != null) {
            options.baseline(Path.of(fromRoot(basedir.toPath().resolve(baseline.toPath()))));
        }
        kinds(skipKinds).forEach(options::skipKind);
        kinds(rejectKinds).forEach(options::rejectKind);
        return options;
    }

    /** The kinds of the entries, each a kind or a comma-separated list of them. */
    private static List<String> kinds(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().flatMap(v -> KindFilter.entries(v).stream()).toList();
    }

    private static List<String> ids(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
