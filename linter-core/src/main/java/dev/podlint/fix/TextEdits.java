package dev.podlint.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies non-overlapping edits to a text. */
public final class TextEdits {

    private TextEdits() {}

    /** {@code text} with every edit of {@code fixes} made; the fixes must not conflict. */
    public static String apply(String text, List<Fix> fixes) {
        List<TextEdit> edits = new ArrayList<>();
        fixes.forEach(f -> edits.addAll(f.edits()));
        edits.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (TextEdit edit : edits) {
            if (edit.start() < at || edit.end() > text.length()) {
                throw new IllegalArgumentException(
                        "overlapping or out-of-range edit " + edit.start() + ".." + edit.end());
            }
            out.append(text, at, edit.start()).append(edit.replacement());
            at = edit.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The fixes of {@code candidates}, in order, that conflict with none taken before them. */
    public static List<Fix> compatible(List<Fix> candidates) {
        List<Fix> taken = new ArrayList<>();
        for (Fix fix : candidates) {
            if (taken.stream().noneMatch(fix::conflictsWith)) {
                taken.add(fix);
            }
        }
        return taken;
    }
}
