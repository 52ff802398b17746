package dev.podlint;

import dev.podlint.check.CheckSet;
import dev.podlint.config.LintOptions;
import dev.podlint.policy.FindingPolicy;
import dev.podlint.report.Report;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.run.LintRun;
import dev.podlint.source.DeepStack;
import dev.podlint.source.LoadProblem;
import dev.podlint.source.NamedContent;
import java.io.InputStream;
import java.util.List;

/** The facade: lints paths into a {@link Report} (see {@link LintRun} for how). */
public final class Linter {

    public static final String YAML_SYNTAX = LoadProblem.Type.SYNTAX.ruleId();
    public static final String DUPLICATE_KEY = LoadProblem.Type.DUPLICATE_KEY.ruleId();

    private final RuleCatalog catalog;
    private final LintRun run;

    /** @param checks the checks of {@code rules}' enabled rules ({@link DefaultChecks}, or some of them) */
    public Linter(LintOptions options, RuleRegistry rules, CheckSet checks) {
        this.catalog = rules.catalog();
        this.run = new LintRun(
                options,
                catalog,
                rules.enabledRules(),
                checks,
                new FindingPolicy(options, catalog, rules.enabledRules()));
    }

    /** A linter with the built-in rules, the user's rule folders and the default checks. */
    /** Reads the rules, the CRDs and the schemas the options name (on a {@link DeepStack} thread: they are YAML too). */
    public static Linter create(LintOptions options) {
        return DeepStack.call(() -> {
            RuleRegistry rules = RuleRegistry.load(options.rules());
            return new Linter(options, rules, DefaultChecks.build(options, rules));
        });
    }

    public RuleCatalog catalog() {
        return catalog;
    }

    public Report lint(List<String> paths, InputStream stdin) {
        return DeepStack.call(() -> run.lint(paths, stdin));
    }

    /**
     * Lints contents already in memory (the staged blobs of a git commit, say), each reported under its
     * display path exactly as a file of that name would be.
     */
    public Report lintContents(List<NamedContent> contents) {
        return DeepStack.call(() -> run.lintContents(contents));
    }
}
