package dev.podlint.fix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which files a fix may write: regular files among the inputs, reached without a symbolic link and
 * lying inside a tree the command line named. Anything else is left alone, with the reason.
 */
public final class FixTargets {

    private final Path workingDirectory;
    private final List<Path> trees = new ArrayList<>();

    public FixTargets(Path workingDirectory, List<String> paths) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        for (String path : paths) {
            if (path.equals("-")) {
                continue;
            }
            try {
                trees.add(this.workingDirectory.resolve(path).toRealPath());
            } catch (IOException e) {
                // an unreadable path is the lint's notification; nothing under it is written
            }
        }
    }

    /** The file shown as {@code displayPath}. */
    public Path resolve(String displayPath) {
        return workingDirectory.resolve(displayPath).normalize();
    }

    /** Why the file shown as {@code displayPath} may not be written, or null when it may. */
    public @Nullable String refusal(String displayPath) {
        Path file = resolve(displayPath);
        if (Files.isSymbolicLink(file)) {
            return "a symbolic link";
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return "not a regular file";
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            return "cannot be resolved";
        }
        return trees.stream().anyMatch(real::startsWith) ? null : "outside the paths given";
    }
}
