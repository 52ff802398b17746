package dev.podlint.config;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The include/exclude globs of the config file, relative to its folder: a file found in a folder is
 * linted when it matches an include glob (or there are none) and no exclude glob.
 */
public final class PathFilter implements Predicate<String> {

    private final Path workingDirectory;
    private final Path base;
    private final List<Glob> include;
    private final List<Glob> exclude;

    public PathFilter(Path workingDirectory, @Nullable Path base, List<String> include, List<String> exclude) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.base = base == null ? this.workingDirectory : base.toAbsolutePath().normalize();
        this.include = include.stream().map(PathFilter::glob).toList();
        this.exclude = exclude.stream().map(PathFilter::glob).toList();
    }

    private static Glob glob(String pattern) {
        return Glob.of(pattern);
    }

    /** @param displayPath a path as reported: relative to the working directory, or absolute */
    @Override
    public boolean test(String displayPath) {
        Path absolute = workingDirectory.resolve(displayPath).normalize();
        String relative = (absolute.startsWith(base) ? base.relativize(absolute) : absolute)
                .toString()
                .replace(java.io.File.separatorChar, '/');
        boolean included = include.isEmpty() || include.stream().anyMatch(m -> m.matches(relative));
        return included && exclude.stream().noneMatch(m -> m.matches(relative));
    }
}
