package dev.podlint;

import dev.podlint.check.CheckSet;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.finding.Notification;
import dev.podlint.policy.FindingPolicy;
import dev.podlint.report.Report;
import dev.podlint.report.SourceExcerpts;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.source.ManifestLoader;
import dev.podlint.source.NamedContent;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The facade: lints paths into a {@link Report}. Files are loaded and checked in parallel, each read
 * and parsed once ({@link FileLinter}); cross-document checks run after, on the objects they asked to
 * keep ({@link InventoryStage}); then the options' {@link FindingPolicy} applies.
 */
public final class Linter {

    public static final String YAML_SYNTAX = "yaml-syntax";
    public static final String DUPLICATE_KEY = "duplicate-key";

    private final LintOptions options;
    private final RuleCatalog catalog;
    private final FileLinter fileLinter;
    private final InventoryStage inventoryStage;
    private final FindingPolicy policy;

    public Linter(LintOptions options, RuleCatalog catalog, CheckSet checks) {
        this.options = options;
        this.catalog = catalog;
        ManifestLoader loader = new ManifestLoader(options.limits());
        this.fileLinter = new FileLinter(catalog, checks, loader);
        this.inventoryStage = new InventoryStage(catalog, checks, new FileReloader(loader));
        this.policy = new FindingPolicy(options, catalog);
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
        List<Notification> notifications = new ArrayList<>();
        return lintInputs(LintInputs.ofPaths(options, paths, stdin, notifications), notifications);
    }

    /**
     * Lints contents already in memory (the staged blobs of a git commit, say), each reported under its
     * display path exactly as a file of that name would be.
     */
    public Report lintContents(List<NamedContent> contents) {
        return lintInputs(LintInputs.ofContents(contents), new ArrayList<>());
    }

    private Report lintInputs(List<LintInput> files, List<Notification> notifications) {
        SourceExcerpts excerpts = new SourceExcerpts();
        List<LintInput> all = new ArrayList<>(files);
        all.addAll(LintInputs.presetOnly(options, files, notifications));
        FileOutcome[] outcomes = new FileOutcome[all.size()];
        Parallel.run(all.size(), i -> outcomes[i] = fileLinter.lint(all.get(i), excerpts));

        List<Finding> findings = new ArrayList<>();
        int documents = 0;
        int readableFiles = 0;
        boolean triggered = false;
        for (FileOutcome outcome : outcomes) {
            triggered |= outcome.triggered;
        }
        for (FileOutcome outcome : outcomes) {
            findings.addAll(outcome.findings);
            notifications.addAll(outcome.notifications);
            if (!outcome.presetOnly) {
                documents += outcome.documents;
                readableFiles += outcome.readable ? 1 : 0;
            }
        }
        // Without a triggering document (no PodPreset) no inventory check can report anything.
        if (triggered) {
            findings.addAll(inventoryStage.run(all, outcomes, excerpts, notifications));
        }

        List<Finding> reported = policy.apply(findings);
        return new Report(List.copyOf(reported), List.copyOf(notifications), Summaries.of(readableFiles, documents, reported),
                policy.enabledRules(), excerpts);
    }
}
