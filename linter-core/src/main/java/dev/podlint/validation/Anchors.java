package dev.podlint.validation;

import dev.podlint.source.SourceFile;
import java.lang.ref.WeakReference;

/**
 * Whether a file may use YAML aliases, decided once per file (files are checked one at a time per
 * thread, document after document): only then can a short text stand for a large object.
 */
final class Anchors {

    private record Answer(WeakReference<SourceFile> file, boolean anchors) {
    }

    private static final ThreadLocal<Answer> LAST = new ThreadLocal<>();

    private Anchors() {
    }

    static boolean mayHaveAliases(SourceFile file) {
        Answer last = LAST.get();
        if (last == null || last.file().get() != file) {
            last = new Answer(new WeakReference<>(file), hasAnchor(file.text()));
            LAST.set(last);
        }
        return last.anchors();
    }

    /** '&' then an anchor name, after a space, a line start or a flow indicator: "&&" and "a & b" are no anchors. */
    private static boolean hasAnchor(String text) {
        for (int i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
            char before = i == 0 ? '\n' : text.charAt(i - 1);
            char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            boolean start = before == ' ' || before == '\t' || before == '\n' || before == '[' || before == '{'
                    || before == ',';
            if (start && (Character.isLetterOrDigit(after) || after == '_' || after == '-')) {
                return true;
            }
        }
        return false;
    }
}
