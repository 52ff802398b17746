package dev.podlint.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Go program in {@code oracle/podpreset}, which applies PodPresets with the Kubernetes 1.19
 * admission plugin's own code: built once with {@code go build} into its {@code target/}, then run.
 */
final class PodPresetOracle {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path binary;
    private final Path work;
    private final long buildMillis;

    private PodPresetOracle(Path binary, Path work, long buildMillis) {
        this.binary = binary;
        this.work = work;
        this.buildMillis = buildMillis;
    }

    /** {@code go} on the PATH, if any. */
    static Optional<Path> go() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : List.of("go", "go.exe")) {
                Path candidate = Path.of(dir).resolve(name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Builds the oracle with {@code go}; {@code work} receives the logs of the build and the runs. */
    static PodPresetOracle build(Path go, Path repoRoot, Path work) throws IOException, InterruptedException {
        Path module = repoRoot.resolve("oracle/podpreset");
        Path binary = module.resolve("target/podpreset-oracle");
        Files.createDirectories(work);
        long start = System.nanoTime();
        // -mod=readonly: the build must not change go.mod or go.sum (GOFLAGS may say -mod=mod)
        run(
                new ProcessBuilder(go.toString(), "build", "-mod=readonly", "-o", binary.toString(), ".")
                        .directory(module.toFile()),
                work.resolve("go-build.log"),
                30);
        return new PodPresetOracle(binary, work, (System.nanoTime() - start) / 1_000_000);
    }

    long buildMillis() {
        return buildMillis;
    }

    /** Runs the oracle with {@code args}; one JSON object per Pod. */
    List<JsonNode> run(String name, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary.toString()));
        command.addAll(args);
        Path out = work.resolve(name + ".jsonl");
        run(new ProcessBuilder(command).redirectOutput(out.toFile()), work.resolve(name + ".log"), 10);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static void run(ProcessBuilder builder, Path log, int minutes) throws IOException, InterruptedException {
        builder.redirectError(log.toFile());
        if (builder.redirectOutput() == ProcessBuilder.Redirect.PIPE) {
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
        }
        Process process = builder.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(
                    String.join(" ", builder.command()) + ": no result after " + minutes + " minutes");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", builder.command()) + " failed (exit code "
                    + process.exitValue() + "):\n" + Files.readString(log));
        }
    }
}
