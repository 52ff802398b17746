package dev.podlint.cli;

import dev.podlint.config.UsageException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs git in a folder. The environment is inherited on purpose: inside a hook, git's
 * {@code GIT_INDEX_FILE} (set by {@code git commit -a} or {@code git commit PATH}) must reach the
 * commands that read the index.
 */
final class Git {

    /** Reads a git command's standard output while it runs. */
    @FunctionalInterface
    interface OutputReader<T> {
        T read(InputStream stdout) throws IOException;
    }

    private final Path directory;

    Git(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    /** The output of a command, without its final newline. */
    String text(String... args) {
        String out = new String(run(null, in -> in.readAllBytes(), args), StandardCharsets.UTF_8);
        return out.endsWith("\n") ? out.substring(0, out.length() - 1) : out;
    }

    /**
     * Runs git with {@code stdin} (null: none) fed from another thread, so that a command that answers
     * as it reads (cat-file --batch) cannot block on a full pipe.
     */
    <T> T run(byte[] stdin, OutputReader<T> reader, String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).start();
        } catch (IOException e) {
            throw new UsageException("cannot run git (" + e.getMessage() + "); git must be on the PATH");
        }
        CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        CompletableFuture<Void> feeder = CompletableFuture.runAsync(() -> feed(process.getOutputStream(), stdin));
        T result;
        try (InputStream out = process.getInputStream()) {
            result = reader.read(out);
            out.transferTo(OutputStream.nullOutputStream());
            int code = process.waitFor();
            feeder.join();
            if (code != 0) {
                String message = new String(stderr.join(), StandardCharsets.UTF_8).strip();
                throw new UsageException("git " + args[0] + " failed in " + directory + ": "
                        + (message.isEmpty()
                                ? "exit code " + code
                                : message.lines().findFirst().orElse("")));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the output of git " + args[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running git", e);
        } finally {
            process.destroy();
        }
    }

    private static void feed(OutputStream in, byte[] bytes) {
        try (in) {
            if (bytes != null) {
                in.write(bytes);
            }
        } catch (IOException e) {
            // git exited early; its exit code tells why.
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
