package dev.podlint;

import dev.podlint.check.CheckSet;
import dev.podlint.check.CollectingSink;
import dev.podlint.check.InventoryCheck;
import dev.podlint.policy.InSourceSuppressions;
import dev.podlint.finding.Finding;
import dev.podlint.finding.Notification;
import dev.podlint.report.ExcerptRecorder;
import dev.podlint.report.SourceExcerpts;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.source.Document;
import dev.podlint.source.SecretValues;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The cross-document stage: runs the inventory checks over the documents they want, in input order:
 * the trees kept while loading, and the documents loaded again from their files because a check
 * {@link InventoryCheck#needs} them. A check with a {@link InventoryCheck.Pass} gets them a file at a
 * time, and each file's trees are dropped once given; the others get them all at the end.
 */
final class InventoryStage {

    private final RuleCatalog catalog;
    private final CheckSet checks;
    private final FileReloader reloader;

    InventoryStage(RuleCatalog catalog, CheckSet checks, FileReloader reloader) {
        this.catalog = catalog;
        this.checks = checks;
        this.reloader = reloader;
    }

    List<Finding> run(List<LintInput> inputs, FileOutcome[] outcomes, SourceExcerpts excerpts,
            List<Notification> notifications) {
        List<InventoryCheck> inventoryChecks = checks.inventoryChecks();
        CollectingSink sink = new CollectingSink(catalog);
        List<Document> kept = new ArrayList<>();
        List<Predicate<Object>> needs = new ArrayList<>();
        InventoryCheck.Pass[] passes = new InventoryCheck.Pass[inventoryChecks.size()];
        boolean[] failed = new boolean[inventoryChecks.size()];
        boolean keepAll = false;
        for (int c = 0; c < inventoryChecks.size(); c++) {
            InventoryCheck check = inventoryChecks.get(c);
            List<Document> triggering = triggering(check, outcomes);
            kept.addAll(triggering);
            needs.add(check.needs(triggering));
            int index = c;
            failed[c] = !guarded(check, notifications, () -> passes[index] = check.pass(triggering, sink));
            keepAll |= passes[c] == null && !failed[c];
        }
        markNeeded(outcomes, needs);
        // podlint.dev/ignore: each finding by the annotation of the object holding its node, in whichever file
        InSourceSuppressions.Scopes scopes = new InSourceSuppressions.Scopes();
        List<Document> retained = new ArrayList<>();
        int batch = 2 * Runtime.getRuntime().availableProcessors();
        for (int from = 0; from < outcomes.length; from += batch) {
            int first = from;
            int end = Math.min(outcomes.length, from + batch);
            List<Integer> again = IntStream.range(first, end).filter(i -> outcomes[i].loadAgain).boxed().toList();
            Parallel.run(again.size(), k -> reloader.loadAgain(inputs.get(again.get(k)), outcomes[again.get(k)]));
            for (int i = first; i < end; i++) {
                FileOutcome outcome = outcomes[i];
                if (outcome.reloadProblem != null) {
                    notifications.add(outcome.reloadProblem);
                }
                List<Document> part = takeNeededTrees(outcome);
                if (part.isEmpty()) {
                    continue;
                }
                int reportedBefore = sink.size();
                for (int c = 0; c < passes.length; c++) {
                    InventoryCheck check = inventoryChecks.get(c);
                    InventoryCheck.Pass pass = passes[c];
                    List<Document> given = part.stream().filter(d -> check.wants(d) && !check.triggers(d)).toList();
                    if (pass != null && !failed[c] && !given.isEmpty()) {
                        failed[c] = !guarded(check, notifications, () -> pass.add(given));
                    }
                }
                scopes.add(part);
                if (keepAll) {
                    retained.addAll(part);
                }
                record(excerpts, part, sink.findingsFrom(reportedBefore));
            }
        }
        for (int c = 0; c < passes.length; c++) {
            InventoryCheck check = inventoryChecks.get(c);
            InventoryCheck.Pass pass = passes[c];
            if (failed[c]) {
                continue;
            }
            if (pass != null) {
                guarded(check, notifications, pass::end);
            } else {
                List<Document> wanted = retained.stream().filter(check::wants).toList();
                guarded(check, notifications, () -> check.check(wanted, sink));
            }
        }
        List<Finding> found = scopes.apply(sink.findings());
        kept.addAll(retained);
        record(excerpts, kept, found);
        return found;
    }

    /** The kept trees that make {@code check} report, in input order. */
    private static List<Document> triggering(InventoryCheck check, FileOutcome[] outcomes) {
        List<Document> triggering = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            for (WantedDocument w : outcome.wanted) {
                if (w.tree != null && check.wants(w.tree) && check.triggers(w.tree)) {
                    triggering.add(w.tree);
                }
            }
        }
        return triggering;
    }

    /** Marks the wanted documents some check needs, and the files to load again for their trees. */
    private static void markNeeded(FileOutcome[] outcomes, List<Predicate<Object>> needs) {
        for (FileOutcome outcome : outcomes) {
            for (WantedDocument w : outcome.wanted) {
                w.needed = w.tree != null || w.neededBy(needs);
                outcome.loadAgain |= w.needed && w.tree == null;
            }
        }
    }

    /** The trees of a file's needed documents; all its trees are dropped. */
    private static List<Document> takeNeededTrees(FileOutcome outcome) {
        List<Document> part = new ArrayList<>();
        for (WantedDocument w : outcome.wanted) {
            if (w.needed && w.tree != null) {
                part.add(w.tree);
            }
            w.tree = null;
        }
        return part;
    }

    /** Records the source lines of {@code findings} in the files of {@code documents}. */
    private static void record(SourceExcerpts excerpts, List<Document> documents, List<Finding> findings) {
        documents.stream().map(Document::source).distinct().forEach(source -> ExcerptRecorder.record(excerpts, source,
                findings, SecretValues.spans(documents.stream().filter(d -> d.source() == source).toList()), 0));
    }

    /** Runs a step of an inventory check: false, with the error reported, when it throws. */
    private static boolean guarded(InventoryCheck check, List<Notification> notifications, Runnable step) {
        try {
            step.run();
            return true;
        } catch (RuntimeException e) {
            notifications.add(new Notification(true, null,
                    "internal error in " + check.getClass().getSimpleName() + ": " + Failures.describe(e)));
            return false;
        }
    }
}
