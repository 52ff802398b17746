package dev.podlint.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Expands the paths a user gave into the files to lint: files as given, folders recursively
 * ({@code *.yaml}, {@code *.yml}, {@code *.json}, sorted), {@code -} for standard input. Symlinks
 * are followed, loops skipped; each file is listed once.
 */
public final class InputCollector {

    /** A path that could not be used, and why. {@code error} is false for harmless skips. */
    public record Skipped(String path, String reason, boolean error) {}

    /**
     * The inputs of a run.
     *
     * @param excluded display paths of files named explicitly that the filter left out (only with
     *                 {@code filterNamed}); not an error, so a run of only such files lints nothing
     * @param left files a folder walk found that {@link Discovery} leaves out by their place or name
     *             (a Helm chart's templates, a kustomization, podlint's own files), in walk order
     */
    public record Inputs(List<InputFile> files, List<Skipped> skipped, List<String> excluded, List<SkippedFile> left) {

        public Inputs(List<InputFile> files, List<Skipped> skipped, List<String> excluded) {
            this(files, skipped, excluded, List.of());
        }

        /** No manifest was found, and none was skipped or left out by the filter: the paths hold none. */
        public boolean noneFound() {
            return files.isEmpty() && skipped.isEmpty() && excluded.isEmpty() && left.isEmpty();
        }
    }

    private final Path workingDirectory;
    private final Predicate<String> included;
    private final boolean filterNamed;
    private boolean discover;
    private final Set<Path> ownFiles = new HashSet<>();

    /**
     * @param included    decides, from a file's display path, whether a file is linted (the config
     *                    file's include/exclude globs); it always applies to files found in folders
     * @param filterNamed whether it also applies to files named explicitly, which are otherwise always
     *                    linted ({@code --force-exclude}: pre-commit and the Maven plugin name every file)
     */
    public InputCollector(Path workingDirectory, Predicate<String> included, boolean filterNamed) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.included = included;
        this.filterNamed = filterNamed;
    }

    public InputCollector(Path workingDirectory, Predicate<String> included) {
        this(workingDirectory, included, false);
    }

    public InputCollector(Path workingDirectory) {
        this(workingDirectory, p -> true);
    }

    /**
     * A folder walk also leaves out what {@link Discovery} says is no manifest of a repository, and
     * {@code ownFiles} (the run's baseline, say); they are listed in {@link Inputs#left()}.
     */
    public InputCollector discovering(Collection<Path> own) {
        this.discover = true;
        own.forEach(p -> ownFiles.add(workingDirectory.resolve(p).normalize()));
        return this;
    }

    public Inputs collect(List<String> args) {
        Map<Path, InputFile> files = new LinkedHashMap<>();
        List<Skipped> skipped = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        List<SkippedFile> left = new ArrayList<>();
        Discovery discovery = new Discovery();
        boolean stdinSeen = false;
        for (String arg : args) {
            if (arg.equals("-")) {
                if (!stdinSeen) {
                    files.put(Path.of(InputFile.STDIN_NAME), InputFile.stdin()); // relative: never a real path key
                    stdinSeen = true;
                }
                continue;
            }
            Path path = workingDirectory.resolve(arg).normalize();
            if (Files.isDirectory(path)) {
                walk(path, files, skipped, discovery, left);
            } else if (Files.isRegularFile(path)) {
                if (filterNamed && !included.test(display(path))) {
                    excluded.add(display(path));
                } else if (filterNamed) {
                    addFound(path, files, discovery, left);
                } else {
                    add(path, files, false);
                }
            } else if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
                skipped.add(new Skipped(display(path), "broken symbolic link", true));
            } else if (Files.exists(path)) {
                skipped.add(new Skipped(display(path), "not a regular file", true));
            } else {
                skipped.add(new Skipped(arg, "no such file or directory", true));
            }
        }
        return new Inputs(List.copyOf(files.values()), skipped, List.copyOf(excluded), List.copyOf(left));
    }

    private void walk(
            Path root, Map<Path, InputFile> files, List<Skipped> skipped, Discovery discovery, List<SkippedFile> left) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(
                    root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            String name = dir.getFileName() == null
                                    ? ""
                                    : dir.getFileName().toString();
                            boolean hidden = !dir.equals(root) && name.startsWith(".") && name.length() > 1;
                            return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!isManifestName(file) || !included.test(display(file))) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attrs.isRegularFile()) {
                                found.add(file);
                            } else if (attrs.isSymbolicLink()) {
                                // the walk follows links: a link's own attributes mean its target is missing
                                skipped.add(new Skipped(display(file), "broken symbolic link, skipped", false));
                            } else if (!attrs.isDirectory()) {
                                skipped.add(new Skipped(
                                        display(file),
                                        "not a regular file (a FIFO, device or socket), skipped",
                                        false));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof FileSystemLoopException) {
                                skipped.add(new Skipped(display(file), "symbolic link loop, not followed", false));
                            } else if (e instanceof AccessDeniedException) {
                                skipped.add(new Skipped(display(file), "permission denied", true));
                            } else if (e instanceof NoSuchFileException) {
                                skipped.add(new Skipped(display(file), "broken symbolic link", false));
                            } else {
                                skipped.add(new Skipped(display(file), String.valueOf(e.getMessage()), true));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            skipped.add(new Skipped(display(root), String.valueOf(e.getMessage()), true));
        }
        found.sort(Comparator.comparing(Path::toString));
        for (Path file : found) {
            addFound(file, files, discovery, left);
        }
    }

    /** A file found in a folder walk, or named with {@code filterNamed} (pre-commit, the Maven plugin). */
    private void addFound(Path file, Map<Path, InputFile> files, Discovery discovery, List<SkippedFile> left) {
        SkipReason reason = discover ? skipReason(file, discovery) : null;
        if (reason == null) {
            add(file, files, true);
        } else {
            left.add(new SkippedFile(display(file), reason));
        }
    }

    private @Nullable SkipReason skipReason(Path file, Discovery discovery) {
        if (ownFiles.contains(file.toAbsolutePath().normalize())) {
            return SkipReason.PODLINT_FILE;
        }
        return discovery.byName(file);
    }

    private void add(Path file, Map<Path, InputFile> files, boolean walked) {
        Path key;
        try {
            key = file.toRealPath();
        } catch (IOException e) {
            key = file;
        }
        files.putIfAbsent(key, new InputFile(file, display(file), walked));
    }

    /** Whether a folder walk picks this file: *.yaml, *.yml or *.json, in any case. */
    public static boolean isManifestName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /** Relative to the working directory when below it, with '/' separators. */
    public String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }
}
