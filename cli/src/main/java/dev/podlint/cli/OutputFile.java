package dev.podlint.cli;

import dev.podlint.config.UsageException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The file a command writes with {@code --output} instead of stdout: never one of its inputs. */
final class OutputFile {

    private OutputFile() {
    }

    /** podlint never writes to its inputs: a usage error when {@code output} is one of them. */
    static void refuseInputs(Path output, List<String> inputs) throws IOException {
        if (output == null || !Files.exists(output)) {
            return;
        }
        for (String input : inputs) {
            Path path = Path.of(input);
            if (!input.equals("-") && Files.exists(path) && Files.isSameFile(path, output)) {
                throw new UsageException("--output " + output + " is one of the inputs; refusing to overwrite it");
            }
        }
    }

    /** A UTF-8 writer on {@code output}, its folder created when missing. */
    static Writer open(Path output) throws IOException {
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8);
    }
}
