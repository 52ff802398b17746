package dev.podlint.run;

import java.io.IOException;

/**
 * A file to lint: its display path and how to read it (from disk, stdin or memory), read in
 * parallel. {@code presetOnly} files only contribute their PodPresets; a {@code rereadable} one
 * can be read again (not stdin).
 */
record LintInput(String displayPath, Content content, boolean presetOnly, boolean rereadable) {

    @FunctionalInterface
    interface Content {
        byte[] read() throws IOException;
    }
}
