package dev.podlint.source;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A file's decoded text, with the path shown to users. The text is held only while its file is
 * being checked.
 */
public final class SourceFile {

    private final String displayPath;
    private final String text;
    private int @Nullable [] lineStarts;
    /** Per YAML piece (a document's index), what its parse found: its length in characters, and whether it uses aliases. */
    private final int[] pieceLengths;

    private final boolean[] pieceAliases;

    /** A text whose pieces are unknown (not parsed by {@link ManifestLoader}). */
    public SourceFile(String displayPath, String text) {
        this(displayPath, text, new int[0], new boolean[0]);
    }

    SourceFile(String displayPath, String text, int[] pieceLengths, boolean[] pieceAliases) {
        this.displayPath = displayPath;
        this.text = text;
        this.pieceLengths = pieceLengths;
        this.pieceAliases = pieceAliases;
    }

    /** The path as reports print it: relative to the working directory when below it, '/'-separated. */
    public String displayPath() {
        return displayPath;
    }

    public String text() {
        return text;
    }

    /** The number of characters of the piece of text document {@code index} was read from; the whole text's when unknown. */
    public int pieceLength(int index) {
        return index < pieceLengths.length ? pieceLengths[index] : text.length();
    }

    /**
     * Whether the piece document {@code index} was read from uses YAML aliases (then a short text can
     * stand for a large tree); true when unknown.
     */
    public boolean pieceAliased(int index) {
        return index >= pieceAliases.length || pieceAliases[index];
    }

    public int lineCount() {
        return lineStarts().length;
    }

    /** Line {@code n} (1-based) without its line break, or "" past the end. */
    public String line(int n) {
        int[] starts = lineStarts();
        if (n < 1 || n > starts.length) {
            return "";
        }
        int start = starts[n - 1];
        int end = n < starts.length ? starts[n] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            lineStarts = text.indexOf('\r') < 0 ? newlineStarts() : anyBreakStarts();
        }
        return lineStarts;
    }

    /** The common case, text with '\n' breaks only: found with indexOf, much faster than char by char. */
    private int[] newlineStarts() {
        int[] starts = new int[16];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i + 1 < text.length(); i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return Arrays.copyOf(starts, count);
    }

    private int[] anyBreakStarts() {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineBreak && i + 1 < text.length()) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    @Override
    public String toString() {
        return displayPath;
    }
}
