package dev.podlint.run;

import dev.podlint.check.CheckSet;
import dev.podlint.check.CollectingSink;
import dev.podlint.check.InventoryCheck;
import dev.podlint.finding.Finding;
import dev.podlint.finding.Notification;
import dev.podlint.report.ExcerptRecorder;
import dev.podlint.report.SourceExcerpts;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.source.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The cross-document stage: runs the inventory checks over the documents they want, in input order:
 * the trees kept while loading, and the documents loaded again from their files because a check
 * {@link InventoryCheck#needs} them. A check with a {@link InventoryCheck.Pass} gets them a file at a
 * time, and the trees of files loaded again are dropped once given; the others get them all at the end.
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

    List<Finding> run(
            List<LintInput> inputs,
            List<FileOutcome> outcomes,
            SourceExcerpts excerpts,
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
        List<Document> retained = new ArrayList<>();
        int batch = 2 * Runtime.getRuntime().availableProcessors();
        for (int from = 0; from < outcomes.size(); from += batch) {
            int end = Math.min(outcomes.size(), from + batch);
            List<Document>[] parts = neededTrees(inputs, outcomes, from, end, needs, notifications);
            for (List<Document> part : parts) {
                if (part.isEmpty()) {
                    continue;
                }
                int reportedBefore = sink.size();
                for (int c = 0; c < passes.length; c++) {
                    InventoryCheck check = inventoryChecks.get(c);
                    InventoryCheck.Pass pass = passes[c];
                    List<Document> given = part.stream()
                            .filter(d -> check.wants(d) && !check.triggers(d))
                            .toList();
                    if (pass != null && !failed[c] && !given.isEmpty()) {
                        failed[c] = !guarded(check, notifications, () -> pass.add(given));
                    }
                }
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
        List<Finding> found = sink.findings();
        kept.addAll(retained);
        record(excerpts, kept, found);
        return found;
    }

    /** The kept trees that make {@code check} report, in input order. */
    private static List<Document> triggering(InventoryCheck check, List<FileOutcome> outcomes) {
        List<Document> triggering = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            for (WantedDocument w : outcome.wanted()) {
                if (w.tree() != null && check.wants(w.tree()) && check.triggers(w.tree())) {
                    triggering.add(w.tree());
                }
            }
        }
        return triggering;
    }

    /**
     * The trees of the needed documents of the files {@code from..end-1}, a list per file, in file
     * order: the trees kept, and those of the files loaded again (in parallel) because a check needs
     * a document whose tree was not kept. A file that cannot be loaded again adds a notification.
     */
    private List<Document>[] neededTrees(
            List<LintInput> inputs,
            List<FileOutcome> outcomes,
            int from,
            int end,
            List<Predicate<Object>> needs,
            List<Notification> notifications) {
        @SuppressWarnings("unchecked")
        List<Document>[] parts = (List<Document>[]) new List<?>[end - from];
        boolean[][] needed = new boolean[end - from][];
        List<Integer> again = new ArrayList<>();
        for (int i = from; i < end; i++) {
            List<WantedDocument> wanted = outcomes.get(i).wanted();
            needed[i - from] = new boolean[wanted.size()];
            boolean loadAgain = false;
            for (int w = 0; w < wanted.size(); w++) {
                needed[i - from][w] = wanted.get(w).neededBy(needs);
                loadAgain |= needed[i - from][w] && wanted.get(w).tree() == null;
            }
            if (loadAgain) {
                again.add(i);
            }
        }
        FileReloader.Reloaded[] reloaded = new FileReloader.Reloaded[end - from];
        Parallel.run(again.size(), k -> {
            int i = again.get(k);
            reloaded[i - from] = reloader.loadAgain(
                    inputs.get(i),
                    Objects.requireNonNull(outcomes.get(i).reload(), "a file loaded again kept how to read it"));
        });
        for (int i = from; i < end; i++) {
            FileReloader.Reloaded loaded = reloaded[i - from];
            if (loaded != null && loaded.problem() != null) {
                notifications.add(loaded.problem());
            }
            List<Document> part = new ArrayList<>();
            List<WantedDocument> wanted = outcomes.get(i).wanted();
            for (int w = 0; w < wanted.size(); w++) {
                Document tree = wanted.get(w).tree();
                if (tree == null && loaded != null && loaded.documents() != null) {
                    tree = loaded.documents().get(wanted.get(w).position());
                }
                if (needed[i - from][w] && tree != null) {
                    part.add(tree);
                }
            }
            parts[i - from] = part;
        }
        return parts;
    }

    /** Records the source lines of {@code findings} in the files of {@code documents}. */
    private static void record(SourceExcerpts excerpts, List<Document> documents, List<Finding> findings) {
        documents.stream()
                .map(Document::source)
                .distinct()
                .forEach(source -> ExcerptRecorder.record(
                        excerpts,
                        source,
                        findings,
                        documents.stream().filter(d -> d.source() == source).toList(),
                        0));
    }

    /** Runs a step of an inventory check: false, with the error reported, when it throws. */
    private static boolean guarded(InventoryCheck check, List<Notification> notifications, Runnable step) {
        try {
            step.run();
            return true;
        } catch (RuntimeException e) {
            notifications.add(new Notification(
                    true, null, "internal error in " + check.getClass().getSimpleName() + ": " + Failures.describe(e)));
            return false;
        }
    }
}
