package dev.podlint.run;

import dev.podlint.check.CheckSet;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.finding.Notification;
import dev.podlint.policy.FindingPolicy;
import dev.podlint.policy.InSourceSuppressions;
import dev.podlint.report.Report;
import dev.podlint.report.SourceExcerpts;
import dev.podlint.report.Summary;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.rule.RuleDefinition;
import dev.podlint.source.ManifestLoader;
import dev.podlint.source.NamedContent;
import dev.podlint.source.RenderedSources;
import dev.podlint.source.SkipReason;
import dev.podlint.source.SkippedFile;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A lint run: files are loaded and checked in parallel, each read and parsed once
 * ({@link FileLinter}); cross-document checks run after, on the objects they asked to keep
 * ({@link InventoryStage}); then the {@link FindingPolicy} applies to all findings at once.
 */
public final class LintRun {

    private final LintOptions options;
    private final List<RuleDefinition> enabledRules;
    private final FileLinter fileLinter;
    private final InventoryStage inventoryStage;
    private final FindingPolicy policy;

    /** @param enabledRules the rules that run, sorted by id, for the report */
    public LintRun(
            LintOptions options,
            RuleCatalog catalog,
            List<RuleDefinition> enabledRules,
            CheckSet checks,
            FindingPolicy policy) {
        this.options = options;
        this.enabledRules = List.copyOf(enabledRules);
        ManifestLoader loader = new ManifestLoader(options.limits());
        this.fileLinter = new FileLinter(catalog, checks, loader, options.kinds());
        this.inventoryStage = new InventoryStage(catalog, checks, new FileReloader(loader));
        this.policy = policy;
    }

    public Report lint(List<String> paths, InputStream stdin) {
        List<Notification> notifications = new ArrayList<>();
        List<SkippedFile> left = new ArrayList<>();
        List<LintInput> inputs = LintInputs.ofPaths(options, paths, stdin, notifications, left);
        int skipped = (int) notifications.stream().filter(n -> n.file() != null).count();
        return lintInputs(inputs, notifications, skipped, left);
    }

    /** Lints contents already in memory, each reported under its display path. */
    public Report lintContents(List<NamedContent> contents) {
        return lintInputs(LintInputs.ofContents(contents), new ArrayList<>(), 0, new ArrayList<>());
    }

    /**
     * One file's outcome, whatever goes wrong in it: an exhausted stack or heap ends that file with
     * an error notification, and the other files are still linted and reported.
     */
    private FileOutcome isolated(LintInput input, SourceExcerpts excerpts) {
        try {
            return fileLinter.lint(input, excerpts);
        } catch (StackOverflowError | OutOfMemoryError | RuntimeException e) {
            return FileOutcome.unreadable(
                    new Notification(true, input.displayPath(), "internal error: " + Failures.describe(e)),
                    input.presetOnly());
        }
    }

    private Report lintInputs(
            List<LintInput> files, List<Notification> notifications, int skipped, List<SkippedFile> left) {
        SourceExcerpts excerpts = options.sourceExcerpts() ? new SourceExcerpts() : SourceExcerpts.none();
        List<LintInput> all = new ArrayList<>(files);
        all.addAll(LintInputs.presetOnly(options, files, notifications));
        FileOutcome[] outcomes = new FileOutcome[all.size()];
        Parallel.run(all.size(), i -> outcomes[i] = isolated(all.get(i), excerpts));

        List<Finding> findings = new ArrayList<>();
        List<InSourceSuppressions> annotations = new ArrayList<>();
        int documents = 0;
        int readableFiles = 0;
        boolean triggered = false;
        long leftOut = 0;
        List<String> linted = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            FileOutcome outcome = outcomes[i];
            if (outcome.notKubernetes()) {
                left.add(new SkippedFile(all.get(i).displayPath(), SkipReason.NOT_KUBERNETES));
                continue;
            }
            leftOut += outcome.leftOut();
            findings.addAll(outcome.findings());
            notifications.addAll(outcome.notifications());
            annotations.add(outcome.annotations());
            triggered |= outcome.triggered();
            if (!outcome.presetOnly()) {
                documents += outcome.documents();
                readableFiles += outcome.readable() ? 1 : 0;
                linted.add(all.get(i).displayPath());
            }
        }
        // Without a triggering document (no PodPreset) no inventory check can report anything.
        if (triggered) {
            findings.addAll(inventoryStage.run(all, List.of(outcomes), excerpts, notifications));
        }

        List<Finding> reported = policy.apply(findings, InSourceSuppressions.union(annotations));
        for (int i = 0; i < outcomes.length; i++) {
            RenderedSources rendered = outcomes[i].rendered();
            if (rendered != null && !rendered.isEmpty()) {
                reported = RenderedFindings.remap(reported, all.get(i).displayPath(), rendered, excerpts);
            }
        }
        Set<String> named = new HashSet<>(linted);
        reported.forEach(f -> named.add(f.file()));
        policy.baselineUnmatched(named).ifPresent(notifications::add);
        Summary counts = Summaries.of(readableFiles, documents, reported);
        Summary summary = new Summary(
                counts.files(),
                counts.documents(),
                counts.errors(),
                counts.warnings(),
                counts.infos(),
                counts.suppressed(),
                skipped,
                leftOut,
                configShown(),
                left.stream().sorted(Comparator.comparing(SkippedFile::path)).toList());
        return new Report(List.copyOf(reported), List.copyOf(notifications), summary, enabledRules, excerpts, linted);
    }

    /** The config file in force, relative to the working directory when below it; null when none. */
    private @Nullable String configShown() {
        java.nio.file.Path file = options.config().file();
        if (file == null) {
            return null;
        }
        java.nio.file.Path absolute = file.toAbsolutePath().normalize();
        java.nio.file.Path base = options.workingDirectory().toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute)
                .toString()
                .replace('\\', '/');
    }
}
