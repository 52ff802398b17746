package dev.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
    @Timeout(
            value = 5,
            unit = TimeUnit.MINUTES) // a guard against a hang (a bound that fails to hold), not a speed check
    void hostileInputsNextToAGoodFile() throws Exception {
        Files.writeString(dir.resolve("good.yaml"), GOOD_WITH_FINDING);
        Files.writeString(dir.resolve("bomb.yaml"), billionLaughs());
        Files.writeString(dir.resolve("deep.yaml"), "a: " + "[".repeat(200_000) + "]".repeat(200_000) + "\n");
        Files.writeString(dir.resolve("deep-block.yaml"), deepBlock(5000));
        Files.writeString(
                dir.resolve("long-line.yaml"),
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: long}\n" + "data: {v: \""
                        + "x".repeat(5 * 1024 * 1024) + "\"}\n");
        Files.write(dir.resolve("binary.yaml"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Files.write(
                dir.resolve("latin1.yaml"),
                "kind: ConfigMap\ndata: {a: caf\u00e9}\n".getBytes(StandardCharsets.ISO_8859_1));
        Path loop = dir.resolve("loop");
        Files.createDirectories(loop);
        Files.createSymbolicLink(loop.resolve("again"), loop);
        Map<String, String> before = hashes();

        CliRun run = CliRun.of("lint", "--no-color", dir.toString());

        // findings at the default threshold: 1. A symbolic link loop is a warning notification, no unread path.
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out() + run.err()).doesNotContain("Exception", "\tat ");
        assertThat(run.out()).contains("good.yaml:7:3: error duplicate-key");
        assertThat(run.out())
                .containsPattern("bomb.yaml:\\d+:\\d+: error yaml-syntax document contains excessive aliasing");
        assertThat(run.out()).containsPattern("deep.yaml:1:\\d+: error yaml-syntax nesting is deeper than 1000 levels");
        assertThat(run.out()).containsPattern("deep-block.yaml:\\d+:\\d+: error yaml-syntax nesting is deeper");
        assertThat(run.out()).contains("binary.yaml:1:1: error yaml-syntax binary file");
        assertThat(run.out()).contains("latin1.yaml:2:14: error yaml-syntax not valid UTF-8");
        // the 5 MiB line loads; the only finding is that a ConfigMap that size is over the API's 1 MiB
        assertThat(run.out())
                .containsOnlyOnce("long-line.yaml")
                .contains("long-line.yaml:4:7: error config-data-too-large the ConfigMap's values total 5242880 bytes");
        assertThat(run.err())
                .isEqualTo("podlint: " + loop.resolve("again") + ": symbolic link loop, not followed"
                        + System.lineSeparator());
        assertThat(hashes()).isEqualTo(before);
    }

    /**
     * A file the kernel refuses to open, next to a good one: exit 2 (a path that could not be read), one line
     * naming it on stderr, and the good file still linted. chmod 000 denies any user but root.
     */
    @Test
    void aFileWithoutReadPermissionIsAnErrorWhileTheOthersAreLinted() throws Exception {
        assumeFalse(
                new UnixSystem().getUid() == 0,
                "running as root, whom chmod 000 does not deny"
                        + " (aFileTheKernelRefusesToOpenIsAnErrorWhileTheOthersAreLinted covers the denial)");
        Path locked = dir.resolve("locked.yaml");
        Files.writeString(locked, GOOD_WITH_FINDING);
        Files.setPosixFilePermissions(locked, Set.of());
        try {
            assertDeniedNextToAGoodFile(locked);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /**
     * The same as root: a link named {@code locked.yaml} to a write-only sysfs attribute (a bus's
     * {@code uevent}), which the kernel refuses to open for reading whoever asks (EACCES), so the run
     * meets a real permission denial. Skipped where no such file exists (no Linux sysfs).
     */
    @Test
    void aFileTheKernelRefusesToOpenIsAnErrorWhileTheOthersAreLinted() throws Exception {
        Optional<Path> writeOnly = writeOnlySysfsFile();
        assumeTrue(writeOnly.isPresent(), "no write-only sysfs attribute (/sys/bus/*/uevent) here");
        Path locked = dir.resolve("locked.yaml");
        Files.createSymbolicLink(locked, writeOnly.get());
        assertDeniedNextToAGoodFile(locked);
    }

    private void assertDeniedNextToAGoodFile(Path locked) throws IOException {
        Path good = dir.resolve("good.yaml");
        Files.writeString(good, GOOD_WITH_FINDING);
        for (List<String> paths : List.of(List.of(dir.toString()), List.of(locked.toString(), good.toString()))) {
            List<String> args = new java.util.ArrayList<>(List.of("lint", "--no-color"));
            args.addAll(paths);
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err())
                    .isEqualTo("podlint: " + locked + ": cannot read: permission denied" + System.lineSeparator());
            assertThat(run.out()).contains("good.yaml:7:3: error duplicate-key").doesNotContain("locked.yaml");
        }
    }

    private static Optional<Path> writeOnlySysfsFile() throws IOException {
        Path bus = Path.of("/sys/bus");
        if (!Files.isDirectory(bus)) {
            return Optional.empty();
        }
        try (Stream<Path> buses = Files.list(bus)) {
            return buses.map(b -> b.resolve("uevent"))
                    .filter(RobustnessTest::refusesToOpen)
                    .findFirst();
        }
    }

    private static boolean refusesToOpen(Path file) {
        try (var in = Files.newInputStream(file)) {
            return false;
        } catch (AccessDeniedException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String billionLaughs() {
        StringBuilder sb =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            String p = "*" + (char) (c - 1);
            sb.append(c)
                    .append(": &")
                    .append(c)
                    .append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, p)))
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
                out.put(
                        f.getFileName().toString(),
                        HexFormat.of().formatHex(digest) + "@" + Files.getLastModifiedTime(f));
            }
        }
        return out;
    }
}
