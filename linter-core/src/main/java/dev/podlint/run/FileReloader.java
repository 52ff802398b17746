package dev.podlint.run;

import dev.podlint.finding.Notification;
import dev.podlint.source.Document;
import dev.podlint.source.ManifestLoader;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Loads a file again (the loader is deterministic) for the trees of its needed documents. */
final class FileReloader {

    /** A file loaded again: its documents, or why they could not be had (then null). */
    record Reloaded(
            @Nullable List<Document> documents, @Nullable Notification problem) {}

    private final ManifestLoader loader;

    FileReloader(ManifestLoader loader) {
        this.loader = loader;
    }

    Reloaded loadAgain(LintInput input, Reload reload) {
        byte[] bytes = reload.bytes();
        if (bytes == null) {
            try {
                bytes = input.content().read();
            } catch (IOException | RuntimeException e) {
                return new Reloaded(
                        null,
                        new Notification(
                                true,
                                input.displayPath(),
                                "cannot read again for the PodPreset checks: " + Failures.describe(e)));
            }
            if (!reload.isLinted(bytes)) {
                return new Reloaded(
                        null,
                        new Notification(
                                true,
                                input.displayPath(),
                                "changed while podlint ran; lint it again for its PodPreset findings"));
            }
        }
        return new Reloaded(loader.load(input.displayPath(), bytes).documents(), null);
    }
}
