package dev.podlint.maven;

import dev.podlint.config.LintOptions;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/** What the goals that run the rules share beyond the files: which rules run, kinds without schema, the baseline. */
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
        return options;
    }

    private static List<String> ids(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
