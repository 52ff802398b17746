package dev.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs linted together with a good file: each run ends, reports the hostile file clearly,
 * still reports the good file's finding, prints no stack trace and changes no input.
 */
class RobustnessTest {

    @TempDir
    Path dir;

    private static final String GOOD_WITH_FINDING = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: good
            data:
              k: "1"
              k: "2"
            """;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a guard against a hang (a bound that fails to hold), not a speed check
    void hostileInputsNextToAGoodFile() throws Exception {
        Files.writeString(dir.resolve("good.yaml"), GOOD_WITH_FINDING);
        Files.writeString(dir.resolve("bomb.yaml"), billionLaughs());
        Files.writeString(dir.resolve("deep.yaml"), "a: " + "[".repeat(200_000) + "]".repeat(200_000) + "\n");
        Files.writeString(dir.resolve("deep-block.yaml"), deepBlock(5000));
        Files.writeString(dir.resolve("long-line.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: long}\n"
                + "data: {v: \"" + "x".repeat(5 * 1024 * 1024) + "\"}\n");
        Files.write(dir.resolve("binary.yaml"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Files.write(dir.resolve("latin1.yaml"), "kind: ConfigMap\ndata: {a: caf\u00e9}\n".getBytes(StandardCharsets.ISO_8859_1));
        Path loop = dir.resolve("loop");
        Files.createDirectories(loop);
        Files.createSymbolicLink(loop.resolve("again"), loop);
        Map<String, String> before = hashes();

        CliRun run = CliRun.of("lint", "--no-color", dir.toString());

        assertThat(run.exitCode()).isIn(1, 2);
        assertThat(run.out() + run.err()).doesNotContain("Exception", "\tat ");
        assertThat(run.out()).contains("good.yaml:7:3: error duplicate-key");
        assertThat(run.out()).containsPattern("bomb.yaml:\\d+:\\d+: error yaml-syntax document contains excessive aliasing");
        assertThat(run.out()).containsPattern("deep.yaml:1:\\d+: error yaml-syntax nesting is deeper than 1000 levels");
        assertThat(run.out()).containsPattern("deep-block.yaml:\\d+:\\d+: error yaml-syntax nesting is deeper");
        assertThat(run.out()).contains("binary.yaml:1:1: error yaml-syntax binary file");
        assertThat(run.out()).contains("latin1.yaml:2:14: error yaml-syntax not valid UTF-8");
        // the 5 MiB line loads; the only finding is that a ConfigMap that size is over the API's 1 MiB
        assertThat(run.out()).containsOnlyOnce("long-line.yaml")
                .contains("long-line.yaml:4:7: error config-data-too-large the ConfigMap's values total 5242880 bytes");
        assertThat(run.err()).contains("symbolic link loop");
        assertThat(hashes()).isEqualTo(before);
    }

    private static String billionLaughs() {
        StringBuilder sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            String p = "*" + (char) (c - 1);
            sb.append(c).append(": &").append(c).append(" [").append(String.join(",", java.util.Collections.nCopies(9, p)))
                    .append("]\n");
        }
        return sb.toString();
    }

    private static String deepBlock(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append(" ".repeat(i)).append("k:\n");
        }
        return sb.toString();
    }

    private Map<String, String> hashes() throws IOException, NoSuchAlgorithmException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir, 1)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
                out.put(f.getFileName().toString(), HexFormat.of().formatHex(digest) + "@" + Files.getLastModifiedTime(f));
            }
        }
        return out;
    }
}
