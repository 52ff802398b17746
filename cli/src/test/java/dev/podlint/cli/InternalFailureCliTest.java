package dev.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real JVM error: podlint in its own JVM with a small heap, on a file too large for it next to a
 * small one. The run ends with exit 2 and one line per problem on stderr (no stack trace), and the
 * small file's findings are still reported.
 */
class InternalFailureCliTest {

    @TempDir
    Path dir;

    @Test
    void outOfMemoryIsExit2WithOneLineAndTheOtherFilesReported() throws Exception {
        try (Writer out = Files.newBufferedWriter(dir.resolve("huge.yaml"), StandardCharsets.UTF_8)) {
            out.write("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: huge}\ndata:\n");
            for (int i = 0; i < 400_000; i++) {
                out.write("  k" + i + ": value-" + i + "\n");
            }
        }
        Files.writeString(
                dir.resolve("small.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: s}\ndata: {'a b': v}\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "-Xmx48m",
                        "-XX:ActiveProcessorCount=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "lint",
                        "--no-color",
                        "huge.yaml",
                        "small.yaml")
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        int exit = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> process.waitFor());
        String err = Files.readString(dir.resolve("err.txt"));
        List<String> errLines = err.lines().toList();
        assertThat(exit).as(err).isEqualTo(2);
        assertThat(errLines).as(err).isNotEmpty().allMatch(line -> line.startsWith("podlint: "));
        assertThat(err).contains("huge.yaml: ").contains("out of memory").doesNotContain("\tat ");
        assertThat(Files.readString(dir.resolve("out.txt")))
                .contains("small.yaml:4:")
                .contains("config-key-invalid");
    }

    @Test
    void theVerboseSummaryNamesTheConfigFile() throws IOException {
        Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");
        CliRun run = CliRun.of(
                "lint", "--verbose", "--no-color", dir.resolve("cm.yaml").toString());
        assertThat(run.out()).containsPattern("(?m)^podlint: no problems in 1 file \\(1 document\\); config: .+$");
    }
}
