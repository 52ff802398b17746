package dev.podlint.cli;

import dev.podlint.config.AtomicFile;
import dev.podlint.config.LintOptions;
import dev.podlint.config.ReadFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The file a command writes with {@code --output} instead of stdout: never a file the run reads. */
final class OutputFile {

    private OutputFile() {}

    /**
     * podlint never writes to what it reads: a usage error when {@code output} is an input, a PodPreset,
     * a CRD, a rule file, a schema, the config file or the baseline, by any path or hard link.
     */
    static void refuseInputs(Path output, LintOptions options, List<String> inputs) {
        refuseInputs(output, "--output", options, inputs);
    }

    /** As {@link #refuseInputs(Path, LintOptions, List)}, the output named by {@code what} in the message. */
    static void refuseInputs(Path output, String what, LintOptions options, List<String> inputs) {
        if (output != null) {
            ReadFiles.of(options, inputs).refuse(output, what);
        }
    }

    /** Writes {@code output} whole or not at all, its folder created when missing. */
    static void write(Path output, AtomicFile.Content content) throws IOException {
        AtomicFile.write(output, content);
    }
}
