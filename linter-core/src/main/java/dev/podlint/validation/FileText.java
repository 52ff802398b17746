package dev.podlint.validation;

import dev.podlint.source.Document;
import dev.podlint.source.SourceFile;
import dev.podlint.source.Span;
import java.lang.ref.WeakReference;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * What a file's text says about the size of its documents, found once per file (files are checked
 * one at a time per thread, document after document): how many characters a document spans, and
 * whether the file may use YAML aliases (then a short text can stand for a large object).
 */
final class FileText {

    private static final ThreadLocal<FileText> LAST = new ThreadLocal<>();

    private final WeakReference<SourceFile> file;
    private final int length;
    private final boolean anchors;
    private int @Nullable [] lineStarts;

    private FileText(SourceFile file) {
        this.file = new WeakReference<>(file);
        this.length = file.text().length();
        this.anchors = hasAnchor(file.text());
    }

    static FileText of(Document document) {
        SourceFile source = document.source();
        FileText last = LAST.get();
        if (last == null || last.file.get() != source) {
            last = new FileText(source);
            LAST.set(last);
        }
        return last;
    }

    int length() {
        return length;
    }

    boolean mayHaveAliases() {
        return anchors;
    }

    /** The number of characters of the lines {@code span} covers. */
    long length(Span span) {
        return Math.max(0, offset(span.endLine() + 1) - offset(span.line()));
    }

    private int offset(int line) {
        if (line <= 1) {
            return 0;
        }
        int[] starts = lineStarts();
        return line - 1 < starts.length ? starts[line - 1] : length;
    }

    /** Where each line starts, found on first use: only files too long to bound by their length need it. */
    private int[] lineStarts() {
        if (lineStarts == null) {
            SourceFile source = file.get();
            String text = source == null ? "" : source.text();
            int[] starts = new int[64];
            int count = 1;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
            lineStarts = Arrays.copyOf(starts, count);
        }
        return lineStarts;
    }

    /** '&' then an anchor name, after a space, a line start or a flow indicator: "&&" and "a & b" are no anchors. */
    private static boolean hasAnchor(String text) {
        for (int i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
            char before = i == 0 ? '\n' : text.charAt(i - 1);
            char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            boolean start = before == ' '
                    || before == '\t'
                    || before == '\n'
                    || before == '['
                    || before == '{'
                    || before == ',';
            if (start && (Character.isLetterOrDigit(after) || after == '_' || after == '-')) {
                return true;
            }
        }
        return false;
    }
}
