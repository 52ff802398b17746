package dev.podlint.fix;

import dev.podlint.finding.Finding;
import dev.podlint.source.ScalarNode;
import org.jspecify.annotations.Nullable;

/** Fixes that rewrite one scalar where the file has it. */
final class ScalarFixes {

    private ScalarFixes() {}

    /** Replaces the scalar as written, quotes included; null when the file does not have it where the node says. */
    static @Nullable Fix replaceWhole(
            Finding finding, FixContext context, ScalarNode scalar, String description, String replacement) {
        return replace(finding, context, scalar, false, description, replacement);
    }

    /** Replaces the scalar's text inside its quotes, if any; null when the file does not have it where the node says. */
    static @Nullable Fix replaceInner(
            Finding finding, FixContext context, ScalarNode scalar, String description, String replacement) {
        return replace(finding, context, scalar, true, description, replacement);
    }

    private static @Nullable Fix replace(
            Finding finding,
            FixContext context,
            ScalarNode scalar,
            boolean inner,
            String description,
            String replacement) {
        SourceText.Range range = context.source().scalar(scalar);
        if (range == null) {
            return null;
        }
        return new Fix(
                finding,
                description,
                inner
                        ? TextEdit.replace(range.innerStart(), range.innerEnd(), replacement)
                        : TextEdit.replace(range.start(), range.end(), replacement));
    }
}
