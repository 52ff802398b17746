package dev.podlint;

import dev.podlint.check.CheckSet;
import dev.podlint.config.LintOptions;
import dev.podlint.policy.FindingPolicy;
import dev.podlint.report.Report;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.run.LintRun;
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

    public Linter(LintOptions options, RuleCatalog catalog, CheckSet checks) {
        this.catalog = catalog;
        this.run = new LintRun(options, catalog, checks, new FindingPolicy(options, catalog));
    }

    /** A linter with the built-in rules and the default checks. */
    public static Linter create(LintOptions options) {
        RuleCatalog catalog = RuleCatalog.load(options.ruleDirectories());
        return new Linter(options, catalog, DefaultChecks.build(options, catalog));
    }

    public RuleCatalog catalog() {
        return catalog;
    }

    public Report lint(List<String> paths, InputStream stdin) {
        return run.lint(paths, stdin);
    }

    /**
     * Lints contents already in memory (the staged blobs of a git commit, say), each reported under its
     * display path exactly as a file of that name would be.
     */
    public Report lintContents(List<NamedContent> contents) {
        return run.lintContents(contents);
    }
}
