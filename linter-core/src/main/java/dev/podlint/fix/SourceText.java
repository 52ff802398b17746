package dev.podlint.fix;

import dev.podlint.source.MappingNode;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.Span;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A file's text with the character offsets of the positions the parser reports (1-based lines, and
 * columns counted in code points). Every region a fixer edits is read back and compared with what
 * the tree says is there, so a position that does not match the text leads to no fix rather than to
 * a wrong one.
 */
public final class SourceText {

    private final String text;
    private final int[] lineStarts;

    public SourceText(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    public String text() {
        return text;
    }

    /** The line break the text uses: CR LF when it has one, else LF. */
    public String lineBreak() {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }

    /** The offset of a 1-based line and column, or -1 when the position is not in the text. */
    public int offset(int line, int column) {
        if (line < 1 || line > lineStarts.length) {
            return -1;
        }
        int at = lineStarts[line - 1];
        for (int c = 1; c < column; c++) {
            if (at >= text.length() || text.charAt(at) == '\n') {
                return -1;
            }
            at += Character.charCount(text.codePointAt(at));
        }
        return at;
    }

    /** The 1-based line and column (in code points) of {@code offset}. */
    public Span position(int offset) {
        int lineStart = lineStartOf(offset);
        int line = text.substring(0, lineStart).split("\n", -1).length;
        return Span.point(line, text.codePointCount(lineStart, offset) + 1);
    }

    /** The offset where the line holding {@code offset} starts. */
    public int lineStartOf(int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    /** The offset just after the line break ending the line that holds {@code offset} (or the text's end). */
    public int nextLineStart(int offset) {
        int newline = text.indexOf('\n', offset);
        return newline < 0 ? text.length() : newline + 1;
    }

    /** Whether only spaces stand between the start of the line and {@code offset}. */
    public boolean onlySpacesBefore(int offset) {
        for (int i = lineStartOf(offset); i < offset; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * What follows {@code offset} to the end of its line, if it is nothing but white space and an
     * optional comment (returned without its line break); null when anything else follows.
     */
    public @Nullable String restOfLineIfComment(int offset) {
        int end = text.indexOf('\n', offset);
        String rest = text.substring(offset, end < 0 ? text.length() : end);
        String stripped = rest.strip();
        return stripped.isEmpty() || stripped.startsWith("#") ? rest : null;
    }

    /** The range of a scalar written on one line, checked against its text; null if it cannot be edited safely. */
    public @Nullable Range scalar(ScalarNode node) {
        Span span = node.span();
        if (span.line() != span.endLine()) {
            return null;
        }
        int start = offset(span.line(), span.column());
        int end = offset(span.endLine(), span.endColumn());
        if (start < 0 || end < start) {
            return null;
        }
        String written = text.substring(start, end);
        if (node.plain()) {
            return written.equals(node.text()) ? new Range(start, end, start, end, '\0') : null;
        }
        if (written.length() >= 2
                && (written.charAt(0) == '"' || written.charAt(0) == '\'')
                && written.charAt(written.length() - 1) == written.charAt(0)
                && written.substring(1, written.length() - 1).equals(node.text())) {
            return new Range(start, end, start + 1, end - 1, written.charAt(0));
        }
        return null;
    }

    /** The range of a key of {@code mapping}, written plain on one line; null otherwise. */
    public @Nullable Range plainKey(MappingNode mapping, String key) {
        Span span = mapping.keySpan(key);
        if (span == null || span.line() != span.endLine()) {
            return null;
        }
        int start = offset(span.line(), span.column());
        int end = offset(span.endLine(), span.endColumn());
        if (start < 0 || end < start || !text.substring(start, end).equals(key)) {
            return null;
        }
        return new Range(start, end, start, end, '\0');
    }

    /**
     * Where a node is written: {@code [start, end)} with its quotes, {@code [innerStart, innerEnd)}
     * without them; {@code quote} is the quote character, or NUL for a plain scalar.
     */
    public record Range(int start, int end, int innerStart, int innerEnd, char quote) {}
}
