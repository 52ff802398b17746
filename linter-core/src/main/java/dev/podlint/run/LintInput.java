package dev.podlint.run;

import java.io.IOException;

/**
 * A file to lint: its display path and how to read it (from disk, stdin or memory), read in
 * parallel. {@code presetOnly} files only contribute their PodPresets; a {@code rereadable} one
 * can be read again (not stdin). The source lines of a file that is not {@code sourceShown} (reached
 * through a symbolic link to outside the linted folders) never appear in a report. A {@code walked}
 * file (found in a folder walk) that is plainly not Kubernetes is left out.
 */
record LintInput(
        String displayPath,
        Content content,
        boolean presetOnly,
        boolean rereadable,
        boolean sourceShown,
        boolean walked) {

    LintInput(String displayPath, Content content, boolean presetOnly, boolean rereadable) {
        this(displayPath, content, presetOnly, rereadable, true, false);
    }

    @FunctionalInterface
    interface Content {
        byte[] read() throws IOException;
    }
}
