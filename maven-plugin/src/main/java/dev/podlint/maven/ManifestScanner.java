package dev.podlint.maven;

import dev.podlint.config.Glob;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the files of the configured folders that the include patterns select and no exclude
 * pattern drops, each pattern matched against the path relative to its folder. Hidden folders
 * (such as {@code .git}) are not entered; symbolic links are followed, loops are not.
 */
final class ManifestScanner {

    /** The files found, sorted within each folder, and what could not be read while looking. */
    record Result(List<Path> files, List<String> problems) {}

    private final List<Glob> includes;
    private final List<Glob> excludes;

    ManifestScanner(List<String> includes, List<String> excludes) {
        this.includes = parse(includes);
        this.excludes = parse(excludes);
    }

    Result scan(List<Path> folders) {
        Set<Path> files = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (Path folder : folders) {
            List<Path> found = new ArrayList<>();
            walk(folder, found, problems);
            found.sort(null);
            files.addAll(found);
        }
        return new Result(List.copyOf(files), List.copyOf(problems));
    }

    boolean selects(String relativePath) {
        return includes.stream().anyMatch(g -> g.matches(relativePath))
                && excludes.stream().noneMatch(g -> g.matches(relativePath));
    }

    private void walk(Path folder, List<Path> found, List<String> problems) {
        try {
            Files.walkFileTree(
                    folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            boolean hidden = !dir.equals(folder)
                                    && dir.getFileName().toString().startsWith(".");
                            return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            String relative = folder.relativize(file).toString().replace('\\', '/');
                            if (attrs.isRegularFile() && selects(relative)) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!(e instanceof FileSystemLoopException)) {
                                problems.add(
                                        file + ": cannot read (" + e.getClass().getSimpleName() + ")");
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(folder + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static List<Glob> parse(List<String> patterns) {
        if (patterns == null) {
            return List.of();
        }
        return patterns.stream()
                .map(String::trim)
                .filter(p -> !p.isEmpty())
                .map(Glob::of)
                .toList();
    }
}
