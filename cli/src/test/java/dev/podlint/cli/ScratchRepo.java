package dev.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A git repository in a temporary folder, git run in it as a user would (without their global
 * configuration), and a podlint command that runs this build's classes the way bin/podlint runs the jar.
 */
record ScratchRepo(Path dir, Path podlint) {

    record Result(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    /** Skips the test (assumption) when git is missing. */
    static ScratchRepo create(Path tmp) throws IOException, InterruptedException {
        RequiredTools.presentOrSkip(gitAvailable(), "git is not installed");
        ScratchRepo repo = new ScratchRepo(Files.createDirectories(tmp.resolve("repo")), podlintUnderTest(tmp));
        repo.git("init", "-q");
        repo.git("config", "user.name", "Hook Test");
        repo.git("config", "user.email", "hook-test@podlint.invalid");
        repo.git("config", "commit.gpgsign", "false");
        return repo;
    }

    Result git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        return run(dir, command);
    }

    /** Runs a command in {@code cwd} with git's user configuration shut out and no colours. */
    static Result run(Path cwd, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
        Map<String, String> env = builder.environment();
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_CONFIG_GLOBAL", "/dev/null");
        env.put("NO_COLOR", "1");
        File errFile = File.createTempFile("scratch-repo", ".err");
        try {
            builder.redirectError(errFile);
            Process process = builder.start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(process.waitFor(120, TimeUnit.SECONDS))
                    .as(String.join(" ", command) + " finished")
                    .isTrue();
            return new Result(process.exitValue(), out, Files.readString(errFile.toPath()));
        } finally {
            Files.deleteIfExists(errFile.toPath());
        }
    }

    static boolean gitFailsIn(Path dir) throws IOException {
        try {
            return new ProcessBuilder("git", "-C", dir.toString(), "rev-parse")
                            .start()
                            .waitFor()
                    != 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean gitAvailable() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** A podlint command running this build's classes, as the launcher runs the jar. */
    private static Path podlintUnderTest(Path tmp) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path script = Files.createDirectories(tmp.resolve("bin")).resolve("podlint");
        Files.writeString(
                script,
                "#!/bin/sh\nexec " + HookScript.quote(java.toString()) + " -cp " + HookScript.quote(classpath)
                        + " dev.podlint.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
