package dev.podlint.report;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The source lines that findings point at, kept (already redacted) so reports can show them after
 * the files' text has been dropped, with where the masks went, so that carets still point at the
 * node in the masked line.
 */
public final class SourceExcerpts {

    /**
     * @param masks per mask, three numbers: where it starts and ends in the source line (0-based,
     *              end exclusive) and its length in {@code text}; left to right
     */
    @SuppressWarnings("ArrayRecordComponent") // private; never compared or hashed
    private record Excerpt(String text, int[] masks) {}

    private static final int[] NO_MASKS = {};

    private final Map<String, Map<Integer, Excerpt>> lines = new ConcurrentHashMap<>();
    private final boolean recording;

    public SourceExcerpts() {
        this(true);
    }

    private SourceExcerpts(boolean recording) {
        this.recording = recording;
    }

    /** Excerpts that keep no line: for a report no format will show them in. */
    public static SourceExcerpts none() {
        return new SourceExcerpts(false);
    }

    /** Whether lines put here are kept. */
    boolean recording() {
        return recording;
    }

    public void put(String file, int line, String text) {
        put(file, line, text, NO_MASKS);
    }

    void put(String file, int line, String text, int[] masks) {
        if (!recording) {
            return;
        }
        lines.computeIfAbsent(file, f -> new ConcurrentHashMap<>()).put(line, new Excerpt(text, masks));
    }

    /** Keeps the line of {@code file} kept at {@code line} under {@code alias} too. */
    public void copy(String file, int line, String alias) {
        Excerpt excerpt = excerpt(file, line);
        if (excerpt != null) {
            put(alias, line, excerpt.text(), excerpt.masks());
        }
    }

    /** The line's text, or null when it was not kept. */
    public @Nullable String line(String file, int line) {
        Excerpt excerpt = excerpt(file, line);
        return excerpt == null ? null : excerpt.text();
    }

    /**
     * Where a 0-based column of the source line is in the kept text: shifted by the masks before it,
     * and at the start of a mask it falls into.
     */
    public int column(String file, int line, int sourceColumn) {
        Excerpt excerpt = excerpt(file, line);
        if (excerpt == null) {
            return sourceColumn;
        }
        int shift = 0;
        int[] masks = excerpt.masks();
        for (int i = 0; i < masks.length; i += 3) {
            int from = masks[i];
            int to = masks[i + 1];
            if (sourceColumn < from) {
                break;
            }
            if (sourceColumn < to) {
                return from + shift;
            }
            shift += masks[i + 2] - (to - from);
        }
        return sourceColumn + shift;
    }

    private @Nullable Excerpt excerpt(String file, int line) {
        Map<Integer, Excerpt> ofFile = lines.get(file);
        return ofFile == null ? null : ofFile.get(line);
    }
}
