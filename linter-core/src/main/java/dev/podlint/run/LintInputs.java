package dev.podlint.run;

import dev.podlint.config.LintOptions;
import dev.podlint.finding.Notification;
import dev.podlint.source.InputCollector;
import dev.podlint.source.InputFile;
import dev.podlint.source.NamedContent;
import dev.podlint.source.SkippedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Collects what a run lints: the files of its paths, contents in memory, and the {@code --preset} files. */
final class LintInputs {

    private LintInputs() {}

    /**
     * The files of {@code paths}; what was skipped, or that nothing was found, goes to {@code
     * notifications}, the files a folder walk left out to {@code left}.
     */
    static List<LintInput> ofPaths(
            LintOptions options,
            List<String> paths,
            InputStream stdin,
            List<Notification> notifications,
            List<SkippedFile> left) {
        InputCollector.Inputs inputs = options.inputCollector().collect(paths);
        left.addAll(inputs.left());
        inputs.skipped().forEach(s -> notifications.add(new Notification(s.error(), s.path(), s.reason())));
        if (inputs.noneFound()) {
            notifications.add(new Notification(
                    true, null, "no manifests (*.yaml, *.yml, *.json) found in " + String.join(", ", paths)));
        }

        long maxBytes = options.limits().maxFileBytes();
        List<Path> trees = lintedTrees(options.workingDirectory(), paths);
        return inputs.files().stream()
                .map(f -> new LintInput(
                        f.displayPath(),
                        () -> f.read(stdin, maxBytes),
                        false,
                        !f.isStdin(),
                        !linksOutside(f, trees),
                        f.walked()))
                .toList();
    }

    /** The real paths of the folders a run lints, and of its working directory. */
    private static List<Path> lintedTrees(Path workingDirectory, List<String> paths) {
        List<Path> trees = new ArrayList<>();
        for (Path path : Stream.concat(
                        Stream.of(workingDirectory),
                        paths.stream().filter(p -> !p.equals("-")).map(workingDirectory::resolve))
                .toList()) {
            try {
                if (Files.isDirectory(path)) {
                    trees.add(path.toRealPath());
                }
            } catch (IOException | SecurityException e) {
                // not a folder podlint can read: no file is found there either
            }
        }
        return trees;
    }

    /**
     * Whether a file is reached through a symbolic link that leads out of every linted folder
     * ({@code k8s/creds.json -> ~/.docker/config.json}): its findings are reported, its text never shown.
     */
    private static boolean linksOutside(InputFile file, List<Path> trees) {
        Path path = file.path();
        if (path == null) { // standard input
            return false;
        }
        try {
            Path real = path.toRealPath();
            return !real.equals(path.toAbsolutePath().normalize())
                    && trees.stream().noneMatch(real::startsWith);
        } catch (IOException | SecurityException e) {
            return true;
        }
    }

    static List<LintInput> ofContents(List<NamedContent> contents) {
        return contents.stream()
                .map(c -> new LintInput(c.displayPath(), c::bytes, false, true))
                .toList();
    }

    /**
     * PodPresets: the files of {@code --preset} paths that are not linted anyway. Only their
     * PodPresets are used, by the inventory checks; no document check runs on them. A preset file that
     * is also among the inputs (a staged version, say) is taken from the inputs.
     */
    static List<LintInput> presetOnly(LintOptions options, List<LintInput> linted, List<Notification> notifications) {
        if (options.presets().paths().isEmpty()) {
            return List.of();
        }
        InputCollector.Inputs presets = new InputCollector(options.workingDirectory())
                .collect(options.presets().paths());
        presets.skipped()
                .forEach(s -> notifications.add(new Notification(s.error(), s.path(), "--preset: " + s.reason())));
        Set<String> seen = new HashSet<>();
        linted.forEach(input -> seen.add(input.displayPath()));
        long maxBytes = options.limits().maxFileBytes();
        return presets.files().stream()
                .filter(f -> !f.isStdin() && seen.add(f.displayPath()))
                .map(f -> new LintInput(
                        f.displayPath(), () -> f.read(InputStream.nullInputStream(), maxBytes), true, true))
                .toList();
    }
}
