package dev.podlint;

import dev.podlint.finding.Notification;
import dev.podlint.source.Document;
import dev.podlint.source.ManifestLoader;
import java.io.IOException;
import java.util.List;

/** Loads a file again (the loader is deterministic) for the trees of its needed documents. */
final class FileReloader {

    private final ManifestLoader loader;

    FileReloader(ManifestLoader loader) {
        this.loader = loader;
    }

    /** Sets the trees of {@code outcome}'s needed documents, or its reload problem. */
    void loadAgain(LintInput input, FileOutcome outcome) {
        byte[] bytes = outcome.bytes;
        if (bytes == null) {
            try {
                bytes = input.content().read();
            } catch (IOException | RuntimeException e) {
                outcome.reloadProblem = new Notification(true, input.displayPath(),
                        "cannot read again for the PodPreset checks: " + Failures.describe(e));
                return;
            }
            if (!outcome.isLinted(bytes)) {
                outcome.reloadProblem = new Notification(true, input.displayPath(),
                        "changed while podlint ran; lint it again for its PodPreset findings");
                return;
            }
        }
        List<Document> documents = loader.load(input.displayPath(), bytes).documents();
        for (WantedDocument w : outcome.wanted) {
            if (w.needed && w.tree == null) {
                w.tree = documents.get(w.position);
            }
        }
    }
}
