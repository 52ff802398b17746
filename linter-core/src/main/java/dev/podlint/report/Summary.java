package dev.podlint.report;

import org.jspecify.annotations.Nullable;

/**
 * Counts of a run. Suppressed findings are counted apart, not among errors/warnings/infos.
 *
 * @param skipped paths met in a folder walk or named that were not linted (broken links, FIFOs, devices, ...)
 * @param leftOut findings not listed because their rule had reached the cap in their file
 * @param config  the config file in force, as shown to the user; null when there is none
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
        @Nullable String config) {

    public Summary(int files, int documents, int errors, int warnings, int infos, int suppressed) {
        this(files, documents, errors, warnings, infos, suppressed, 0, 0, null);
    }
}
