package dev.podlint.fix;

import dev.podlint.finding.Finding;
import dev.podlint.source.EditDistance;
import dev.podlint.source.MappingNode;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An unknown field with one "did you mean" at one or two edits from it ({@code lables}): the key
 * renamed, when its mapping does not have the meant field already.
 */
final class FieldNameFixer implements Fixer {

    private static final Pattern MEANT = Pattern.compile("unknown field '([^']*)'; did you mean '([^']*)'\\?$");

    @Override
    public @Nullable Fix fix(Finding finding, FixContext context) {
        DidYouMean suggestion = DidYouMean.in(MEANT, finding);
        if (suggestion == null) {
            return null;
        }
        String written = suggestion.written();
        String meant = suggestion.meant();
        String pointer = context.relativePointer(finding);
        MappingNode parent = context.parentMapping(pointer);
        int distance = EditDistance.of(written, meant);
        if (parent == null
                || !FixContext.lastSegment(pointer).equals(written)
                || parent.containsKey(meant)
                || distance < 1
                || distance > 2
                || !meant.matches("[A-Za-z][A-Za-z0-9]*")) {
            return null;
        }
        SourceText.Range key = context.source().plainKey(parent, written);
        if (key == null) {
            return null;
        }
        return new Fix(
                finding, "renamed field " + written + " to " + meant, TextEdit.replace(key.start(), key.end(), meant));
    }
}
