package dev.podlint.config;

import dev.podlint.source.InputCollector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The files a run reads: its inputs, PodPresets and CRDs, the config file, rule files, schema folders
 * and the baseline. A file written by the run (a report, merged Pods) must be none of them, whatever
 * path leads to it: compared by file identity (device and inode), so symbolic links, {@code ..} and
 * hard links are all seen through.
 */
public final class ReadFiles {

    private record Root(Path path, Predicate<Path> picks) {}

    private final List<Root> roots = new ArrayList<>();

    private ReadFiles() {}

    /**
     * The files to read for these inputs.
     *
     * @param inputs the paths as given (files or folders, relative to the working directory; "-" is stdin)
     */
    public static ReadFiles of(LintOptions options, List<String> inputs) {
        ReadFiles files = new ReadFiles();
        Path base = options.workingDirectory();
        Predicate<Path> manifests = InputCollector::isManifestName;
        for (String input : inputs) {
            if (!input.equals("-")) {
                files.roots.add(new Root(base.resolve(input), manifests));
            }
        }
        options.presets().paths().forEach(p -> files.roots.add(new Root(base.resolve(p), manifests)));
        options.schema().crdPaths().forEach(p -> files.roots.add(new Root(base.resolve(p), manifests)));
        options.rules().directories().forEach(p -> files.roots.add(new Root(base.resolve(p), ReadFiles::yaml)));
        options.schema().schemaLocations().forEach(p -> files.roots.add(new Root(base.resolve(p), ReadFiles::json)));
        if (options.config().file() != null) {
            files.roots.add(new Root(base.resolve(options.config().file()), p -> true));
        }
        if (options.baseline() != null) {
            files.roots.add(new Root(base.resolve(options.baseline()), p -> true));
        }
        return files;
    }

    /**
     * A usage error when {@code output} is a file the run reads.
     *
     * @param what how the user named the output, for the message ({@code --output}, {@code formats})
     */
    public void refuse(Path output, String what) {
        Path read = find(output);
        if (read != null) {
            throw new UsageException(what + " " + output + " is " + (read.equals(output) ? "" : read + ", ")
                    + "a file this run reads; refusing to overwrite it");
        }
    }

    /** The read file that is the same file as {@code output}, or null (also when {@code output} does not exist). */
    public @Nullable Path find(Path output) {
        Object key = keyOf(output);
        if (key == null) {
            return null;
        }
        for (Root root : roots) {
            Path found = search(root, key);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static @Nullable Path search(Root root, Object key) {
        if (!Files.isDirectory(root.path())) {
            return key.equals(keyOf(root.path())) ? root.path() : null;
        }
        Path[] found = new Path[1];
        try {
            Files.walkFileTree(
                    root.path(),
                    EnumSet.of(FileVisitOption.FOLLOW_LINKS),
                    Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            // hidden folders (.git, ...) are never walked for input, so nothing there is read
                            String name = dir.getFileName() == null
                                    ? ""
                                    : dir.getFileName().toString();
                            boolean hidden = !dir.equals(root.path()) && name.startsWith(".") && name.length() > 1;
                            return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && root.picks().test(file) && key.equals(identity(file, attrs))) {
                                found[0] = file;
                                return FileVisitResult.TERMINATE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            return FileVisitResult
                                    .CONTINUE; // loops, dangling links: the run reads nothing there either
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found[0];
    }

    /** The file's identity (device and inode where the file system has them), or null when it does not exist. */
    private static @Nullable Object keyOf(Path path) {
        try {
            return identity(path, Files.readAttributes(path, BasicFileAttributes.class));
        } catch (IOException e) {
            return null;
        }
    }

    private static Object identity(Path path, BasicFileAttributes attrs) {
        if (attrs.fileKey() != null) {
            return attrs.fileKey();
        }
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return Objects.toString(path.toAbsolutePath().normalize());
        }
    }

    private static boolean yaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static boolean json(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }
}
