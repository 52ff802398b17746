package dev.podlint.report;

import dev.podlint.source.SkippedFile;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Counts of a run. Suppressed findings are counted apart, not among errors/warnings/infos.
 *
 * @param skipped paths met in a folder walk or named that were not linted (broken links, FIFOs, devices, ...)
 * @param leftOut findings not listed because their rule had reached the cap in their file
 * @param config  the config file in force, as shown to the user; null when there is none
 * @param skippedFiles the files a folder walk found and left out (Helm chart sources, kustomizations,
 *                podlint's own files, files that are not Kubernetes), by path
 */
public record Summary(
        int files,
        int documents,
        int errors,
        int warnings,
        int infos,
        int suppressed,
        int skipped,
        long leftOut,
        @Nullable String config,
        List<SkippedFile> skippedFiles) {

    public Summary {
        skippedFiles = List.copyOf(skippedFiles);
    }

    public Summary(int files, int documents, int errors, int warnings, int infos, int suppressed) {
        this(files, documents, errors, warnings, infos, suppressed, 0, 0, null, List.of());
    }
}
