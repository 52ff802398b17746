package dev.podlint.report;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The source lines that findings point at, kept (already redacted) so reports can show them after
 * the files' text has been dropped.
 */
public final class SourceExcerpts {

    private final Map<String, Map<Integer, String>> lines = new ConcurrentHashMap<>();

    public void put(String file, int line, String text) {
        lines.computeIfAbsent(file, f -> new ConcurrentHashMap<>()).put(line, text);
    }

    /** The line's text, or null when it was not kept. */
    public @Nullable String line(String file, int line) {
        Map<Integer, String> ofFile = lines.get(file);
        return ofFile == null ? null : ofFile.get(line);
    }
}
