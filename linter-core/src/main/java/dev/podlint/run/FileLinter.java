package dev.podlint.run;

import dev.podlint.check.CheckSet;
import dev.podlint.check.CollectingSink;
import dev.podlint.check.DocumentCheck;
import dev.podlint.check.InventoryCheck;
import dev.podlint.config.KindFilter;
import dev.podlint.finding.Finding;
import dev.podlint.finding.FindingCap;
import dev.podlint.finding.Notification;
import dev.podlint.finding.Severity;
import dev.podlint.policy.InSourceSuppressions;
import dev.podlint.preset.PresetReader;
import dev.podlint.report.ExcerptRecorder;
import dev.podlint.report.SourceExcerpts;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.rule.RuleDefinition;
import dev.podlint.source.Discovery;
import dev.podlint.source.Document;
import dev.podlint.source.InputFile;
import dev.podlint.source.LoadProblem;
import dev.podlint.source.LoadedFile;
import dev.podlint.source.ManifestLoader;
import dev.podlint.source.RenderedSources;
import dev.podlint.source.SecretValues;
import dev.podlint.source.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The per-file step: reads and loads one file, runs the document checks on it, and keeps what the
 * inventory checks want of it (trees or index entries).
 */
final class FileLinter {

    private final RuleCatalog catalog;
    private final CheckSet checks;
    private final ManifestLoader loader;
    private final KindFilter kinds;

    FileLinter(RuleCatalog catalog, CheckSet checks, ManifestLoader loader, KindFilter kinds) {
        this.catalog = catalog;
        this.checks = checks;
        this.loader = loader;
        this.kinds = kinds;
    }

    /** The rule of an object whose kind --reject-kinds names. */
    static final String KIND_REJECTED = "kind-rejected";

    FileOutcome lint(LintInput input, SourceExcerpts excerpts) {
        boolean presetOnly = input.presetOnly();
        byte[] bytes;
        try {
            bytes = input.content().read();
        } catch (IOException | RuntimeException e) {
            return FileOutcome.unreadable(
                    new Notification(true, input.displayPath(), "cannot read: " + Failures.describe(e)), presetOnly);
        }
        LoadedFile loaded = loader.load(input.displayPath(), bytes);
        if (input.walked() && !presetOnly && Discovery.plainlyNotKubernetes(loaded)) {
            return FileOutcome.skippedNotKubernetes();
        }
        List<Notification> notifications = new ArrayList<>();
        List<WantedDocument> wanted = new ArrayList<>();
        boolean triggered = false;
        CollectingSink sink = new CollectingSink(catalog);
        int unparsedFromLine = 0;
        for (LoadProblem problem : loaded.problems()) {
            if (checks.loaderRules().contains(problem.type().ruleId())) {
                sink.add(loadFinding(loaded, problem));
            }
            if (problem.type() == LoadProblem.Type.SYNTAX && unparsedFromLine == 0) {
                unparsedFromLine = lastParsedLine(loaded) + 1;
            }
        }
        List<Document> loadedDocuments = loaded.documents();
        for (int position = 0; position < loadedDocuments.size(); position++) {
            Document document = loadedDocuments.get(position);
            if (presetOnly) {
                if (PresetReader.isPreset(document)) {
                    triggered |= keepIfWanted(position, document, wanted);
                    triggered = true;
                }
                continue;
            }
            if (kinds.skips(document.apiVersion(), document.kind())) {
                continue;
            }
            if (kinds.rejects(document.apiVersion(), document.kind())) {
                if (checks.loaderRules().contains(KIND_REJECTED)) {
                    sink.report(
                            KIND_REJECTED,
                            document,
                            "/kind",
                            document.spanOf("/kind"),
                            "prohibited resource kind " + document.kind() + " (--reject-kinds, rejectKinds)");
                }
                continue;
            }
            for (DocumentCheck check : checks.documentChecks()) {
                try {
                    check.check(document, sink);
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    notifications.add(new Notification(
                            true,
                            input.displayPath(),
                            "internal error in " + check.getClass().getSimpleName() + " on document " + document.index()
                                    + ": " + Failures.describe(e)));
                }
            }
            triggered |= keepIfWanted(position, document, wanted);
        }
        if (!triggered) {
            // Nothing here makes an inventory check report: the trees are dropped, and the file is
            // loaded again at the end only if another file holds what does.
            wanted.replaceAll(WantedDocument::withoutTree);
        }
        Reload reload = wanted.stream().anyMatch(w -> w.tree() == null) ? Reload.of(bytes, input.rereadable()) : null;
        FindingCap.Capped capped = FindingCap.apply(sink.findings());
        capped.leftOut()
                .forEach((rule, count) -> notifications.add(FindingCap.notification(input.displayPath(), rule, count)));
        List<Finding> findings = capped.kept();
        if (input.sourceShown()) {
            ExcerptRecorder.record(excerpts, loaded.source(), findings, loaded.documents(), unparsedFromLine);
        }
        return new FileOutcome(
                findings,
                notifications,
                InSourceSuppressions.of(loaded),
                loaded.yamlDocuments(),
                true,
                presetOnly,
                triggered,
                wanted,
                reload,
                capped.leftOutTotal(),
                false,
                input.displayPath().equals(InputFile.STDIN_NAME)
                        ? RenderedSources.scan(loaded.source().text())
                        : null);
    }

    /**
     * Records a document some inventory check wants: its tree when a check needs it whole (it
     * triggers the check, or the check keeps no index entry for it), else only the checks' entries.
     *
     * @return whether the document triggers an inventory check
     */
    private boolean keepIfWanted(int position, Document document, List<WantedDocument> wanted) {
        List<InventoryCheck> inventoryChecks = checks.inventoryChecks();
        Object[] entries = null;
        boolean needsTree = false;
        boolean triggered = false;
        for (int c = 0; c < inventoryChecks.size(); c++) {
            InventoryCheck check = inventoryChecks.get(c);
            if (!check.wants(document)) {
                continue;
            }
            entries = entries == null ? new Object[inventoryChecks.size()] : entries;
            boolean triggers = check.triggers(document);
            triggered |= triggers;
            Object entry = triggers ? null : check.indexEntry(document);
            entries[c] = entry == null ? WantedDocument.TREE : entry;
            needsTree |= entry == null;
        }
        if (entries != null) {
            wanted.add(new WantedDocument(position, needsTree ? document : null, Arrays.asList(entries)));
        }
        return triggered;
    }

    private Finding loadFinding(LoadedFile loaded, LoadProblem problem) {
        String ruleId = problem.type().ruleId();
        Document document = loaded.documents().stream()
                .filter(d -> d.index() == problem.documentIndex())
                .findFirst()
                .orElse(null);
        RuleDefinition rule = catalog.get(ruleId);
        Severity severity = rule != null ? rule.severity() : Severity.ERROR;
        LoadProblem shown = SecretValues.withoutValues(problem, loaded.documents());
        return new Finding(
                ruleId,
                severity,
                shown.message(),
                loaded.source().displayPath(),
                problem.documentIndex(),
                document == null ? null : document.kind(),
                document == null ? null : document.name(),
                document == null ? null : document.namespace(),
                shown.pointer(),
                problem.span(),
                List.of(),
                null);
    }

    private static int lastParsedLine(LoadedFile loaded) {
        return loaded.documents().stream()
                .map(d -> d.root().span())
                .mapToInt(Span::endLine)
                .max()
                .orElse(0);
    }
}
