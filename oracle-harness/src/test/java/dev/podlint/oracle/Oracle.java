package dev.podlint.oracle;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The oracle binary: built from the repository's oracle/ with go, or given with
 * {@code -Dpodlint.oracle=PATH} (or the environment variable PODLINT_ORACLE). Without go (or without
 * oracle/go.mod) the harness is skipped, unless PODLINT_REQUIRE_TOOLS=1 (CI sets it; PODLINT_REQUIRE_ORACLE=1
 * is its former name) makes that a failure.
 */
final class Oracle {

    private final Path binary;

    private Oracle(Path binary) {
        this.binary = binary;
    }

    Path binary() {
        return binary;
    }

    /** The oracle to run, or a skip (JUnit assumption) / failure saying why there is none. */
    static Oracle locate(Path repoRoot) throws IOException, InterruptedException {
        String given = System.getProperty("podlint.oracle", System.getenv("PODLINT_ORACLE"));
        if (given != null && !given.isBlank()) {
            Path path = Path.of(given).toAbsolutePath();
            if (!Files.isExecutable(path)) {
                fail("the oracle binary given (podlint.oracle / PODLINT_ORACLE) is not executable: " + path);
            }
            return new Oracle(path);
        }
        Path go = onPath("go");
        unavailableUnless(go != null, "go is not on the PATH: the Kubernetes oracle cannot be built");
        Path source = repoRoot.resolve("oracle");
        unavailableUnless(Files.isRegularFile(source.resolve("go.mod")), "oracle/ has no go.mod yet: nothing to build");
        Path target = source.resolve("target").resolve("podlint-oracle");
        Files.createDirectories(target.getParent());
        Path log = Files.createTempFile("podlint-oracle-build", ".log");
        Process build = new ProcessBuilder(go.toString(), "build", "-o", target.toString(), ".")
                .directory(source.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!build.waitFor(30, TimeUnit.MINUTES)) {
            build.destroyForcibly();
            fail("go build of oracle/ took more than 30 minutes");
        }
        if (build.exitValue() != 0) {
            fail("go build of oracle/ failed:\n" + Files.readString(log));
        }
        Files.deleteIfExists(log);
        return new Oracle(target);
    }

    /** Skips the test (or, with PODLINT_REQUIRE_TOOLS=1, fails it) when {@code condition} is false. */
    static void unavailableUnless(boolean condition, String reason) {
        boolean required = "1".equals(System.getenv("PODLINT_REQUIRE_TOOLS"))
                || "1".equals(System.getenv("PODLINT_REQUIRE_ORACLE"));
        if (!condition && required) {
            fail(reason + " (PODLINT_REQUIRE_TOOLS=1: a missing tool is a failure)");
        }
        if (!condition) {
            System.out.println("oracle harness skipped: " + reason); // surefire shows no assumption message
        }
        assumeTrue(condition, reason);
    }

    private static Path onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, command);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** A started run over {@code paths} (one process for all), its JSON lines going to {@code output}. */
    Run start(List<Path> paths, Path output, Path errors) throws IOException {
        return start(List.of(), paths, output, errors);
    }

    /** A started run with oracle {@code flags} (such as --body) over {@code paths}. */
    Run start(List<String> flags, List<Path> paths, Path output, Path errors) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(flags);
        paths.forEach(p -> command.add(p.toAbsolutePath().normalize().toString()));
        Files.createDirectories(output.getParent());
        Process process = new ProcessBuilder(command)
                .redirectOutput(output.toFile())
                .redirectError(errors.toFile())
                .start();
        return new Run(process, output, errors);
    }

    record Run(Process process, Path output, Path errors) {

        /** Waits for the run and reads its objects; fails on a crash or a line that is no JSON object. */
        List<OracleObject> objects() throws IOException, InterruptedException {
            List<OracleObject> objects = new ArrayList<>();
            for (String line : lines()) {
                try {
                    objects.add(OracleObject.parse(line));
                } catch (RuntimeException e) {
                    fail("the oracle printed a line that is no object of the contract: " + tail(line) + "\n" + e);
                }
            }
            return objects;
        }

        /** Waits for the run and reads its output lines (one JSON object each); fails on a crash. */
        List<String> lines() throws IOException, InterruptedException {
            if (!process.waitFor(60, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("the oracle ran for more than 60 minutes");
            }
            if (process.exitValue() > 1) {
                fail("the oracle exited with " + process.exitValue() + ":\n"
                        + tail(Files.readString(errors, StandardCharsets.UTF_8)));
            }
            return Files.readAllLines(output, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .toList();
        }

        private static String tail(String s) {
            return s.length() > 4000 ? "..." + s.substring(s.length() - 4000) : s;
        }
    }
}
