package dev.podlint.report;

/** Counts of a run. Suppressed findings are counted apart, not among errors/warnings/infos. */
public record Summary(int files, int documents, int errors, int warnings, int infos, int suppressed) {
}
