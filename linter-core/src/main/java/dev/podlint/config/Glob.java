package dev.podlint.config;

import java.io.File;
import org.codehaus.plexus.util.MatchPattern;

/**
 * An include/exclude glob, in the Ant dialect Maven's own plugins use (plexus-utils'
 * {@link MatchPattern}), matched against a path relative to its base with '/' separators:
 * {@code *} and {@code ?} stay within one name, {@code **} spans zero or more folders (so
 * {@code **}{@code /*.yaml} matches a top-level {@code app.yaml}), and a glob ending in '/' matches
 * everything below that folder. Ant's matcher does not backtrack: time stays polynomial in the
 * path however many {@code *} a glob has. {@code %regex[...]} globs are refused, as Java's regular
 * expressions backtrack.
 */
public final class Glob {

    private final String text;
    private final MatchPattern pattern;

    private Glob(String text, MatchPattern pattern) {
        this.text = text;
        this.pattern = pattern;
    }

    /**
     * Parses {@code glob}.
     *
     * @throws UsageException when the glob is empty or a {@code %regex[...]} pattern
     */
    public static Glob of(String glob) {
        String text = glob.trim();
        if (text.isEmpty()) {
            throw new UsageException("empty glob in include/exclude");
        }
        if (text.startsWith("%regex[")) {
            throw new UsageException("invalid glob '" + glob + "' in include/exclude: %regex[...] is not supported");
        }
        String ant = text.replace('\\', '/');
        if (ant.endsWith("/")) {
            ant = ant + "**";
        }
        return new Glob(text, MatchPattern.fromString(ant.replace('/', File.separatorChar)));
    }

    /**
     * Whether the glob matches {@code path}.
     *
     * @param path relative, with '/' separators
     */
    public boolean matches(String path) {
        return pattern.matchPath(path.replace('/', File.separatorChar), true);
    }

    @Override
    public String toString() {
        return text;
    }
}
